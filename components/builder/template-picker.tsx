"use client";
// A new survey from one of the ready-made templates.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/trpc/client";
import { buttonClass } from "./fields";
import { callError } from "./trpc-error";

export type Template = { key: string; name: string; description: string };

export function TemplatePicker({ templates }: { templates: Template[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const create = useMutation(
    trpc.survey.createFromTemplate.mutationOptions({
      onSuccess: ({ id }) => router.push(`/surveys/${id}/edit`),
      onError: (err) => setError(callError(err).message),
    }),
  );
  if (templates.length === 0) return <p className="text-sm text-slate-600">No templates are available.</p>;
  return (
    <>
      <ul className="space-y-3">
        {templates.map((t) => (
          <li key={t.key} className="rounded-md border border-slate-200 p-3">
            <h3 className="font-medium">{t.name}</h3>
            <p className="mt-0.5 text-sm text-slate-700">{t.description}</p>
            <button
              type="button"
              className={`${buttonClass} mt-2`}
              disabled={create.isPending || create.isSuccess}
              onClick={() => {
                setError(null);
                create.mutate({ template: t.key });
              }}
              aria-label={`Use template ${t.name}`}
            >
              {create.isPending && create.variables?.template === t.key ? "Creating…" : "Use template"}
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" className="mt-2 text-sm text-rose-800">
          {error}
        </p>
      )}
    </>
  );
}
