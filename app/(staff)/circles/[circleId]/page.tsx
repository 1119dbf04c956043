import type { Route } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { CircleLinks } from "@/components/wave/circle-links";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDate } from "@/lib/format";
import { localize } from "@/lib/survey/languages";
import { getCaller, orNotFound } from "@/trpc/server";

/** Where this request came to, so links point back at the same place (behind a proxy, what it forwarded). */
async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? "http";
  return `${proto}://${host}`;
}

export default async function CirclePage({ params }: { params: Promise<{ circleId: string }> }) {
  const { circleId } = await params;
  const caller = await getCaller();
  const [{ circle, respondents }, current, waves] = await Promise.all([
    orNotFound(caller.circle.get({ circleId })),
    orNotFound(caller.organisation.current()),
    orNotFound(caller.wave.list({})),
  ]);
  const waveClosed = waves.find((w) => w.id === circle.waveId)?.status === "closed";
  // Links are capabilities: only those who hand them out see them (managers read reports instead), and
  // a closed wave's links no longer work (reading them is audited, so they are not read for nothing).
  const handsOutLinks = current.role === "admin" || current.role === "staff";
  const [links, origin] =
    handsOutLinks && !waveClosed
      ? await Promise.all([orNotFound(caller.circle.links({ circleId })), requestOrigin()])
      : [null, ""];
  return (
    <>
      <p className="text-sm">
        <Link href="/dashboard" className="text-brand-700 hover:underline">
          Dashboard
        </Link>{" "}
        /{" "}
        <Link href={`/waves/${circle.waveId}`} className="text-brand-700 hover:underline">
          {circle.waveName}
        </Link>{" "}
        / Circle
      </p>
      <h1 className="mt-1 text-2xl font-semibold">Circle {circle.externalRef ?? ""}</h1>
      <p className="mt-1 text-slate-700">
        {circle.site ?? "—"} · {circle.unit ?? "—"} · experience on {formatDate(circle.experienceDate)}
      </p>
      <Card className="mt-6">
        <h2 className="text-lg font-semibold">People in this circle</h2>
        <p className="mt-1 text-sm text-slate-600">Who was asked and how far they got. Answers are only shown in reports.</p>
        <ul className="mt-3 divide-y divide-slate-100">
          {respondents.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center gap-3 py-2 text-sm">
              <span className="font-medium">{localize(r.perspectiveLabel, "en")}</span>
              {r.relationship && <span className="text-slate-600">{r.relationship}</span>}
              {r.invitedByRespondentId && <span className="text-slate-600">invited by another respondent</span>}
              <span className="ml-auto">
                <StatusBadge status={r.status} />
              </span>
            </li>
          ))}
        </ul>
      </Card>
      {handsOutLinks && (
        <Card className="mt-6">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 className="text-lg font-semibold">Links</h2>
            {links && (
              // The phone screen that shows each link as a QR code (its own route, for staff at the bedside).
              <Link href={`/care/circles/${circle.id}` as Route} className="text-sm font-medium text-brand-700 underline">
                Show QR codes
              </Link>
            )}
          </div>
          {links ? (
            <>
              <p className="mt-1 text-sm text-slate-600">
                Each person&apos;s own link. Give each one only to that person: it opens their survey without signing in.
              </p>
              <CircleLinks origin={origin} initial={links.respondents} />
            </>
          ) : (
            <p className="mt-1 text-sm text-slate-600">This wave is closed: its links no longer work.</p>
          )}
        </Card>
      )}
    </>
  );
}
