"use client";
// Starts the next version's draft (a copy of the newest published one) and opens it in the builder.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/trpc/client";
import { buttonClass, primaryButtonClass } from "./fields";
import { callError } from "./trpc-error";

export function StartDraftButton({ surveyId, label, primary = true }: { surveyId: string; label: string; primary?: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const start = useMutation(
    trpc.survey.startDraft.mutationOptions({
      onSuccess: () => {
        router.push(`/surveys/${surveyId}/edit`);
        router.refresh();
      },
      onError: (err) => setError(callError(err).message),
    }),
  );
  return (
    <div>
      <button
        type="button"
        className={primary ? primaryButtonClass : buttonClass}
        disabled={start.isPending || start.isSuccess}
        onClick={() => {
          setError(null);
          start.mutate({ surveyId });
        }}
      >
        {start.isPending ? "Starting…" : label}
      </button>
      {error && (
        <p role="alert" className="mt-1 text-sm text-rose-800">
          {error}
        </p>
      )}
    </div>
  );
}
