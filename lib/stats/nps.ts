// Net Promoter Score of a 0–10 item with its confidence interval (docs/statistics.md, "NPS").
import { assertCount, assertLevel } from "./check";
import { type TInterval, type TValueCount } from "./describe";
import { normalQuantile } from "./normal";

export type TNpsGroups = { promoters: number; passives: number; detractors: number };
/** NPS in points (−100…100), its standard error in points and the 95% CI (null below two answers). */
export type TNps = TNpsGroups & { n: number; estimate: number; se: number; ci: TInterval | null };

/**
 * NPS = 100·(P − D), with P and D the shares of promoters (9–10) and detractors (0–6). Each answer
 * scores +1, 0 or −1, so NPS is a mean and its variance is that of a difference of two multinomial
 * shares: Var = [P(1 − P) + D(1 − D) + 2PD]/n = [P + D − (P − D)²]/n (e.g. Rocks 2016). The interval
 * is the Wald interval NPS ± z·se, cut to [−100, 100]; when every answer falls in one group se = 0 and
 * the interval shrinks to the point — the known weakness of Wald intervals, stated in docs/statistics.md.
 */
export function npsOf(groups: TNpsGroups, level = 0.95): TNps | null {
  const { promoters, passives, detractors } = groups;
  assertCount(promoters, "promoters");
  assertCount(passives, "passives");
  assertCount(detractors, "detractors");
  assertLevel(level);
  const n = promoters + passives + detractors;
  if (n === 0) return null;
  const p = promoters / n;
  const d = detractors / n;
  const estimate = 100 * (p - d);
  const se = 100 * Math.sqrt(Math.max(0, p + d - (p - d) * (p - d)) / n);
  if (n < 2) return { ...groups, n, estimate, se, ci: null };
  const half = normalQuantile(1 - (1 - level) / 2) * se;
  return { ...groups, n, estimate, se, ci: { low: Math.max(-100, estimate - half), high: Math.min(100, estimate + half) } };
}

/** NPS from the answer distribution of a 0–10 item (rows of `SELECT value, count(*) … GROUP BY value`). */
export function nps(counts: readonly TValueCount[], level = 0.95): TNps | null {
  const groups = { promoters: 0, passives: 0, detractors: 0 };
  for (const { value, count } of counts) {
    if (!Number.isInteger(value) || value < 0 || value > 10) throw new RangeError(`NPS needs answers 0–10, got ${String(value)}`);
    assertCount(count, `the count of ${value}`);
    if (value >= 9) groups.promoters += count;
    else if (value >= 7) groups.passives += count;
    else groups.detractors += count;
  }
  return npsOf(groups, level);
}
