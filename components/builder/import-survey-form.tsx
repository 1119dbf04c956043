"use client";
// A new survey from a `.circles.json` file exported by Circles: read in the browser, checked by the server,
// and every problem listed next to the file field.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/trpc/client";
import { inputClass, primaryButtonClass } from "./fields";
import { callError } from "./trpc-error";

const MAX_BYTES = 2_000_000;

export function ImportSurveyForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [parsed, setParsed] = useState<{ name: string; value: unknown } | null>(null);
  const [problems, setProblems] = useState<{ summary: string; list: string[] } | null>(null);
  const importSurvey = useMutation(
    trpc.survey.import.mutationOptions({
      onSuccess: ({ id }) => router.push(`/surveys/${id}/edit`),
      onError: (err) => {
        const e = callError(err);
        const list = Object.entries(e.fieldErrors ?? {}).flatMap(([path, messages]) =>
          messages.map((m) => `${path.replace(/^definition\.?/, "") || "file"}: ${m}`),
        );
        setProblems({ summary: list.length > 0 ? "The file is not a valid Circles survey:" : e.message, list });
      },
    }),
  );

  const read = async (file: File | undefined) => {
    setParsed(null);
    setProblems(null);
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setProblems({ summary: "The file is larger than 2 MB; a survey file is much smaller.", list: [] });
      return;
    }
    try {
      setParsed({ name: file.name, value: JSON.parse(await file.text()) as unknown });
    } catch (err) {
      const detail = err instanceof SyntaxError ? ` (${err.message})` : "";
      setProblems({ summary: `“${file.name}” is not valid JSON${detail}. Choose a file exported from Circles.`, list: [] });
    }
  };

  return (
    <form
      method="post"
      aria-labelledby="import-heading"
      onSubmit={(e) => {
        e.preventDefault();
        if (parsed) importSurvey.mutate({ definition: parsed.value });
        else setProblems({ summary: "Choose a .circles.json file first.", list: [] });
      }}
      className="space-y-3"
    >
      <div>
        <label htmlFor="import-file" className="block text-sm font-medium">
          Survey file (.circles.json)
        </label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          onChange={(e) => void read(e.target.files?.[0])}
          aria-invalid={problems ? true : undefined}
          aria-describedby={problems ? "import-problems" : undefined}
          className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-slate-200 file:px-2 file:py-1`}
        />
        {problems && (
          <div id="import-problems" role="alert" className="mt-2 text-sm text-rose-800">
            <p>{problems.summary}</p>
            {problems.list.length > 0 && (
              <ul className="mt-1 list-disc space-y-0.5 pl-5">
                {problems.list.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      <button type="submit" className={primaryButtonClass} disabled={importSurvey.isPending || importSurvey.isSuccess}>
        {importSurvey.isPending || importSurvey.isSuccess ? "Importing…" : "Import survey"}
      </button>
    </form>
  );
}
