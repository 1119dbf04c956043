"use client";
// Trends: each scored item's score per perspective across the waves of the survey (followed by item
// key, so across versions), a line per perspective with 95% confidence intervals, and the table.
import { useQuery } from "@tanstack/react-query";
import { callError } from "@/components/builder/trpc-error";
import type { TReportFilters } from "@/lib/report/filters";
import { localize, type TLanguage } from "@/lib/survey/languages";
import { useTRPC } from "@/trpc/client";
import type { AppRouterOutputs } from "@/trpc/types";
import { formatInterval, formatScore, withheldExplanation, withheldText } from "./format";
import { Marker, MarkerIcon, perspectiveStyle, type TPerspectiveStyle } from "./palette";

type TTrends = AppRouterOutputs["report"]["trends"];
type TSeries = TTrends["series"][number];

export function ReportTrends({ waveId, filters }: { waveId: string; filters: TReportFilters }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.report.trends.queryOptions({ waveId, filters }));
  if (query.isError) {
    return (
      <p role="alert" className="mt-3 text-sm text-rose-800">
        The trends could not be loaded: {callError(query.error).message}
      </p>
    );
  }
  const data = query.data;
  if (!data) return <p className="mt-3 text-sm text-slate-700">Loading trends…</p>;

  const language = data.defaultLanguage;
  const shownKeys = new Set(filters.perspectives.length > 0 ? filters.perspectives : data.perspectives.map((p) => p.key));
  const perspectives = data.perspectives
    .map((p, i) => ({ ...p, style: perspectiveStyle(i), name: localize(p.label, language) }))
    .filter((p) => shownKeys.has(p.key));
  const byItem = new Map<string, TSeries[]>();
  for (const s of data.series) {
    if (!shownKeys.has(s.perspectiveKey)) continue;
    byItem.set(s.itemKey, [...(byItem.get(s.itemKey) ?? []), s]);
  }

  if (data.waves.length < 2) {
    return (
      <p className="mt-3 text-sm text-slate-700">
        Trends need at least two waves of this survey; this is the first. They appear here once another wave opens.
      </p>
    );
  }
  return (
    <div className="mt-3">
      <p className="text-sm text-slate-700">
        Scores out of 100 with 95% confidence intervals in each wave of this survey that has opened
        {filters.month ? " (the month filter does not apply across waves)" : ""}. Each wave keeps its own anonymity threshold.
      </p>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Perspectives in the charts">
        {perspectives.map((p) => (
          <li key={p.key} className="inline-flex items-center gap-1.5">
            <MarkerIcon style={p.style} />
            {p.name}
          </li>
        ))}
      </ul>
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        {[...byItem.entries()].map(([itemKey, series]) => (
          <TrendItem
            key={itemKey}
            itemKey={itemKey}
            series={series}
            waves={data.waves}
            currentWaveId={waveId}
            perspectives={perspectives}
            language={language}
          />
        ))}
      </div>
    </div>
  );
}

const W = 560;
const LEFT = 40;
const RIGHT = 530;
const TOP = 12;
const PLOT_H = 200;

