// Server field errors (and what a field holds back as not yet valid) placed at the fields of a form, in the
// builder's IssueIndex shape so its labelled controls show them. Paths come from two places: zod input errors
// carry the input's own prefix ("settings.name", "circle.respondents.1.email"), services do not ("respondents").
import { useCallback, useState } from "react";
import { anchorOf, fromFieldErrors, type Issue, type IssueIndex } from "@/components/builder/issues";
import type { CallError } from "@/components/builder/trpc-error";

export type FormIssues = IssueIndex & {
  /** Issues that have no field of their own on screen, shown in the form's alert. */
  unplaced: Issue[];
};

export function formIssues({
  error,
  inputPrefix,
  rendered,
  local = {},
}: {
  error: CallError | null;
  /** The input key the form's value travels under: "settings", "circle". */
  inputPrefix: string;
  /** Every path the form renders a field (or a group of fields) for. */
  rendered: Set<string>;
  local?: Record<string, string>;
}): FormIssues {
  const prefix = new RegExp(`^${inputPrefix}\\.?`);
  const issues: Issue[] = [
    ...fromFieldErrors(error?.fieldErrors, "issue").map((i) => ({ ...i, path: i.path.replace(prefix, "") })),
    ...Object.entries(local).map(([path, message]) => ({ path, message, kind: "issue" as const })),
  ];
  const all = issues.map((issue) => ({ ...issue, anchor: anchorOf(issue.path, rendered) }));
  const at = (path: string) => all.filter((i) => i.anchor === path && path !== "");
  return { all, at, blocking: all.length, unplaced: all.filter((i) => i.anchor === "") };
}

/**
 * What fields hold back until it is valid (a number out of range, "3, x" as reminder days): reported through
 * the builder's LocalProblemContext, shown at the field, and blocking the submit.
 */
export function useLocalProblems() {
  const [problems, setProblems] = useState<Record<string, string>>({});
  const report = useCallback((path: string, problem: string | null) => {
    setProblems((current) => {
      if ((current[path] ?? null) === problem) return current;
      const next = { ...current };
      if (problem === null) delete next[path];
      else next[path] = problem;
      return next;
    });
  }, []);
  return [problems, report] as const;
}
