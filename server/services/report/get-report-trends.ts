// Trends: each scored item's score per perspective across the waves of a survey, followed by item and
// perspective key (so across versions, as long as the key and the item's type are unchanged). Each
// wave keeps its own anonymity threshold; the month filter does not apply across waves.
import { and, asc, eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { waves } from "@/db/schema";
import { withheldReason, type TWithheld } from "@/lib/report/anonymity";
import type { TReportFilters } from "@/lib/report/filters";
import { scaleOf, type TItemType } from "@/lib/survey/item";
import type { TLocalizedText } from "@/lib/survey/languages";
import type { Actor } from "@/server/trpc";
import { scoreFigures } from "./figures";
import { countAnswers, countByDimension, groupKey } from "./group-counts";
import { ensureReportCube } from "./report-cube";
import { loadReportScope } from "./report-scope";

type TTrendPoint = {
  waveId: string;
  n: number | null;
  withheld: TWithheld | null;
  score: { estimate: number; low: number | null; high: number | null } | null;
};

export async function getReportTrends({
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
  const current = await loadReportScope({ db, actor, waveId });
  const trendFilters: TReportFilters = { ...filters, month: null };
  const waveRows = await db
    .select({
      id: waves.id,
      name: waves.name,
      opensAt: waves.opensAt,
      createdAt: waves.createdAt,
      status: waves.status,
      k: waves.anonymityThreshold,
    })
    .from(waves)
    .where(and(eq(waves.surveyId, current.wave.surveyId), eq(waves.organisationId, actor.organisationId)))
    .orderBy(asc(waves.opensAt), asc(waves.createdAt));
  const launched = waveRows.filter((w) => w.status !== "draft");

  // Series follow the current wave's scored items and perspectives.
  const series = new Map<string, { itemKey: string; type: TItemType; wording: TLocalizedText; perspectiveKey: string; points: TTrendPoint[] }>();
  for (const item of current.items.filter((i) => scaleOf(i.type) !== null)) {
    for (const asked of item.askedOf) {
      const perspective = current.perspectives.find((p) => p.id === asked.perspectiveId)!;
      series.set(`${item.key}:${perspective.key}`, {
        itemKey: item.key,
        type: item.type,
        wording: item.askedOf[0]!.wording,
        perspectiveKey: perspective.key,
        points: [],
      });
    }
  }

  // One wave at a time: each has its own version (item ids), threshold and dimension counts.
  for (const wave of launched) {
    const scope = wave.id === current.wave.id ? current : await loadReportScope({ db, actor, waveId: wave.id });
    await ensureReportCube(db, scope);
    const [counts, checksFor] = await Promise.all([countAnswers(db, scope, trendFilters), countByDimension(db, scope, trendFilters)]);
    for (const item of scope.items) {
      const scale = scaleOf(item.type);
      if (!scale) continue;
      for (const asked of item.askedOf) {
        const perspective = scope.perspectives.find((p) => p.id === asked.perspectiveId)!;
        const line = series.get(`${item.key}:${perspective.key}`);
        if (!line || line.type !== item.type) continue;
        const key = groupKey(item.id, asked.perspectiveId);
        const n = counts.n.get(key) ?? 0;
        const withheld = withheldReason(n, scope.wave.k, checksFor(key));
        const score = withheld === null ? scoreFigures(item.type, scale, counts.valueCounts.get(key) ?? []).score : null;
        line.points.push({
          waveId: wave.id,
          n: withheld === null || withheld === "noAnswers" ? n : null,
          withheld,
          score: score ? { estimate: score.estimate, low: score.low, high: score.high } : null,
        });
      }
    }
  }
  return {
    // Each wave's own k: a withheld point reads "fewer than k" with that wave's k.
    waves: launched.map((w) => ({ id: w.id, name: w.name, opensAt: w.opensAt, k: w.k })),
    perspectives: current.perspectives.map(({ key, label, isPrimary }) => ({ key, label, isPrimary })),
    series: [...series.values()],
    defaultLanguage: current.defaultLanguage,
  };
}