function TrendItem({
  itemKey,
  series,
  waves,
  currentWaveId,
  perspectives,
  language,
}: {
  itemKey: string;
  series: TSeries[];
  waves: TTrends["waves"];
  currentWaveId: string;
  perspectives: { key: string; name: string; style: TPerspectiveStyle }[];
  language: TLanguage;
}) {
  const wording = localize(series[0]!.wording, language);
  const step = waves.length > 1 ? (RIGHT - LEFT - 60) / (waves.length - 1) : 0;
  const xOf = (i: number) => LEFT + 30 + i * step;
  const y = (score: number) => TOP + PLOT_H - (Math.max(0, Math.min(100, score)) / 100) * PLOT_H;
  const ordered = perspectives.map((p) => ({ p, s: series.find((s) => s.perspectiveKey === p.key) })).filter((x) => x.s);
  // Perspectives sit a little apart at each wave so their intervals do not hide one another.
  const dodge = (j: number) => (j - (ordered.length - 1) / 2) * 8;
  const point = (s: TSeries, waveId: string) => s.points.find((pt) => pt.waveId === waveId);
  const summary = ordered
    .map(({ p, s }) =>
      `${p.name}: ${waves
        .map((w) => {
          const pt = point(s!, w.id);
          return `${w.name} ${pt?.score ? formatScore(pt.score.estimate) : pt?.withheld ? withheldText(pt.withheld, w.k) : "not asked"}`;
        })
        .join(", ")}`,
    )
    .join("; ");
  const headingId = `trend-${itemKey}`;

  return (
    <figure aria-labelledby={headingId} className="min-w-0 print:break-inside-avoid">
      <h3 id={headingId} className="text-base font-semibold">
        {wording} <code className="ml-1 rounded bg-slate-100 px-1 text-xs font-normal text-slate-800">{itemKey}</code>
      </h3>
      <svg viewBox={`0 0 ${W} ${TOP + PLOT_H + 34}`} className="mt-2 h-auto w-full" role="img" aria-label={`Trend of “${wording}” across waves. ${summary}.`}>
        {[0, 25, 50, 75, 100].map((t) => (
          <g key={t}>
            <line x1={LEFT} x2={RIGHT} y1={y(t)} y2={y(t)} stroke="#cbd5e1" />
            <text x={LEFT - 6} y={y(t) + 4} textAnchor="end" fontSize={12} fill="#334155">
              {t}
            </text>
          </g>
        ))}
        {waves.map((w, i) => (
          <text
            key={w.id}
            x={xOf(i)}
            y={TOP + PLOT_H + 22}
            textAnchor="middle"
            fontSize={12}
            fill="#0f172a"
            fontWeight={w.id === currentWaveId ? 700 : 400}
          >
            {w.name}
          </text>
        ))}
        {ordered.map(({ p, s }, j) => {
          const pts = waves.map((w, i) => ({ i, pt: point(s!, w.id) }));
          // A line joins consecutive waves that both have a score; a withheld wave breaks it.
          const segments: string[] = [];
          let current = "";
          for (const { i, pt } of pts) {
            if (pt?.score) current += `${current ? "L" : "M"}${xOf(i) + dodge(j)},${y(pt.score.estimate)}`;
            else if (current) {
              segments.push(current);
              current = "";
            }
          }
          if (current) segments.push(current);
          return (
            <g key={p.key}>
              {segments.map((d) => (
                <path key={d} d={d} fill="none" stroke={p.style.colour} strokeWidth={2} />
              ))}
              {pts.map(({ i, pt }) =>
                pt?.score ? (
                  <g key={i}>
                    {pt.score.low !== null && pt.score.high !== null && (
                      <g stroke={p.style.colour} strokeWidth={1.5}>
                        <line x1={xOf(i) + dodge(j)} x2={xOf(i) + dodge(j)} y1={y(pt.score.low)} y2={y(pt.score.high)} />
                        <line x1={xOf(i) + dodge(j) - 4} x2={xOf(i) + dodge(j) + 4} y1={y(pt.score.low)} y2={y(pt.score.low)} />
                        <line x1={xOf(i) + dodge(j) - 4} x2={xOf(i) + dodge(j) + 4} y1={y(pt.score.high)} y2={y(pt.score.high)} />
                      </g>
                    )}
                    <Marker x={xOf(i) + dodge(j)} y={y(pt.score.estimate)} r={5.5} style={p.style} />
                  </g>
                ) : null,
              )}
            </g>
          );
        })}
      </svg>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Scores of “{wording}” by wave and perspective</caption>
          <thead className="border-b border-slate-300 text-slate-700">
            <tr>
              <th scope="col" className="py-1.5 pr-3 font-medium">
                Wave
              </th>
              {ordered.map(({ p }) => (
                <th key={p.key} scope="col" className="py-1.5 pr-3 font-medium">
                  <span className="inline-flex items-center gap-1.5">
                    <MarkerIcon style={p.style} />
                    {p.name}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {waves.map((w) => (
              <tr key={w.id} className="border-b border-slate-100 last:border-0">
                <th scope="row" className="py-1.5 pr-3 font-medium whitespace-nowrap">
                  {w.name}
                  {w.id === currentWaveId && <span className="block text-xs font-normal text-slate-600">this wave</span>}
                </th>
                {ordered.map(({ p, s }) => {
                  const pt = point(s!, w.id);
                  return (
                    <td key={p.key} className="py-1.5 pr-3 align-top tabular-nums">
                      {pt?.score ? (
                        <>
                          <strong>{formatScore(pt.score.estimate)}</strong>
                          {formatInterval(pt.score.low, pt.score.high) && <> ({formatInterval(pt.score.low, pt.score.high)})</>}
                          <span className="block text-xs text-slate-600">n = {pt.n}</span>
                        </>
                      ) : pt?.withheld ? (
                        <span className="text-slate-700 italic" title={withheldExplanation(pt.withheld, w.k)}>
                          {pt.withheld === "noAnswers" ? "no answers" : withheldText(pt.withheld, w.k)}
                        </span>
                      ) : (
                        <span className="text-slate-700">not asked in this wave</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
