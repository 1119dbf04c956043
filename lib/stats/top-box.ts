// Top-box %: the share of answers in the most favourable categories (docs/statistics.md, "Top-box").
import { assertCount, assertFinite, assertLevel } from "./check";
import { type TInterval, type TValueCount } from "./describe";
import { normalQuantile } from "./normal";

/** A share in percent (0–100) of n answers, with its Wilson interval in percent. */
export type TShare = { n: number; count: number; estimate: number; ci: TInterval };

/**
 * Wilson's (1927) score interval for a proportion x/n, as a proportion:
 * (p̂ + z²/2n ± z √(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n). Unlike p̂ ± z·se it stays inside [0, 1]
 * and keeps its coverage near 0% and 100%, where top-box shares often sit (Newcombe 1998).
 */
export function wilsonInterval(count: number, n: number, level = 0.95): TInterval {
  assertCount(count, "the count");
  assertCount(n, "n");
  assertLevel(level);
  if (n === 0) throw new RangeError("a proportion needs n ≥ 1");
  if (count > n) throw new RangeError(`a count of ${count} cannot exceed n = ${n}`);
  const z = normalQuantile(1 - (1 - level) / 2);
  const p = count / n;
  const z2n = (z * z) / n;
  const centre = p + z2n / 2;
  const half = z * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n));
  const scale = 1 + z2n;
  // At 0 and n the bound is exactly 0 or 1 in theory; do not let rounding put it a hair outside.
  return {
    low: count === 0 ? 0 : Math.max(0, (centre - half) / scale),
    high: count === n ? 1 : Math.min(1, (centre + half) / scale),
  };
}

/**
 * Top-box % of an answer distribution. The caller says which values are "top" (5 on a 1–5 item,
 * 9 and 10 on 0–10, 1 for yes/no). Null when nobody answered.
 */
export function topBox(counts: readonly TValueCount[], topValues: readonly number[], level = 0.95): TShare | null {
  if (topValues.length === 0) throw new RangeError("say which values count as top box");
  for (const value of topValues) assertFinite(value, "a top-box value");
  const top = new Set(topValues);
  let n = 0;
  let count = 0;
  for (const row of counts) {
    assertFinite(row.value, "a value");
    assertCount(row.count, `the count of ${String(row.value)}`);
    n += row.count;
    if (top.has(row.value)) count += row.count;
  }
  if (n === 0) return null;
  const ci = wilsonInterval(count, n, level);
  return { n, count, estimate: (count / n) * 100, ci: { low: ci.low * 100, high: ci.high * 100 } };
}
