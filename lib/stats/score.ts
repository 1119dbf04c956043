// The 0–100 score of an answer and of a group (docs/statistics.md, "Score").
import { assertFinite } from "./check";
import { checkSummary, meanInterval, type TInterval, type TSummary } from "./describe";
import { wilsonInterval } from "./top-box";
import { welchDifference, type TDifference } from "./welch";

/** The numeric range of a scored item, e.g. { min: 1, max: 5 } (lib/survey/item.ts, scaleOf). */
export type TScale = { min: number; max: number };
/** A group's score: mean of its answers on 0–100, with the sample SD and a 95% CI (null for n = 1). */
export type TScore = { n: number; estimate: number; sd: number | null; ci: TInterval | null };

function checkScale({ min, max }: TScale): void {
  assertFinite(min, "the scale minimum");
  assertFinite(max, "the scale maximum");
  if (!(max > min)) throw new RangeError(`a scale needs max > min, got ${String(min)}–${String(max)}`);
}

/** (value − min)/(max − min) × 100: 4 on 1–5 scores 75. */
export function toScore(value: number, scale: TScale): number {
  checkScale(scale);
  assertFinite(value, "the answer");
  if (value < scale.min || value > scale.max) {
    throw new RangeError(`the answer ${String(value)} lies outside the scale ${String(scale.min)}–${String(scale.max)}`);
  }
  return ((value - scale.min) / (scale.max - scale.min)) * 100;
}

/**
 * A summary of raw answers turned into score units. The map is linear, so the mean maps like an
 * answer and the SD is multiplied by 100/(max − min): SQL can aggregate the raw values.
 */
export function toScoreSummary(raw: TSummary, scale: TScale): TSummary {
  checkScale(scale);
  checkSummary(raw);
  if (raw.n === 0) return raw;
  if (raw.mean < scale.min || raw.mean > scale.max) throw new RangeError(`a mean of ${String(raw.mean)} is impossible on this scale`);
  const factor = 100 / (scale.max - scale.min);
  return { n: raw.n, mean: (raw.mean - scale.min) * factor, sd: raw.sd === null ? null : raw.sd * factor };
}

/**
 * The group score with its interval; null when nobody answered, no interval for one answer.
 * - A two-point scale (yes/no, 0–1) makes the score the share answering yes: Wilson's interval, as for
 *   top-box (top-box.ts), which keeps its coverage near 0% and 100%, where yes/no items often sit.
 * - Other scales: Student's t interval, cut to 0–100 where it would pass an end (a mean of scores
 *   cannot lie outside them, so the cut part holds no possible value and coverage does not drop).
 */
export function groupScore(raw: TSummary | null, scale: TScale, level = 0.95): TScore | null {
  if (raw === null || raw.n === 0) return null;
  const score = toScoreSummary(raw, scale);
  let ci: TInterval | null = null;
  if (score.n >= 2 && scale.max - scale.min === 1) {
    const yes = wilsonInterval(Math.round(raw.n * (raw.mean - scale.min)), raw.n, level);
    ci = { low: yes.low * 100, high: yes.high * 100 };
  } else {
    const t = meanInterval(score, level);
    ci = t && { low: Math.max(0, t.low), high: Math.min(100, t.high) };
  }
  return { n: score.n, estimate: score.mean, sd: score.sd, ci };
}

/**
 * The gap companion − primary in score points with its Welch interval (welch.ts), cut to −100…100
 * where it would pass an end; null when a group has n < 2.
 */
export function scoreGap(primaryRaw: TSummary | null, companionRaw: TSummary | null, scale: TScale, level = 0.95): TDifference | null {
  if (primaryRaw === null || companionRaw === null) return null;
  const gap = welchDifference(toScoreSummary(primaryRaw, scale), toScoreSummary(companionRaw, scale), level);
  return gap && { ...gap, low: Math.max(-100, gap.low), high: Math.min(100, gap.high) };
}
