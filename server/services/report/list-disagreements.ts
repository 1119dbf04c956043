// Confidential waves only, admins only: the circles whose perspectives disagree most on a linked
// item, each openable side by side. Anonymous waves never show a single circle.
import { sql } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { rowsOf } from "@/db/sql";
import type { TReportFilters } from "@/lib/report/filters";
import { scaleOf } from "@/lib/survey/item";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/trpc";
import { countedAnswersSql, filterSql, loadReportScope, type TReportScope } from "./report-scope";

export function assertCirclesMayBeOpened(scope: TReportScope, actor: Actor) {
  if (scope.wave.anonymityMode !== "confidential") {
    throw new AppError("FORBIDDEN", "This wave is anonymous: no one sees a single circle's answers.");
  }
  if (actor.role !== "admin") {
    throw new AppError("FORBIDDEN", "Only admins may open a single circle of a confidential wave.");
  }
}

export async function listDisagreements({
  db,
  actor,
  waveId,
  filters,
  limit,
}: {
  db: Database;
  actor: Actor;
  waveId: string;
  filters: TReportFilters;
  limit: number;
}) {
  const scope = await loadReportScope({ db, actor, waveId });
  assertCirclesMayBeOpened(scope, actor);
  const linked = scope.items.filter((i) => scaleOf(i.type) !== null && i.askedOf.length >= 2);
  if (linked.length === 0) return { circles: [] };
  // Each answer on the 0–100 score; per circle and item, the spread between its perspectives.
  const score = sql.join(
    linked.map((i) => {
      const s = scaleOf(i.type)!;
      return sql`when ${i.id}::uuid then (a.numeric_value - ${s.min}) * 100.0 / ${s.max - s.min}`;
    }),
    sql` `,
  );
  const rows = rowsOf<{ circle_id: string; circle_ref: string | null; site: string | null; unit: string | null; item_id: string; spread: number }>(
    await db.execute(sql`
      with scored as (
        select c.id as circle_id, c.external_ref, c.site, c.unit, a.item_id, a.perspective_id,
               case a.item_id ${score} end as score
        ${countedAnswersSql(scope, filters)} ${filterSql(filters, scope.wave.timezone)}
          and a.numeric_value is not null
          and a.item_id in (${sql.join(linked.map((i) => sql`${i.id}::uuid`), sql`, `)})
      ), per_item as (
        select circle_id, external_ref, site, unit, item_id, max(score) - min(score) as spread
        from scored group by 1, 2, 3, 4, 5 having count(distinct perspective_id) >= 2
      )
      select distinct on (circle_id) circle_id, external_ref as circle_ref, site, unit, item_id, spread::float as spread
      from per_item order by circle_id, spread desc`),
  );
  const items = new Map(linked.map((i) => [i.id, i]));
  const circles = rows
    .sort((a, b) => b.spread - a.spread || a.circle_id.localeCompare(b.circle_id))
    .slice(0, limit)
    .map((r) => ({
      circleId: r.circle_id,
      circleRef: r.circle_ref,
      site: r.site,
      unit: r.unit,
      itemKey: items.get(r.item_id)!.key,
      spread: r.spread,
    }));
  return { circles };
}
