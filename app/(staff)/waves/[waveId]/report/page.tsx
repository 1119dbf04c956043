import type { Metadata, Route } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { DisagreementList } from "@/components/report/disagreement-list";
import { FilterForm, monthName } from "@/components/report/filter-form";
import { rawQuery, readReportFilters, reportQuery } from "@/components/report/filter-params";
import { formatSigned } from "@/components/report/format";
import { FunnelTable } from "@/components/report/funnel-table";
import { HelpPopovers, PrintedGlossary } from "@/components/report/help";
import { ItemSection } from "@/components/report/item-section";
import { ANSWERED_BY_NAMES, perspectiveName } from "@/components/report/model";
import { styleMap } from "@/components/report/palette";
import { PrintButton } from "@/components/report/print-button";
import { ReportComments } from "@/components/report/report-comments";
import { ReportTrends } from "@/components/report/report-trends";
import { Card } from "@/components/ui/card";
import { formatZoned } from "@/components/wave/zoned-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDate } from "@/lib/format";
import { localize } from "@/lib/survey/languages";
import { getCaller, orNotFound } from "@/trpc/server";
import { outlineButtonClass } from "@/components/ui/classes";

export const metadata: Metadata = { title: "Wave report" };

export default async function WaveReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ waveId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { waveId } = await params;
  const search = await searchParams;
  const { filters, problems } = readReportFilters(search);
  // The GET form also sends the filters left empty: settle on the short address, the one to share.
  if (problems.length === 0 && rawQuery(search) !== reportQuery(filters)) {
    const canonical = reportQuery(filters);
    redirect(`/waves/${encodeURIComponent(waveId)}/report${canonical ? `?${canonical}` : ""}` as Route);
  }
  const caller = await getCaller();
  const [report, current] = await Promise.all([
    orNotFound(caller.report.wave({ waveId, filters })),
    orNotFound(caller.organisation.current()),
  ]);
  const { wave, k, defaultLanguage: language } = report;
  // Only admins of confidential waves may see single circles; anonymous waves never show one.
  const canOpenCircles = current.role === "admin" && wave.anonymityMode === "confidential";
  const disagreements = canOpenCircles ? await orNotFound(caller.report.disagreements({ waveId, filters, limit: 20 })) : null;

  const perspectives = report.perspectives;
  const styles = styleMap(perspectives.map((p) => p.id));
  const selected = perspectives.filter((p) => filters.perspectives.includes(p.key));
  const shownPerspectiveIds = new Set((selected.length > 0 ? selected : perspectives).map((p) => p.id));
  const primary = perspectives.find((p) => p.isPrimary)!;
  const byId = new Map(perspectives.map((p) => [p.id, p]));
  const reportPath = `/waves/${wave.id}/report` as Route;
  const query = reportQuery(filters);
  const exportHref = (form: "long" | "wide") => `/waves/${wave.id}/report/export?${reportQuery(filters, { form })}`;

  const activeFilters = [
    filters.site && `site ${filters.site}`,
    filters.unit && `unit ${filters.unit}`,
    filters.month && `experiences in ${monthName(filters.month)}`,
    filters.answeredBy && `${perspectiveName(primary, language).toLowerCase()} answered by: ${ANSWERED_BY_NAMES[filters.answeredBy].toLowerCase()}`,
  ].filter(Boolean) as string[];
  // The server orders items by the largest gap of any perspective; when only some are displayed, the
  // order (and the "largest gap" each item states) follows the displayed ones.
  const largestShownGap = (item: (typeof report.items)[number]) =>
    Math.max(0, ...item.gaps.filter((g) => g.gap && shownPerspectiveIds.has(g.perspectiveId)).map((g) => Math.abs(g.gap!.difference)));
  const items =
    selected.length > 0 && selected.length < perspectives.length
      ? report.items
          .map((item) => ({ ...item, largestGap: largestShownGap(item) }))
          .sort((a, b) => b.largestGap - a.largestGap || a.key.localeCompare(b.key))
      : report.items;
  const flagged = items.flatMap((item) =>
    item.gaps
      .filter((g) => g.gap?.flag && shownPerspectiveIds.has(g.perspectiveId))
      .map((g) => ({ item, perspective: byId.get(g.perspectiveId)!, gap: g.gap! })),
  );
  const itemWording = new Map(report.items.map((i) => [i.key, localize(i.wording, language)]));

  return (
    <>
      <p className="text-sm print:hidden">
        <Link href="/dashboard" className="text-brand-700 hover:underline">
          Dashboard
        </Link>{" "}
        /{" "}
        <Link href={`/surveys/${wave.surveyId}`} className="text-brand-700 hover:underline">
          {wave.surveyName}
        </Link>{" "}
        /{" "}
        <Link href={`/waves/${wave.id}`} className="text-brand-700 hover:underline">
          {wave.name}
        </Link>{" "}
        / Report
      </p>
      <h1 className="mt-1 flex flex-wrap items-center gap-3 text-2xl font-semibold">
        Report: {wave.name} <StatusBadge status={wave.status} />
      </h1>
      <p className="mt-1 text-slate-700">
        {wave.surveyName}, version {wave.versionNumber} · {formatDate(wave.opensAt)} – {formatDate(wave.closesAt)}
      </p>
      <p className="mt-1 text-sm text-slate-700" data-testid="as-of">
        Figures as of {formatZoned(report.asOf, wave.timezone)}
        {wave.status === "open" && " (answers keep arriving while the wave is open)"}
      </p>
      <p className="mt-2 max-w-3xl text-sm text-slate-800" data-testid="anonymity">
        {wave.anonymityMode === "confidential" ? (
          <>
            <strong>Confidential wave.</strong> No figure is shown for a group of fewer than {k} people, comments need at least 10,
            and only admins may open a single circle&apos;s answers (each opening is recorded).
          </>
        ) : (
          <>
            <strong>Anonymous wave.</strong> No figure is shown for a group of fewer than {k} people, comments need at least 10, and
            no one sees a single circle&apos;s answers.
          </>
        )}
      </p>

      <div className="mt-4 flex flex-wrap items-center gap-3 print:hidden">
        <PrintButton />
        <a href={exportHref("long")} className={outlineButtonClass}>
          Download CSV — one row per answer
        </a>
        <a href={exportHref("wide")} className={outlineButtonClass}>
          Download CSV — one row per respondent
        </a>
      </div>

      <Card className="mt-6 print:hidden">
        <h2 className="sr-only">Filters</h2>
        <FilterForm action={reportPath} filters={filters} options={report.filterOptions} perspectives={perspectives} language={language} />
        {problems.length > 0 && (
          <ul role="alert" className="mt-3 text-sm text-rose-800">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </Card>
      <p className="mt-3 text-sm text-slate-800" data-testid="active-filters">
        {activeFilters.length > 0 ? (
          <>
            Filtered to {activeFilters.join(", ")}. Groups under {k}, and groups that would let a smaller one be worked out by
            subtraction, are hidden.
          </>
        ) : (
          <>All circles of the wave.</>
        )}
        {selected.length > 0 &&
          selected.length < perspectives.length &&
          ` Showing ${selected.map((p) => perspectiveName(p, language)).join(", ")} only.`}
      </p>

      <Card className="mt-6 print:break-inside-avoid print:border-0 print:p-0 print:shadow-none">
        <h2 className="text-lg font-semibold">Response funnel</h2>
        <p className="mt-1 text-sm text-slate-700">
          How many people of each perspective were invited, opened their link, started and completed the survey.
        </p>
        <FunnelTable
          rows={report.funnel.filter((r) => shownPerspectiveIds.has(r.perspectiveId))}
          perspectives={perspectives}
          styles={styles}
          k={k}
          language={language}
        />
      </Card>

      <section aria-labelledby="items-heading" className="mt-8">
        <h2 id="items-heading" className="text-xl font-semibold">
          Items, largest gap first
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">
          Each question answered by more than one perspective, ordered by the largest difference between a perspective&apos;s score
          and the {perspectiveName(primary, language).toLowerCase()}&apos;s. Scores run from 0 (least favourable answer) to 100 (most
          favourable).
        </p>
        {flagged.length > 0 && (
          <div className="mt-3 rounded-md border border-slate-200 bg-white p-4 text-sm">
            <h3 className="font-semibold">Blind spots and hidden strengths</h3>
            <ul className="mt-1 list-disc pl-5">
              {flagged.map(({ item, perspective, gap }) => (
                <li key={`${item.key}:${perspective.id}`}>
                  <a href={`#item-${item.key}`} className="text-brand-700 underline">
                    {localize(item.wording, language)}
                  </a>
                  : {perspectiveName(perspective, language)} {formatSigned(gap.difference)} points —{" "}
                  {gap.flag === "blindSpot" ? "blind spot" : "hidden strength"}
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="mt-4 space-y-6">
          {items.length === 0 && (
            <Card>
              <p>This survey has no items to compare.</p>
            </Card>
          )}
          {items.map((item, i) => (
            <ItemSection
              key={item.id}
              item={item}
              position={i + 1}
              perspectives={perspectives}
              shownPerspectiveIds={shownPerspectiveIds}
              styles={styles}
              agreement={report.agreement.filter(
                (a) => a.itemId === item.id && shownPerspectiveIds.has(a.perspectiveA) && shownPerspectiveIds.has(a.perspectiveB),
              )}
              k={k}
              language={language}
            />
          ))}
        </div>
      </section>

      {disagreements && (
        <Card className="mt-8 print:hidden">
          <h2 className="text-lg font-semibold">Largest disagreements inside circles</h2>
          <p className="mt-1 max-w-3xl text-sm text-slate-700">
            The circles whose people answered one linked question furthest apart (in points of the 0–100 score). You can open a circle
            because you are an admin and this wave is confidential; each opening is recorded in the audit log.
          </p>
          <DisagreementList waveId={wave.id} circles={disagreements.circles} itemWording={itemWording} />
        </Card>
      )}

      <Card className="mt-8 print:break-before-page print:border-0 print:p-0 print:shadow-none">
        <h2 className="text-lg font-semibold">Comments</h2>
        <ReportComments waveId={wave.id} filters={filters} />
      </Card>

      <Card className="mt-8 print:break-before-page print:border-0 print:p-0 print:shadow-none">
        <h2 className="text-lg font-semibold">Trends across waves</h2>
        <ReportTrends waveId={wave.id} filters={filters} />
      </Card>

      <HelpPopovers />
      <PrintedGlossary />
      {/* The address of this view, printed so a paper copy says which filters it shows. */}
      <p className="mt-8 hidden text-xs text-slate-600 print:block">
        {wave.name} report{query ? ` (${query})` : ""}, printed from Circles.
      </p>
    </>
  );
}
