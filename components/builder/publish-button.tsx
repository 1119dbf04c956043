"use client";
// Publishing: saves what is on screen, asks, publishes, and takes the admin to the survey page.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/trpc/client";
import type { useConfirm } from "./confirm-dialog";
import { primaryButtonClass } from "./fields";
import { fromFieldErrors } from "./issues";
import { callError } from "./trpc-error";
import type { useAutosave } from "./use-autosave";

type Confirm = ReturnType<typeof useConfirm>[0];

export function PublishButton({
  surveyId,
  versionNumber,
  issueCount,
  autosave,
  confirm,
}: {
  surveyId: string;
  versionNumber: number;
  issueCount: number;
  autosave: ReturnType<typeof useAutosave>;
  confirm: Confirm;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const publish = useMutation(trpc.survey.publish.mutationOptions());
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const blocked = issueCount > 0 || autosave.problem?.kind === "conflict";

  const run = async () => {
    setMessage(null);
    setBusy(true);
    try {
      if (!(await autosave.saver.flush())) {
        setMessage({ text: "The draft could not be saved, so it was not published. See the save status.", ok: false });
        return;
      }
      const open = autosave.saver.getSnapshot().issues.length;
      if (open > 0) {
        setMessage({ text: `Fix the ${open} ${open === 1 ? "issue" : "issues"} listed first.`, ok: false });
        return;
      }
      const ok = await confirm({
        title: `Publish version ${versionNumber}?`,
        body: "A published version cannot be changed: waves can use it, and later edits go into a new version.",
        confirmLabel: `Publish version ${versionNumber}`,
      });
      if (!ok) return;
      const result = await publish.mutateAsync({ surveyId, revision: autosave.saver.revision });
      setMessage({ text: `Version ${result.number} published`, ok: true });
      router.push(`/surveys/${surveyId}?published=${result.number}`);
      router.refresh();
    } catch (err) {
      const e = callError(err);
      if (e.code === "PRECONDITION_FAILED") autosave.saver.showIssues(fromFieldErrors(e.fieldErrors, "issue"));
      setMessage({ text: `Not published: ${e.message}`, ok: false });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="flex flex-col items-end gap-1">
      <button type="button" className={primaryButtonClass} disabled={blocked || busy} onClick={() => void run()}>
        {busy ? "Publishing…" : issueCount > 0 ? `Publish (${issueCount} ${issueCount === 1 ? "issue" : "issues"} to fix)` : `Publish version ${versionNumber}`}
      </button>
      <p role="status" className={`text-sm ${message?.ok ? "font-semibold text-emerald-800" : "text-rose-800"}`}>
        {message?.text}
      </p>
    </div>
  );
}
