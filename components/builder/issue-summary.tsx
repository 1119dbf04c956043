"use client";
// Every issue of the draft in one list, each linking to the field it is about.
import type { TSurveyDefinition } from "@/lib/survey/definition";
import { describePath, fieldId, type IssueIndex } from "./issues";

function focusField(anchor: string) {
  const el = document.getElementById(fieldId(anchor));
  if (!el) return;
  const target = el.matches("input, select, textarea") ? el : el.querySelector<HTMLElement>("input, select, textarea, button");
  el.scrollIntoView({ block: "center" });
  (target ?? el).focus({ preventScroll: true });
}

export function IssueSummary({ issues, definition }: { issues: IssueIndex; definition: TSurveyDefinition }) {
  const n = issues.blocking;
  if (issues.all.length === 0) {
    return (
      <p className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-2 text-sm text-emerald-900">
        No issues: this draft is ready to publish.
      </p>
    );
  }
  return (
    <section aria-labelledby="issue-summary" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3">
      <h2 id="issue-summary" className="font-semibold text-amber-950">
        {n > 0 ? `${n} ${n === 1 ? "issue" : "issues"} to fix before publishing` : "Unfinished fields"}
      </h2>
      <p className="text-sm text-amber-950">Saving never waits for these; publishing does. Each links to its field.</p>
      <ul className="mt-2 max-h-60 list-disc space-y-1 overflow-y-auto pl-5 text-sm">
        {issues.all.map((issue, i) => (
          <li key={i}>
            <a
              href={`#${fieldId(issue.anchor)}`}
              onClick={(e) => {
                e.preventDefault();
                focusField(issue.anchor);
              }}
              className="font-medium text-brand-800 underline"
            >
              {issue.kind === "issue" ? issue.message : `${describePath(issue.path, definition)}`}
            </a>
            {issue.kind === "invalid" && `: not saved: ${issue.message}`}
            {issue.kind === "held" && `: ${issue.message}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
