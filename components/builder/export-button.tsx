"use client";
// Downloads a version's definition as `<name>.circles.json`, ready for import elsewhere.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/trpc/client";
import { downloadJson } from "./download";
import { buttonClass } from "./fields";
import { callError } from "./trpc-error";

export function ExportButton({ surveyId, version, label = "Export JSON" }: { surveyId: string; version?: number; label?: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const input = version === undefined ? { surveyId } : { surveyId, version };
      const definition = await queryClient.fetchQuery({ ...trpc.survey.export.queryOptions(input), staleTime: 0 });
      downloadJson(definition, definition.name);
    } catch (err) {
      setError(callError(err).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <button type="button" className={buttonClass} disabled={busy} onClick={() => void run()}>
        {busy ? "Exporting…" : label}
      </button>
      {error && (
        <p role="alert" className="mt-1 text-sm text-rose-800">
          {error}
        </p>
      )}
    </div>
  );
}
