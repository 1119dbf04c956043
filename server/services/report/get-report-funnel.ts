// The response funnel per perspective — invited → opened → started → completed — under the report's
// filters, from the wave's report cube. Each stage counts people, so it follows the anonymity rules.
import { sql } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { rowsOf } from "@/db/sql";
import { NONE, withheldReason, type TWithheld } from "@/lib/report/anonymity";
import { activeDimensions, type TReportFilters } from "@/lib/report/filters";
import { cubeFilterSql } from "./group-counts";
import type { TReportScope } from "./report-scope";

export const STAGES = ["invited", "opened", "started", "completed", "declined"] as const;
export type TStage = (typeof STAGES)[number];

type StageCounts = Record<TStage, number>;

// Each status counts toward every stage it has passed: a completed respondent was also invited, opened, started.
const STAGE_SQL = sql`
  sum(n)::int as invited,
  (coalesce(sum(n) filter (where status in ('opened', 'started', 'completed')), 0))::int as opened,
  (coalesce(sum(n) filter (where status in ('started', 'completed')), 0))::int as started,
  (coalesce(sum(n) filter (where status = 'completed'), 0))::int as completed,
  (coalesce(sum(n) filter (where status in ('declined', 'opted_out')), 0))::int as declined`;

const CUBE_COLUMN = { site: sql`site`, unit: sql`unit`, month: sql`month`, answeredBy: sql`answered_by` } as const;

export async function getReportFunnel(db: Database, scope: TReportScope, filters: TReportFilters) {
  const dims = activeDimensions(filters);
  const from = sql`from report_funnel_cells where wave_id = ${scope.wave.id}`;
  const [totals, ...perDimension] = await Promise.all([
    db.execute(sql`select perspective_id, ${STAGE_SQL} ${from} ${cubeFilterSql(filters)} group by 1`),
    ...dims.map((d) =>
      db.execute(sql`
        select perspective_id, ${CUBE_COLUMN[d]} as value, ${STAGE_SQL}
        ${from} ${cubeFilterSql(filters, d)} group by 1, 2`),
    ),
  ]);
  type Row = StageCounts & { perspective_id: string; value?: string | null };
  const total = new Map(rowsOf<Row>(totals).map((r) => [r.perspective_id, r]));
  const dimensionRows = perDimension.map((result) => rowsOf<Row>(result));

  return scope.perspectives.map((p) => {
    const row = total.get(p.id);
    const stages = Object.fromEntries(
      STAGES.map((stage) => {
        const n = row?.[stage] ?? 0;
        const checks = dims.map((d, i) => ({
          value: filters[d]!,
          counts: new Map(
            dimensionRows[i]!.filter((r) => r.perspective_id === p.id).map((r) => [r.value ?? NONE, r[stage]] as const),
          ),
        }));
        const withheld = withheldReason(n, scope.wave.k, checks);
        // An empty stage is simply zero: no person is described by it.
        const shown = withheld === null || withheld === "noAnswers";
        return [stage, { n: shown ? n : null, withheld: shown ? null : withheld }];
      }),
    ) as Record<TStage, { n: number | null; withheld: TWithheld | null }>;
    const invited = stages.invited.n;
    const completed = stages.completed.n;
    return {
      perspectiveId: p.id,
      stages,
      responseRate: invited && completed !== null && invited > 0 ? completed / invited : null,
    };
  });
}
