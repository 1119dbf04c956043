import Link from "next/link";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDate, formatPercent } from "@/lib/format";
import { localize } from "@/lib/survey/languages";
import { getCaller, orNotFound } from "@/trpc/server";

export default async function WavePage({ params }: { params: Promise<{ waveId: string }> }) {
  const { waveId } = await params;
  const caller = await getCaller();
  const [{ wave, funnel, circleCount }, { circles }] = await Promise.all([
    orNotFound(caller.wave.get({ waveId })),
    orNotFound(caller.circle.list({ waveId, limit: 50 })),
  ]);
  return (
    <>
      <p className="text-sm">
        <Link href="/dashboard" className="text-brand-700 hover:underline">
          Dashboard
        </Link>{" "}
        /{" "}
        <Link href={`/surveys/${wave.surveyId}`} className="text-brand-700 hover:underline">
          {wave.surveyName}
        </Link>{" "}
        / Wave
      </p>
      <h1 className="mt-1 flex items-center gap-3 text-2xl font-semibold">
        {wave.name} <StatusBadge status={wave.status} />
      </h1>
      <p className="mt-1 text-slate-700">
        {formatDate(wave.opensAt)} – {formatDate(wave.closesAt)} · version {wave.versionNumber} · {wave.anonymityMode}, no
        group under {wave.anonymityThreshold} shown · {circleCount} circles
      </p>

      <Card className="mt-6">
        <h2 className="text-lg font-semibold">Response funnel by perspective</h2>
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">Perspective</th>
                <th scope="col" className="py-2 pr-4 text-right font-medium">Invited</th>
                <th scope="col" className="py-2 pr-4 text-right font-medium">Opened</th>
                <th scope="col" className="py-2 pr-4 text-right font-medium">Started</th>
                <th scope="col" className="py-2 pr-4 text-right font-medium">Completed</th>
                <th scope="col" className="py-2 pr-4 text-right font-medium">Response rate</th>
              </tr>
            </thead>
            <tbody>
              {funnel.map((row) => (
                <tr key={row.perspectiveId} className="border-b border-slate-100 last:border-0">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    {localize(row.label, "en")}
                    {row.isPrimary ? " (primary)" : ""}
                  </th>
                  <td className="py-2 pr-4 text-right tabular-nums">{row.invited}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">{row.opened}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">{row.started}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">{row.completed}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">{formatPercent(row.completed, row.invited)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>

      <Card className="mt-6">
        <h2 className="text-lg font-semibold">Newest circles</h2>
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">Reference</th>
                <th scope="col" className="py-2 pr-4 font-medium">Site</th>
                <th scope="col" className="py-2 pr-4 font-medium">Unit</th>
                <th scope="col" className="py-2 pr-4 font-medium">Date</th>
                <th scope="col" className="py-2 pr-4 text-right font-medium">Completed</th>
              </tr>
            </thead>
            <tbody>
              {circles.map((c) => (
                <tr key={c.id} className="border-b border-slate-100 last:border-0">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    <Link href={`/circles/${c.id}`} className="text-brand-700 hover:underline">
                      {c.externalRef ?? "Circle"}
                    </Link>
                  </th>
                  <td className="py-2 pr-4">{c.site ?? "—"}</td>
                  <td className="py-2 pr-4">{c.unit ?? "—"}</td>
                  <td className="py-2 pr-4 whitespace-nowrap">{formatDate(c.experienceDate)}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">
                    {c.completed} of {c.respondents}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </>
  );
}
