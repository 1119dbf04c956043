// The difference of two group means with Welch's confidence interval (unequal variances).
import { assertLevel } from "./check";
import { checkSummary, type TSummary } from "./describe";
import { studentTQuantile } from "./student-t";

/** companion − primary, its standard error, the Welch–Satterthwaite degrees of freedom and the CI. */
export type TDifference = { estimate: number; se: number; df: number; low: number; high: number };

/**
 * Welch (1947): d = m₂ − m₁, se = √(s₁²/n₁ + s₂²/n₂), and
 * ν = (s₁²/n₁ + s₂²/n₂)² / [(s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1)] (Satterthwaite 1946);
 * the interval is d ± t(1 − α/2, ν)·se. Null when either group has fewer than two answers.
 * When neither group varies at all, se = 0 and ν is 0/0: the interval is the point d itself, and ν
 * is reported as n₁ + n₂ − 2 (what the pooled test would use) so the result stays a number.
 */
export function welchDifference(primary: TSummary, companion: TSummary, level = 0.95): TDifference | null {
  checkSummary(primary, "primary group");
  checkSummary(companion, "companion group");
  assertLevel(level);
  if (primary.n < 2 || companion.n < 2 || primary.sd === null || companion.sd === null) return null;
  const v1 = (primary.sd * primary.sd) / primary.n;
  const v2 = (companion.sd * companion.sd) / companion.n;
  const estimate = companion.mean - primary.mean;
  const variance = v1 + v2;
  if (variance === 0) return { estimate, se: 0, df: primary.n + companion.n - 2, low: estimate, high: estimate };
  const df = (variance * variance) / ((v1 * v1) / (primary.n - 1) + (v2 * v2) / (companion.n - 1));
  const se = Math.sqrt(variance);
  const half = studentTQuantile(1 - (1 - level) / 2, df) * se;
  return { estimate, se, df, low: estimate - half, high: estimate + half };
}
