"use client";
// A new survey from nothing: a name and a description, then the builder.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/trpc/client";
import { FieldIssues, inputClass, primaryButtonClass } from "./fields";
import { fromFieldErrors, issuesId } from "./issues";
import { callError, type CallError } from "./trpc-error";

export function BlankSurveyForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [error, setError] = useState<CallError | null>(null);
  const create = useMutation(
    trpc.survey.create.mutationOptions({
      onSuccess: ({ id }) => router.push(`/surveys/${id}/edit`),
      onError: (err) => setError(callError(err)),
    }),
  );
  const fieldIssues = fromFieldErrors(error?.fieldErrors, "invalid");
  const at = (path: string) => fieldIssues.filter((i) => i.path === path);
  return (
    <form
      method="post"
      aria-labelledby="blank-heading"
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        create.mutate({ name, description });
      }}
      className="space-y-3"
    >
      <div>
        <label htmlFor="new-name" className="block text-sm font-medium">
          Name
        </label>
        <input
          id="new-name"
          required
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={at("name").length > 0 || undefined}
          aria-describedby={at("name").length > 0 ? issuesId("name") : undefined}
          className={inputClass}
        />
        <FieldIssues path="name" issues={at("name")} />
      </div>
      <div>
        <label htmlFor="new-description" className="block text-sm font-medium">
          Description (optional)
        </label>
        <textarea
          id="new-description"
          rows={2}
          maxLength={2000}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          className={inputClass}
        />
        <FieldIssues path="description" issues={at("description")} />
      </div>
      {error && fieldIssues.length === 0 && (
        <p role="alert" className="text-sm text-rose-800">
          {error.message}
        </p>
      )}
      <button type="submit" className={primaryButtonClass} disabled={create.isPending || create.isSuccess}>
        {create.isPending || create.isSuccess ? "Creating…" : "Create survey"}
      </button>
    </form>
  );
}
