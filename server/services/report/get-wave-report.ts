// The perspective-comparison report of one wave: for each item, every perspective side by side (n,
// score with its CI, top-box, NPS, distribution), each companion's gap against the primary, agreement
// inside circles, and the response funnel — every figure withheld where the wave's anonymity asks.
import { sql } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { rowsOf } from "@/db/sql";
import { withheldReason, type TWithheld } from "@/lib/report/anonymity";
import { activeDimensions, type TReportFilters } from "@/lib/report/filters";
import { scaleOf } from "@/lib/survey/item";
import type { Actor } from "@/server/trpc";
import { countAnswers, countByDimension, countPairs, groupKey } from "./group-counts";
import { agreementFigures, choiceDistribution, gapFigures, scoreFigures, type TGroupFigures } from "./figures";
import { getReportFunnel } from "./get-report-funnel";
import { ensureReportCube } from "./report-cube";
import { loadReportScope, type TReportScope, type TScopeItem } from "./report-scope";

export type TReportGroup = {
  perspectiveId: string;
  n: number | null;
  withheld: TWithheld | null;
  figures: TGroupFigures | null;
};

export async function getWaveReport({
  db,
  actor,
  waveId,
  filters,
}: {
  db: Database;
  actor: Actor;
  waveId: string;
  filters: TReportFilters;
}) {
  const scope = await loadReportScope({ db, actor, waveId });
  const cube = await ensureReportCube(db, scope);
  const k = scope.wave.k;
  const scored = scope.items.filter((i) => scaleOf(i.type) !== null);
  const [counts, checksFor, pairs, funnel, options] = await Promise.all([
    countAnswers(db, scope, filters),
    countByDimension(db, scope, filters),
    countPairs(db, scope, filters),
    getReportFunnel(db, scope, filters),
    filterOptions(db, scope),
  ]);
  const primary = scope.perspectives.find((p) => p.isPrimary)!;
  const shown = new Map<string, boolean>();

  const items = scope.items
    .filter((item) => item.type !== "text")
    .map((item) => {
      const groups: TReportGroup[] = item.askedOf.map(({ perspectiveId }) => {
        const key = groupKey(item.id, perspectiveId);
        const n = counts.n.get(key) ?? 0;
        const withheld = withheldReason(n, k, checksFor(key));
        shown.set(key, withheld === null);
        if (withheld !== null) return { perspectiveId, n: withheld === "noAnswers" ? 0 : null, withheld, figures: null };
        return { perspectiveId, n, withheld, figures: figuresOf(item, n, counts, key) };
      });
      const primaryGroup = groups.find((g) => g.perspectiveId === primary.id);
      const gaps = groups
        .filter((g) => g.perspectiveId !== primary.id)
        .map((g) => {
          const perspective = scope.perspectives.find((p) => p.id === g.perspectiveId)!;
          const gap =
            primaryGroup?.figures?.score && g.figures?.score
              ? gapFigures(primaryGroup.figures.score, g.figures.score, scaleOf(item.type)!, perspective.provider)
              : null;
          return { perspectiveId: g.perspectiveId, gap };
        });
      const largestGap = Math.max(0, ...gaps.map((g) => (g.gap ? Math.abs(g.gap.difference) : 0)));
      return {
        id: item.id,
        key: item.key,
        type: item.type,
        // The scale's or the choices' labels, so a distribution can be read as words.
        config: item.config,
        wording: item.askedOf[0]?.wording ?? {},
        linked: item.askedOf.length >= 2,
        groups,
        gaps,
        largestGap,
      };
    });

  // Agreement: shown only when both perspectives' groups are shown and there are at least k pairs.
  const agreement = scored
    .filter((i) => i.askedOf.length >= 2)
    .flatMap((item) => {
      const scale = scaleOf(item.type)!;
      const asked = item.askedOf.map((a) => a.perspectiveId);
      return asked.flatMap((a, i) =>
        asked.slice(i + 1).map((b) => {
          const table = pairs.get(`${item.id}:${a}:${b}`) ?? [];
          const n = table.reduce((s, c) => s + c.n, 0);
          const bothShown = shown.get(groupKey(item.id, a)) && shown.get(groupKey(item.id, b));
          const withheld: TWithheld | null = n === 0 ? "noAnswers" : n < k ? "fewerThanK" : bothShown ? null : "protectsSmallGroup";
          return {
            itemId: item.id,
            itemKey: item.key,
            perspectiveA: a,
            perspectiveB: b,
            pairs: withheld === null || withheld === "noAnswers" ? n : null,
            withheld,
            figures: withheld === null ? agreementFigures(table, scale, item.type) : null,
          };
        }),
      );
    });

  return {
    wave: scope.wave,
    k,
    /** When the figures were counted (a large open wave's report may be up to a minute behind). */
    asOf: cube.asOf,
    filters,
    filtered: activeDimensions(filters).length > 0,
    filterOptions: options,
    defaultLanguage: scope.defaultLanguage,
    perspectives: scope.perspectives.map(({ id, key, label, isPrimary, provider }) => ({ id, key, label, isPrimary, provider })),
    items: items.sort((a, b) => b.largestGap - a.largestGap || a.key.localeCompare(b.key)),
    textItems: scope.items
      .filter((i) => i.type === "text")
      .map((i) => ({ id: i.id, key: i.key, wording: i.askedOf[0]?.wording ?? {} })),
    agreement,
    funnel,
  };
}

function figuresOf(
  item: TScopeItem,
  n: number,
  counts: Awaited<ReturnType<typeof countAnswers>>,
  key: string,
): TGroupFigures {
  const scale = scaleOf(item.type);
  if (scale) return scoreFigures(item.type, scale, counts.valueCounts.get(key) ?? []);
  return choiceDistribution(item, counts.choiceCounts.get(key) ?? new Map(), n);
}

/** The values the filters offer: sites, units and months that have respondents in this wave. */
async function filterOptions(db: Database, scope: TReportScope) {
  const rows = rowsOf<{ kind: string; value: string }>(
    await db.execute(sql`
      select distinct 'site' as kind, site as value from report_funnel_cells where wave_id = ${scope.wave.id} and site is not null
      union
      select distinct 'unit', unit from report_funnel_cells where wave_id = ${scope.wave.id} and unit is not null
      union
      select distinct 'month', month from report_funnel_cells where wave_id = ${scope.wave.id}
      order by 1, 2`),
  );
  const of = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.value);
  return { sites: of("site"), units: of("unit"), months: of("month") };
}
