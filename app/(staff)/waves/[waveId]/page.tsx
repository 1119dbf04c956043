import Link from "next/link";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { WaveStatusButtons } from "@/components/wave/wave-status-buttons";
import { WaveSummary } from "@/components/wave/wave-summary";
import { formatDate, formatPercent } from "@/lib/format";
import { localize } from "@/lib/survey/languages";
import { getCaller, orNotFound } from "@/trpc/server";
import { outlineButtonClass } from "@/components/ui/classes";

export default async function WavePage({
  params,
  searchParams,
}: {
  params: Promise<{ waveId: string }>;
  searchParams: Promise<{ site?: string; unit?: string }>;
}) {
  const { waveId } = await params;
  const filter = await searchParams;
  const site = filter.site?.trim().slice(0, 100) || undefined;
  const unit = filter.unit?.trim().slice(0, 100) || undefined;
  const caller = await getCaller();
  const [{ wave, funnel, circleCount, perspectives }, { circles }, current] = await Promise.all([
    orNotFound(caller.wave.get({ waveId })),
    orNotFound(caller.circle.list({ waveId, limit: 50, site, unit })),
    orNotFound(caller.organisation.current()),
  ]);
  const isAdmin = current.role === "admin";
  // Staff start circles at the point of care; no one adds one to a closed wave.
  const canAddCircle = (isAdmin || current.role === "staff") && wave.status !== "closed";
  // Reports (and the funnel, a report of counts) are for managers and admins; staff never see them.
  const readsReports = current.role === "admin" || current.role === "manager";
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
      {(isAdmin || canAddCircle || readsReports) && (
        <div className="mt-4 flex flex-wrap items-center gap-3">
          {readsReports && wave.status !== "draft" && (
            <Link href={`/waves/${wave.id}/report`} className={`${outlineButtonClass} border-brand-700 text-brand-800`}>
              Report
            </Link>
          )}
          {isAdmin && <WaveStatusButtons waveId={wave.id} status={wave.status} />}
          {isAdmin && wave.status !== "closed" && (
            <Link href={`/waves/${wave.id}/edit`} className={outlineButtonClass}>
              Edit settings
            </Link>
          )}
          {canAddCircle && (
            <Link href={`/waves/${wave.id}/circles/new`} className={outlineButtonClass}>
              Add a circle
            </Link>
          )}
        </div>
      )}

      <Card className="mt-6">
        <h2 className="text-lg font-semibold">Settings</h2>
        <WaveSummary wave={wave} perspectives={perspectives} />
      </Card>

      {readsReports && (
        <Card className="mt-6">
          <div className="flex flex-wrap items-baseline justify-between gap-3">
            <h2 className="text-lg font-semibold">Response funnel by perspective</h2>
            {wave.status !== "draft" && (
              <Link href={`/waves/${wave.id}/report`} className="text-sm text-brand-700 underline">
                Open the full report
              </Link>
            )}
          </div>
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
      )}

      <Card className="mt-6">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 className="text-lg font-semibold">{site || unit ? "Circles matching the filter" : "Newest circles"}</h2>
          {isAdmin && wave.status !== "closed" && (
            <Link href={`/waves/${wave.id}/import`} className={outlineButtonClass}>
              Import circles from CSV
            </Link>
          )}
        </div>
        <form method="get" className="mt-3 flex flex-wrap items-end gap-3 text-sm" aria-label="Filter circles">
          <label className="flex flex-col">
            <span className="font-medium">Site</span>
            <input name="site" defaultValue={site ?? ""} className="rounded-md border border-slate-400 px-2 py-1.5" />
          </label>
          <label className="flex flex-col">
            <span className="font-medium">Unit</span>
            <input name="unit" defaultValue={unit ?? ""} className="rounded-md border border-slate-400 px-2 py-1.5" />
          </label>
          <button type="submit" className={outlineButtonClass}>
            Filter
          </button>
          {(site || unit) && (
            <Link href={`/waves/${wave.id}`} className="py-1.5 text-brand-700 underline">
              Clear
            </Link>
          )}
        </form>
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
              {circles.length === 0 && (
                <tr>
                  <td colSpan={5} className="py-3 text-slate-600">
                    No circles yet.
                  </td>
                </tr>
              )}
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
