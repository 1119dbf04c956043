import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDate, formatPercent } from "@/lib/format";
import { getCaller, orNotFound } from "@/trpc/server";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const caller = await getCaller();
  const [{ surveys }, current] = await Promise.all([
    orNotFound(caller.dashboard.get()),
    orNotFound(caller.organisation.current()),
  ]);
  // Reports are for managers and admins; staff never see a link to one.
  const readsReports = current.role === "admin" || current.role === "manager";
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{current.organisation.name}</h1>
        {current.role === "admin" && (
          <Link
            href="/surveys/new"
            className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
          >
            New survey
          </Link>
        )}
      </div>
      <p className="mt-1 text-slate-600">Surveys and their waves, with circles and responses so far.</p>
      {surveys.length === 0 && (
        <Card className="mt-6">
          <p>No surveys yet.</p>
        </Card>
      )}
      <div className="mt-6 space-y-6">
        {surveys.map((survey) => (
          <Card key={survey.id}>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="text-xl font-semibold">
                <Link href={`/surveys/${survey.id}`} className="hover:underline">
                  {survey.name}
                </Link>
              </h2>
              <p className="text-sm text-slate-600">
                {survey.latestPublished ? `Version ${survey.latestPublished} published` : "Not published yet"}
                {survey.hasDraft ? " · draft in progress" : ""}
              </p>
            </div>
            {survey.description && <p className="mt-1 text-slate-700">{survey.description}</p>}
            {survey.waves.length === 0 ? (
              <p className="mt-4 text-sm text-slate-600">No waves yet.</p>
            ) : (
              <div className="mt-4 overflow-x-auto">
                <table className="w-full text-left text-sm">
                  <caption className="sr-only">Waves of {survey.name}</caption>
                  <thead className="border-b border-slate-200 text-slate-600">
                    <tr>
                      <th scope="col" className="py-2 pr-4 font-medium">Wave</th>
                      <th scope="col" className="py-2 pr-4 font-medium">Status</th>
                      <th scope="col" className="py-2 pr-4 font-medium">Period</th>
                      <th scope="col" className="py-2 pr-4 text-right font-medium">Circles</th>
                      <th scope="col" className="py-2 pr-4 text-right font-medium">Invited</th>
                      <th scope="col" className="py-2 pr-4 text-right font-medium">Completed</th>
                      {readsReports && (
                        <th scope="col" className="py-2 pr-4 font-medium">
                          <span className="sr-only">Report</span>
                        </th>
                      )}
                    </tr>
                  </thead>
                  <tbody>
                    {survey.waves.map((wave) => (
                      <tr key={wave.id} className="border-b border-slate-100 last:border-0">
                        <th scope="row" className="py-2 pr-4 font-medium">
                          <Link id={`wave-name-${wave.id}`} href={`/waves/${wave.id}`} className="text-brand-700 hover:underline">
                            {wave.name}
                          </Link>
                        </th>
                        <td className="py-2 pr-4">
                          <StatusBadge status={wave.status} />
                        </td>
                        <td className="py-2 pr-4 whitespace-nowrap">
                          {formatDate(wave.opensAt)} – {formatDate(wave.closesAt)}
                        </td>
                        <td className="py-2 pr-4 text-right tabular-nums" data-testid="wave-circles">
                          {wave.circles}
                        </td>
                        <td className="py-2 pr-4 text-right tabular-nums" data-testid="wave-invited">
                          {wave.invited}
                        </td>
                        <td className="py-2 pr-4 text-right tabular-nums" data-testid="wave-completed">
                          {wave.completed}{" "}
                          <span className="text-slate-600">({formatPercent(wave.completed, wave.invited)})</span>
                        </td>
                        {readsReports && (
                          <td className="py-2 pr-4">
                            {wave.status === "draft" ? (
                              <span className="text-slate-600">not open yet</span>
                            ) : (
                              // Named "Report" (its row says which wave); described by the wave's name for screen readers.
                              <Link
                                href={`/waves/${wave.id}/report`}
                                aria-describedby={`wave-name-${wave.id}`}
                                className="text-brand-700 hover:underline"
                              >
                                Report
                              </Link>
                            )}
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Card>
        ))}
      </div>
    </>
  );
}
