import Link from "next/link";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDate } from "@/lib/format";
import { localize } from "@/lib/survey/languages";
import { getCaller, orNotFound } from "@/trpc/server";

export default async function CirclePage({ params }: { params: Promise<{ circleId: string }> }) {
  const { circleId } = await params;
  const caller = await getCaller();
  const { circle, respondents } = await orNotFound(caller.circle.get({ circleId }));
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
    </>
  );
}
