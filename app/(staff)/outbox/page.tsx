import type { Metadata } from "next";
import Link from "next/link";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { messageStatus, type TMessageStatus } from "@/db/schema";
import { formatDate } from "@/lib/format";
import { localize } from "@/lib/survey/languages";
import { getCaller } from "@/trpc/server";

export const metadata: Metadata = { title: "Outbox" };

const KIND_LABELS: Record<string, string> = {
  invitation: "Invitation",
  member_invitation: "Member invitation",
  password_reset: "Password reset",
};

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const { status: asked } = await searchParams;
  const status = messageStatus.enumValues.find((s) => s === asked) as TMessageStatus | undefined;
  const caller = await getCaller();
  const { messages, totals } = await caller.message.list({ status, limit: 200 }).catch((err: unknown) => {
    if (err instanceof TRPCError && err.code === "FORBIDDEN") notFound();
    throw err;
  });
  return (
    <>
      <h1 className="text-2xl font-semibold">Outbox</h1>
      <p className="mt-1 max-w-3xl text-slate-600">
        Every invitation and reminder, and every invitation to join this organisation. Without an email or SMS provider configured, messages stay here as{" "}
        <em>outbox</em>: exactly what would have been sent.
      </p>
      <nav aria-label="Filter by status" className="mt-4 flex flex-wrap gap-2 text-sm">
        <Link href="/outbox" aria-current={!status ? "page" : undefined} className="rounded-full border border-slate-300 px-3 py-1 aria-[current=page]:bg-slate-900 aria-[current=page]:text-white">
          All
        </Link>
        {messageStatus.enumValues.map((s) => (
          <Link
            key={s}
            href={`/outbox?status=${s}`}
            aria-current={status === s ? "page" : undefined}
            className="rounded-full border border-slate-300 px-3 py-1 aria-[current=page]:bg-slate-900 aria-[current=page]:text-white"
          >
            {s} ({totals[s] ?? 0})
          </Link>
        ))}
      </nav>
      {messages.length === 0 ? (
        <Card className="mt-6">
          <p>No messages{status ? ` with status ${status}` : ""} yet.</p>
        </Card>
      ) : (
        <ul className="mt-6 space-y-4">
          {messages.map((m) => (
            <li key={m.id}>
              <Card>
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                  <StatusBadge status={m.status} />
                  <span className="font-medium">
                    {KIND_LABELS[m.kind] ?? `Reminder ${m.step}`} by {m.channel}
                  </span>
                  <span className="text-slate-600">
                    to {m.recipient}
                    {m.perspectiveLabel && ` · ${localize(m.perspectiveLabel, "en")}`}
                    {m.waveName && ` · ${m.waveName}`} · {formatDate(m.sentAt ?? m.createdAt)}
                  </span>
                </div>
                {m.lastError && <p className="mt-2 text-sm text-rose-800">{m.lastError}</p>}
                {m.subject && <p className="mt-3 font-medium">{m.subject}</p>}
                {m.body && <pre className="mt-2 whitespace-pre-wrap break-words font-sans text-sm text-slate-800">{m.body}</pre>}
                {m.handOverLink && (
                  <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950">
                    {m.status === "queued" || m.status === "sending"
                      ? `Not sent yet. If no email reaches ${m.recipient}, give them this link yourself: `
                      : `Not delivered by email: give this invitation link to ${m.recipient} yourself: `}
                    <a href={m.handOverLink} className="break-all font-mono text-brand-700 underline">
                      {m.handOverLink}
                    </a>
                  </p>
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
