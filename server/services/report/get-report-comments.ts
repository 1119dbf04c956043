// Free-text comments of a wave by perspective and item, searchable. A group's comments are shown only
// when it has at least 10 of them and no filter could isolate fewer than 10 (DESIGN.md, "Anonymity").
import { sql } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { rowsOf } from "@/db/sql";
import { withheldReason, type TWithheld } from "@/lib/report/anonymity";
import type { TReportFilters } from "@/lib/report/filters";
import type { Actor } from "@/server/trpc";
import { countByDimension, countGroups, groupKey, TEXT_CELLS } from "./group-counts";
import { ensureReportCube } from "./report-cube";
import { countedAnswersSql, filterSql, loadReportScope } from "./report-scope";

export const COMMENT_THRESHOLD = 10;
const PAGE = 50;
const HAS_TEXT = sql`coalesce(btrim(a.text_value), '') <> ''`;

export async function getReportComments({
  db,
  actor,
  waveId,
  filters,
  search,
  itemKey,
  perspectiveKey,
  page,
}: {
  db: Database;
  actor: Actor;
  waveId: string;
  filters: TReportFilters;
  search: string;
  itemKey: string | null;
  perspectiveKey: string | null;
  page: number;
}) {
  const scope = await loadReportScope({ db, actor, waveId });
  await ensureReportCube(db, scope);
  const tz = scope.wave.timezone;
  // Comments need 10 in the group, or the wave's k if that is higher.
  const threshold = Math.max(COMMENT_THRESHOLD, scope.wave.k);
  const [n, checksFor] = await Promise.all([
    countGroups(db, scope, filters, TEXT_CELLS),
    countByDimension(db, scope, filters, TEXT_CELLS),
  ]);

  const groups = scope.items
    .filter((i) => i.type === "text")
    .flatMap((item) =>
      item.askedOf.map(({ perspectiveId, wording }) => {
        const key = groupKey(item.id, perspectiveId);
        const count = n.get(key) ?? 0;
        const withheld: TWithheld | null = withheldReason(count, threshold, checksFor(key));
        const perspective = scope.perspectives.find((p) => p.id === perspectiveId)!;
        return {
          itemId: item.id,
          itemKey: item.key,
          perspectiveId,
          perspectiveKey: perspective.key,
          wording,
          n: withheld === null || withheld === "noAnswers" ? count : null,
          withheld,
        };
      }),
    );
  const wanted = groups.filter(
    (g) => g.withheld === null && (!itemKey || g.itemKey === itemKey) && (!perspectiveKey || g.perspectiveKey === perspectiveKey),
  );
  let comments: { id: string; itemId: string; perspectiveId: string; text: string }[] = [];
  let total = 0;
  if (wanted.length > 0) {
    const pairs = sql.join(
      wanted.map((g) => sql`(${g.itemId}::uuid, ${g.perspectiveId}::uuid)`),
      sql`, `,
    );
    const pattern = search ? `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const matching = sql`
      ${countedAnswersSql(scope, filters)} ${filterSql(filters, tz)} and ${HAS_TEXT}
        and (a.item_id, a.perspective_id) in (${pairs})
        ${pattern ? sql`and a.text_value ilike ${pattern}` : sql``}`;
    const [rows, [counted]] = await Promise.all([
      // Ordered by the answer's random id: no order that follows time or circles.
      db.execute(sql`
        select a.id, a.item_id, a.perspective_id, a.text_value as text ${matching}
        order by a.id limit ${PAGE} offset ${page * PAGE}`),
      db.execute(sql`select count(*)::int as n ${matching}`).then((r) => rowsOf<{ n: number }>(r)),
    ]);
    comments = rowsOf<{ id: string; item_id: string; perspective_id: string; text: string }>(rows).map((r) => ({
      id: r.id,
      itemId: r.item_id,
      perspectiveId: r.perspective_id,
      text: r.text,
    }));
    total = counted?.n ?? 0;
  }
  return {
    threshold,
    groups,
    comments,
    total,
    page,
    pageSize: PAGE,
    perspectives: scope.perspectives.map(({ id, key, label }) => ({ id, key, label })),
    defaultLanguage: scope.defaultLanguage,
  };
}
