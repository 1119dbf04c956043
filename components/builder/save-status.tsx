"use client";
// Where the draft stands: saving, saved (and when), or not saved and why — with Reload after a conflict.
import type { Issue } from "./issues";
import type { SaveSnapshot } from "./use-autosave";
import { buttonClass } from "./fields";

const time = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit" });

export function SaveStatus({
  snapshot,
  unsavedFields,
  onReload,
  onDownload,
  reloading,
}: {
  snapshot: SaveSnapshot;
  /** Fields whose typed text is not valid yet, so not part of the draft. */
  unsavedFields: number;
  onReload: () => void;
  onDownload: () => void;
  reloading: boolean;
}) {
  const { problem, saving, dirty, savedAt } = snapshot;
  const held = snapshot.issues.filter((i: Issue) => i.kind === "held").length;
  if (problem?.kind === "conflict") {
    return (
      <div role="alert" className="rounded-md border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-950">
        <p>
          <strong>Not saved:</strong> {problem.message}
        </p>
        <p className="mt-1">Autosave is paused. Reloading replaces what is on screen with the saved draft.</p>
        <div className="mt-2 flex flex-wrap gap-2">
          <button type="button" className={buttonClass} onClick={onReload} disabled={reloading}>
            {reloading ? "Reloading…" : "Reload"}
          </button>
          <button type="button" className={buttonClass} onClick={onDownload}>
            Download my edits (JSON)
          </button>
        </div>
      </div>
    );
  }
  let text: string;
  let tone = "text-slate-700";
  if (saving) text = "Saving…";
  else if (unsavedFields > 0 && !problem) {
    text = `Not saved: ${unsavedFields} ${unsavedFields === 1 ? "field needs" : "fields need"} fixing (marked “Not saved”)`;
    tone = "text-rose-800 font-medium";
  } else if (problem) {
    text = `Not saved: ${problem.message}`;
    tone = "text-rose-800 font-medium";
  } else if (dirty) text = "Unsaved changes…";
  else if (held > 0) {
    text = `Saved at ${time.format(savedAt)}, except ${held} unfinished ${held === 1 ? "field" : "fields"} kept on this screen`;
    tone = "text-amber-800";
  } else text = `All changes saved at ${time.format(savedAt)}`;
  return (
    // The time is formatted in the viewer's time zone, which the server rendering may not share.
    <p role="status" className={`text-sm ${tone}`} suppressHydrationWarning>
      {text}
    </p>
  );
}
