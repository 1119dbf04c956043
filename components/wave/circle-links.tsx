"use client";
// Each person's personal link in a circle, to copy and hand out, with a new link or none when one leaked.
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useConfirm } from "@/components/builder/confirm-dialog";
import { buttonClass } from "@/components/builder/fields";
import { callError } from "@/components/builder/trpc-error";
import { StatusBadge } from "@/components/ui/status-badge";
import { localize, type TLocalizedText } from "@/lib/survey/languages";
import { useTRPC } from "@/trpc/client";

export type LinkRow = {
  id: string;
  perspectiveLabel: TLocalizedText;
  relationship: string | null;
  status: string;
  token: string | null;
};

export function CircleLinks({ origin, initial }: { origin: string; initial: LinkRow[] }) {
  const trpc = useTRPC();
  const [confirm, dialog] = useConfirm();
  const [rows, setRows] = useState(initial);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const onSuccess = ({ respondentId, token }: { respondentId: string; token: string | null }) =>
    setRows((current) => current.map((r) => (r.id === respondentId ? { ...r, token } : r)));
  const onError = (err: unknown) => setMessage({ text: callError(err).message, ok: false });
  const reissue = useMutation(trpc.respondent.reissueLink.mutationOptions({ onSuccess, onError }));
  const revoke = useMutation(trpc.respondent.revokeLink.mutationOptions({ onSuccess, onError }));
  const busy = reissue.isPending || revoke.isPending;

  const who = (r: LinkRow) => `${localize(r.perspectiveLabel, "en")}${r.relationship ? ` (${r.relationship})` : ""}`;
  const newLink = async (r: LinkRow) => {
    setMessage(null);
    const ok = await confirm({
      title: `Give ${who(r)} a new link?`,
      body: <p>Their current link stops working at once. Answers already given are kept.</p>,
      confirmLabel: "Make a new link",
    });
    if (!ok) return;
    try {
      await reissue.mutateAsync({ respondentId: r.id });
      setMessage({ text: `${who(r)} has a new link.`, ok: true });
    } catch {
      // onError has said why.
    }
  };
  const revokeLink = async (r: LinkRow) => {
    setMessage(null);
    const ok = await confirm({
      title: `Revoke the link of ${who(r)}?`,
      body: <p>The link stops working and no new one is made. Use New link to give them one again later.</p>,
      confirmLabel: "Revoke link",
      danger: true,
    });
    if (!ok) return;
    try {
      await revoke.mutateAsync({ respondentId: r.id });
      setMessage({ text: `The link of ${who(r)} is revoked.`, ok: true });
    } catch {
      // onError has said why.
    }
  };
  const copy = async (r: LinkRow, url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setMessage({ text: `Link of ${who(r)} copied.`, ok: true });
    } catch {
      setMessage({ text: "Copying is not allowed here: select the link and copy it.", ok: false });
    }
  };

  return (
    <>
      <ul className="mt-3 divide-y divide-slate-100">
        {rows.map((r) => {
          const url = r.token ? `${origin}/r/${r.token}` : null;
          return (
            <li key={r.id} className="py-3" aria-label={who(r)}>
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <span className="font-medium">{who(r)}</span>
                <StatusBadge status={r.status} />
              </div>
              <div className="mt-1 flex flex-wrap items-center gap-2">
                {url ? (
                  <>
                    <code data-testid="personal-link" className="min-w-0 break-all rounded bg-slate-100 px-2 py-1 text-sm">
                      {url}
                    </code>
                    <button type="button" className={buttonClass} onClick={() => void copy(r, url)}>
                      Copy<span className="sr-only"> the link of {who(r)}</span>
                    </button>
                  </>
                ) : (
                  <span className="text-sm text-slate-600">No active link</span>
                )}
                <button type="button" className={buttonClass} disabled={busy} onClick={() => void newLink(r)}>
                  New link<span className="sr-only"> for {who(r)}</span>
                </button>
                {url && (
                  <button type="button" className={buttonClass} disabled={busy} onClick={() => void revokeLink(r)}>
                    Revoke link<span className="sr-only"> of {who(r)}</span>
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <p role="status" className={`mt-2 text-sm ${message?.ok ? "text-emerald-800" : "text-rose-800"}`}>
        {message?.text}
      </p>
      {dialog}
    </>
  );
}
