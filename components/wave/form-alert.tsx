"use client";
// The one message under a form when it was not sent or not accepted: what the server said, and any problem
// that has no field of its own on screen.
import type { Issue } from "@/components/builder/issues";
import type { CallError } from "@/components/builder/trpc-error";

export function FormAlert({
  error,
  unplaced,
  blockedCount,
  fallback,
}: {
  error: CallError | null;
  unplaced: Issue[];
  /** Problems found before sending, which stopped the form from being sent. */
  blockedCount: number;
  fallback: string;
}) {
  if (!error && blockedCount === 0) return <div role="alert" />;
  const text =
    blockedCount > 0
      ? `Fix the ${blockedCount === 1 ? "problem" : `${blockedCount} problems`} marked above first.`
      : error?.fieldErrors && unplaced.length === 0
        ? `${fallback} Fix the problems marked above.`
        : `${fallback} ${error?.fieldErrors ? "" : error?.message ?? ""}`.trim();
  return (
    <div role="alert" className="rounded-md border border-rose-300 bg-rose-50 px-4 py-2 text-sm text-rose-900">
      <p className="font-medium">{text}</p>
      {unplaced.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {unplaced.map((issue, i) => (
            <li key={i}>
              {issue.path ? `${issue.path}: ` : ""}
              {issue.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
