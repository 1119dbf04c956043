// A group's n, mean and standard deviation from what SQL aggregates (count, sum, sum of squares, or
// counts per answer value), and the Student t interval of a mean. Never from rows.
import { assertCount, assertFinite, assertLevel } from "./check";
import { studentTQuantile } from "./student-t";

/** n answers with their mean and sample standard deviation (divisor n − 1; null when n < 2). */
export type TSummary = { n: number; mean: number; sd: number | null };
/** What `SELECT count(v), sum(v), sum(v * v)` returns (as numbers). */
export type TSums = { n: number; sum: number; sumSquares: number };
/** One row of `SELECT v, count(*) … GROUP BY v`. */
export type TValueCount = { value: number; count: number };
export type TInterval = { low: number; high: number };

/**
 * Mean and SD from count, sum and sum of squares. The textbook n·Σv² − (Σv)² cancels badly in
 * floating point; when the three are whole numbers (sums of integer answers, exactly what SQL returns
 * for them) it is formed in exact BigInt arithmetic instead, so the variance is correctly rounded.
 * Null for n = 0.
 */
export function summarizeSums({ n, sum, sumSquares }: TSums): TSummary | null {
  assertCount(n, "n");
  assertFinite(sum, "the sum");
  assertFinite(sumSquares, "the sum of squares");
  if (n === 0) {
    if (sum !== 0 || sumSquares !== 0) throw new RangeError("sums of an empty group must be 0");
    return null;
  }
  const mean = sum / n;
  if (n === 1) {
    if (Math.abs(sumSquares - sum * sum) > 1e-9 * Math.max(1, sumSquares)) throw new RangeError("the sum of squares does not match the sum");
    return { n, mean, sd: null };
  }
  let variance: number;
  if (Number.isSafeInteger(sum) && Number.isSafeInteger(sumSquares)) {
    const scaled = BigInt(n) * BigInt(sumSquares) - BigInt(sum) * BigInt(sum); // n(n − 1)·s², exact
    if (scaled < 0n) throw new RangeError("the sum of squares is smaller than the sum allows (n·Σv² < (Σv)²)");
    variance = Number(scaled) / (n * (n - 1));
  } else {
    const raw = (sumSquares - sum * mean) / (n - 1);
    if (raw < -1e-12 * Math.max(1, sumSquares)) throw new RangeError("the sum of squares is smaller than the sum allows (n·Σv² < (Σv)²)");
    variance = Math.max(0, raw);
  }
  return { n, mean, sd: Math.sqrt(variance) };
}

/**
 * Mean and SD from counts per value (the answer distribution), by the corrected two-pass algorithm
 * (Chan, Golub & LeVeque 1983, eq. 1.7): stable whatever the magnitude of the values. Null for n = 0.
 */
export function summarizeCounts(counts: readonly TValueCount[]): TSummary | null {
  let n = 0;
  let total = 0;
  for (const { value, count } of counts) {
    assertFinite(value, "a value");
    assertCount(count, `the count of ${String(value)}`);
    n += count;
    total += value * count;
  }
  if (!Number.isSafeInteger(n)) throw new RangeError("the counts add up to more than can be counted exactly");
  if (n === 0) return null;
  const mean = total / n;
  if (n === 1) return { n, mean, sd: null };
  let squares = 0;
  let residual = 0;
  for (const { value, count } of counts) {
    const deviation = value - mean;
    squares += count * deviation * deviation;
    residual += count * deviation;
  }
  const variance = Math.max(0, (squares - (residual * residual) / n) / (n - 1));
  return { n, mean: mean + residual / n, sd: Math.sqrt(variance) };
}

/** Throws on a summary that cannot come from data: n not a count, SD missing for n ≥ 2 or negative. */
export function checkSummary(summary: TSummary, what = "group"): void {
  assertCount(summary.n, `n of the ${what}`);
  if (summary.n === 0) return;
  assertFinite(summary.mean, `the mean of the ${what}`);
  if (summary.n >= 2) {
    if (summary.sd === null) throw new RangeError(`the ${what} has ${summary.n} answers but no standard deviation`);
    assertFinite(summary.sd, `the standard deviation of the ${what}`);
    if (summary.sd < 0) throw new RangeError(`the standard deviation of the ${what} is negative`);
  }
}

/**
 * The confidence interval of a mean by Student's t with n − 1 degrees of freedom:
 * mean ± t(1 − α/2, n − 1) · sd/√n. Null below two answers, where no spread can be estimated.
 */
export function meanInterval(summary: TSummary, level = 0.95): TInterval | null {
  checkSummary(summary);
  assertLevel(level);
  if (summary.n < 2 || summary.sd === null) return null;
  const half = studentTQuantile(1 - (1 - level) / 2, summary.n - 1) * (summary.sd / Math.sqrt(summary.n));
  return { low: summary.mean - half, high: summary.mean + half };
}
