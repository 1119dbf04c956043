"use client";
// The survey builder: the draft definition kept on screen, edited section by section, autosaved, with its
// issues next to their fields, previews per perspective, and publishing.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import { useTRPC } from "@/trpc/client";
import { useConfirm } from "./confirm-dialog";
import { downloadJson } from "./download";
import { LocalProblemContext } from "./fields";
import { indexIssues, type Issue } from "./issues";
import { IssueSummary } from "./issue-summary";
import { ItemsEditor } from "./items-editor";
import { applyRecipe, editorStateOf, perspectiveName, type Edit } from "./model";
import { PerspectivesEditor } from "./perspectives-editor";
import { PublishButton } from "./publish-button";
import { SaveStatus } from "./save-status";
import { SurveySettings } from "./survey-settings";
import { useAutosave, type Baseline } from "./use-autosave";

export type BuilderDraft = Baseline & { versionId: string; number: number };

export function SurveyBuilder({ surveyId, draft }: { surveyId: string; draft: BuilderDraft }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [state, setState] = useState(() => editorStateOf(draft.definition));
  const [reloading, setReloading] = useState(false);
  const [reloadError, setReloadError] = useState<string | null>(null);
  const d = state.definition;
  const autosave = useAutosave(surveyId, draft, d);
  const [local, setLocal] = useState<Record<string, string>>({});
  const reportLocal = useCallback(
    (path: string, problem: string | null) =>
      setLocal((prev) => {
        if ((prev[path] ?? null) === problem) return prev;
        const next = { ...prev };
        if (problem) next[path] = problem;
        else delete next[path];
        return next;
      }),
    [],
  );
  const issues = useMemo(() => {
    const typed: Issue[] = Object.entries(local).map(([path, message]) => ({ path, message, kind: "invalid" }));
    return indexIssues([...autosave.issues, ...typed], d);
  }, [autosave.issues, local, d]);
  const localCount = Object.keys(local).length;
  const [confirm, dialog] = useConfirm();
  const edit: Edit = useCallback((recipe) => setState((s) => applyRecipe(s, recipe)), []);

  const reload = async () => {
    setReloading(true);
    setReloadError(null);
    try {
      const fresh = await queryClient.fetchQuery({ ...trpc.survey.editor.queryOptions({ surveyId }), staleTime: 0 });
      if (!fresh.draft) {
        // Someone published the draft meanwhile: the page shows the published version.
        window.location.reload();
        return;
      }
      autosave.saver.reset(fresh.draft);
      setState(editorStateOf(fresh.draft.definition, Date.now()));
    } catch (err) {
      setReloadError(err instanceof Error ? err.message : "Could not reload.");
    } finally {
      setReloading(false);
    }
  };

  return (
    <LocalProblemContext value={reportLocal}>
      <div
        onBlur={() => {
          // Leaving a field saves at once (after the field's own change has been applied).
          setTimeout(() => void autosave.saver.flush(), 0);
        }}
      >
        <div className="sticky top-0 z-20 -mx-4 border-b border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="min-w-0">
              <h1 className="text-2xl font-semibold">
                Edit {d.name || "survey"} <span className="text-base font-normal text-slate-600">· draft version {draft.number}</span>
              </h1>
              <SaveStatus
                snapshot={autosave}
                unsavedFields={localCount}
                reloading={reloading}
                onReload={() => void reload()}
                onDownload={() => downloadJson(d, `${d.name || "survey"}-my-edits`)}
              />
              {reloadError && (
                <p role="alert" className="text-sm text-rose-800">
                  {reloadError}
                </p>
              )}
            </div>
            <PublishButton
              surveyId={surveyId}
              versionNumber={draft.number}
              issueCount={issues.all.length}
              autosave={autosave}
              confirm={confirm}
            />
          </div>
          <nav aria-label="Preview" className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
            <span className="text-slate-700">Preview the saved draft on a phone:</span>
            {d.perspectives.map((p) => (
              <a
                key={p.key}
                href={`/surveys/${surveyId}/preview?perspective=${encodeURIComponent(p.key)}&lang=${d.defaultLanguage}`}
                target="_blank"
                rel="noopener"
                className="font-medium text-brand-700 underline"
              >
                Preview as {perspectiveName(d, p.key)}
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            ))}
          </nav>
        </div>

        <div className="mt-4 space-y-6">
          <IssueSummary issues={issues} definition={d} />
          <SurveySettings definition={d} edit={edit} issues={issues} confirm={confirm} />
          <PerspectivesEditor definition={d} rowIds={state.rows.perspectives} edit={edit} issues={issues} confirm={confirm} />
          <ItemsEditor definition={d} rowIds={state.rows.items} edit={edit} issues={issues} confirm={confirm} />
        </div>
        {dialog}
      </div>
    </LocalProblemContext>
  );
}
