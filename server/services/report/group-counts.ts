// The aggregates a wave report is built from, read from its cube (report-cube.ts) with GROUP BY:
// answer values per group, chosen options, counts per dimension value (for the anonymity checks) and
// paired answers inside circles. Nothing here fetches answers row by row.
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { rowsOf } from "@/db/sql";
import { activeDimensions, type TDimension, type TReportFilters } from "@/lib/report/filters";
import { NONE, type TFilterCheck } from "@/lib/report/anonymity";
import type { TReportScope } from "./report-scope";

/** `item:perspective`, the key of a group. */
export function groupKey(itemId: string, perspectiveId: string): string {
  return `${itemId}:${perspectiveId}`;
}

export type TValueCount = { value: number; n: number };

/** The cube's column of a dimension. */
const CUBE_COLUMN: Record<TDimension, SQL> = {
  site: sql`site`,
  unit: sql`unit`,
  month: sql`month`,
  answeredBy: sql`answered_by`,
};

/** `and …` conditions on cube rows for the filters in use, leaving out `except`. */
export function cubeFilterSql(filters: TReportFilters, except?: TDimension): SQL {
  const parts = activeDimensions(filters)
    .filter((d) => d !== except)
    .map((d) => sql` and ${CUBE_COLUMN[d]} = ${filters[d]}`);
  return sql.join(parts, sql``);
}

/** Cell kinds of report_cells (db/schema/reports.ts). */
export const ANSWERED_CELLS = 0;
export const TEXT_CELLS = 3;

/** For each group: how many answered, how many gave each numeric value, and each option's count. */
export async function countAnswers(db: Database, scope: TReportScope, filters: TReportFilters) {
  const rows = rowsOf<{ item_id: string; perspective_id: string; kind: number; numeric_value: number | null; choice_value: string | null; n: number }>(
    await db.execute(sql`
      select item_id, perspective_id, kind, numeric_value, choice_value, sum(n)::int as n
      from report_cells
      where wave_id = ${scope.wave.id} and kind in (0, 1, 2) ${cubeFilterSql(filters)}
      group by 1, 2, 3, 4, 5`),
  );
  const n = new Map<string, number>();
  const valueCounts = new Map<string, TValueCount[]>();
  const choiceCounts = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const key = groupKey(r.item_id, r.perspective_id);
    if (r.kind === 0) n.set(key, r.n);
    else if (r.kind === 1) {
      const list = valueCounts.get(key) ?? [];
      list.push({ value: Number(r.numeric_value), n: r.n });
      valueCounts.set(key, list);
    } else {
      const map = choiceCounts.get(key) ?? new Map<string, number>();
      map.set(r.choice_value!, r.n);
      choiceCounts.set(key, map);
    }
  }
  return { n, valueCounts, choiceCounts };
}

/** Groups' counts of one cell kind (answered, or free text) under the filters. */
export async function countGroups(db: Database, scope: TReportScope, filters: TReportFilters, kind: number) {
  const rows = rowsOf<{ item_id: string; perspective_id: string; n: number }>(
    await db.execute(sql`
      select item_id, perspective_id, sum(n)::int as n from report_cells
      where wave_id = ${scope.wave.id} and kind = ${kind} ${cubeFilterSql(filters)}
      group by 1, 2`),
  );
  return new Map(rows.map((r) => [groupKey(r.item_id, r.perspective_id), r.n]));
}

/**
 * For each filter in use and each group: the group's counts across every value of that filter's
 * dimension, with the other filters applied — what anonymity.ts needs to decide whether the selected
 * value may be shown. `kind` picks answers that say something (0) or free text (3).
 */
export async function countByDimension(
  db: Database,
  scope: TReportScope,
  filters: TReportFilters,
  kind: number = ANSWERED_CELLS,
): Promise<(groupKey: string) => TFilterCheck[]> {
  const dims = activeDimensions(filters);
  const perDimension = await Promise.all(
    dims.map(async (d: TDimension) => {
      const rows = rowsOf<{ item_id: string; perspective_id: string; value: string | null; n: number }>(
        await db.execute(sql`
          select item_id, perspective_id, ${CUBE_COLUMN[d]} as value, sum(n)::int as n
          from report_cells
          where wave_id = ${scope.wave.id} and kind = ${kind} ${cubeFilterSql(filters, d)}
          group by 1, 2, 3`),
      );
      const byGroup = new Map<string, Map<string, number>>();
      for (const r of rows) {
        const key = groupKey(r.item_id, r.perspective_id);
        const counts = byGroup.get(key) ?? new Map<string, number>();
        counts.set(r.value ?? NONE, r.n);
        byGroup.set(key, counts);
      }
      return { value: filters[d]!, byGroup };
    }),
  );
  return (key) => perDimension.map((d) => ({ value: d.value, counts: d.byGroup.get(key) ?? new Map() }));
}

export type TPairCell = { a: number; b: number; n: number };

/**
 * Answers of two perspectives to the same scored item inside the same circle, as contingency tables:
 * `item:perspectiveA:perspectiveB` → counts per (value of A, value of B), A before B in survey order.
 * Two family members and one patient make two pairs.
 */
export async function countPairs(db: Database, scope: TReportScope, filters: TReportFilters) {
  const tables = new Map<string, TPairCell[]>();
  const order = new Map(scope.perspectives.map((p) => [p.id, p.position]));
  const rows = rowsOf<{ item_id: string; pa: string; pb: string; va: number; vb: number; n: number }>(
    await db.execute(sql`
      select item_id, perspective_a as pa, perspective_b as pb, value_a as va, value_b as vb, sum(n)::int as n
      from report_pair_cells
      where wave_id = ${scope.wave.id} ${cubeFilterSql(filters)}
      group by 1, 2, 3, 4, 5`),
  );
  for (const r of rows) {
    // Orient each pair in survey order (the primary first) whatever the ids' order.
    const flip = order.get(r.pa)! > order.get(r.pb)!;
    const [pa, pb, va, vb] = flip ? [r.pb, r.pa, r.vb, r.va] : [r.pa, r.pb, r.va, r.vb];
    const key = `${r.item_id}:${pa}:${pb}`;
    const list = tables.get(key) ?? [];
    list.push({ a: Number(va), b: Number(vb), n: r.n });
    tables.set(key, list);
  }
  return tables;
}
