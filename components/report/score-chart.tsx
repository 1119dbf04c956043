// One item's scores side by side: a marker per perspective at its 0–100 score, whiskers for the 95%
// confidence interval, and a dashed line at the primary's score so a gap reads at a glance. Hand-made
// SVG rendered on the server: no JavaScript, drawn the same on screen and on paper, and it scales
// with its viewBox. Each row is labelled in words; the data table beside it has every figure.
import type { TWithheld } from "@/lib/report/anonymity";
import { formatInterval, formatScore, withheldText } from "./format";
import { Marker, type TPerspectiveStyle } from "./palette";

export type TScoreRow = {
  perspectiveId: string;
  label: string;
  style: TPerspectiveStyle;
  isPrimary: boolean;
  withheld: TWithheld | null;
  score: { estimate: number; low: number | null; high: number | null } | null;
};

const WIDTH = 680;
const LABEL_RIGHT = 150;
const PLOT_LEFT = 166;
const PLOT_RIGHT = 520;
/** Where the figures are written, clear of the axis's "100". */
const VALUES_LEFT = 548;
const ROW = 34;
const TOP = 10;
const AXIS = 30;

const x = (score: number) => PLOT_LEFT + (Math.max(0, Math.min(100, score)) / 100) * (PLOT_RIGHT - PLOT_LEFT);

export function scoreSummary(rows: TScoreRow[], k: number): string {
  return rows
    .map((r) => {
      if (r.score) {
        const ci = formatInterval(r.score.low, r.score.high);
        return `${r.label} ${formatScore(r.score.estimate)}${ci ? ` (95% CI ${ci})` : ""}`;
      }
      return `${r.label}: ${r.withheld ? withheldText(r.withheld, k) : "no score"}`;
    })
    .join("; ");
}

export function ScoreChart({ rows, k, title }: { rows: TScoreRow[]; k: number; title: string }) {
  const height = TOP + rows.length * ROW + AXIS;
  const primary = rows.find((r) => r.isPrimary && r.score);
  const ticks = [0, 25, 50, 75, 100];
  const bottom = TOP + rows.length * ROW;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      className="h-auto w-full max-w-3xl"
      role="img"
      aria-label={`${title}. Scores out of 100 with 95% confidence intervals: ${scoreSummary(rows, k)}.`}
      fontFamily="inherit"
    >
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={TOP} y2={bottom} stroke="#cbd5e1" strokeWidth={1} />
          <text x={x(t)} y={bottom + 18} textAnchor="middle" fontSize={12} fill="#334155">
            {t}
          </text>
        </g>
      ))}
      <text x={VALUES_LEFT} y={bottom + 18} fontSize={12} fill="#334155">
        score (95% CI)
      </text>
      {primary?.score && (
        <line
          x1={x(primary.score.estimate)}
          x2={x(primary.score.estimate)}
          y1={TOP}
          y2={bottom}
          stroke={primary.style.colour}
          strokeWidth={1.5}
          strokeDasharray="4 3"
        />
      )}
      {rows.map((r, i) => {
        const cy = TOP + i * ROW + ROW / 2;
        return (
          <g key={r.perspectiveId}>
            <text x={LABEL_RIGHT} y={cy + 4} textAnchor="end" fontSize={13} fill="#0f172a" fontWeight={r.isPrimary ? 600 : 400}>
              {r.label}
            </text>
            {r.score ? (
              <>
                {r.score.low !== null && r.score.high !== null && (
                  <g stroke={r.style.colour} strokeWidth={2}>
                    <line x1={x(r.score.low)} x2={x(r.score.high)} y1={cy} y2={cy} />
                    <line x1={x(r.score.low)} x2={x(r.score.low)} y1={cy - 6} y2={cy + 6} />
                    <line x1={x(r.score.high)} x2={x(r.score.high)} y1={cy - 6} y2={cy + 6} />
                  </g>
                )}
                <Marker x={x(r.score.estimate)} y={cy} r={7} style={r.style} />
                <text x={VALUES_LEFT} y={cy + 4} fontSize={13} fill="#0f172a">
                  <tspan fontWeight={600}>{formatScore(r.score.estimate)}</tspan>
                  {r.score.low !== null && r.score.high !== null && (
                    <tspan fill="#334155"> ({formatInterval(r.score.low, r.score.high)})</tspan>
                  )}
                </text>
              </>
            ) : (
              <text x={PLOT_LEFT + 6} y={cy + 4} fontSize={13} fill="#334155" fontStyle="italic">
                {r.withheld ? `Not shown: ${withheldText(r.withheld, k)}` : "No score"}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
