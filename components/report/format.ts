// How report figures read on screen and on paper: scores, intervals, shares, gaps, and why a cell is withheld.
import type { TWithheld } from "@/lib/report/anonymity";

const MINUS = "\u2212";

function signed(value: number, digits: number): string {
  const rounded = Number(value.toFixed(digits));
  if (rounded === 0) return (0).toFixed(digits);
  return rounded > 0 ? `+${rounded.toFixed(digits)}` : `${MINUS}${Math.abs(rounded).toFixed(digits)}`;
}

function plain(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return text.startsWith("-") ? `${MINUS}${text.slice(1)}` : text;
}

/** A 0–100 score with one decimal: `82.4`. */
export function formatScore(value: number): string {
  return plain(value, 1);
}

/** `78.1–86.7`, or `−3.2 to 8.1` when a bound is negative (a dash would read as a minus). */
export function formatInterval(low: number | null, high: number | null, digits = 1, sign = false): string | null {
  if (low === null || high === null) return null;
  const f = (v: number) => (sign ? signed(v, digits) : plain(v, digits));
  return low < 0 || sign ? `${f(low)} to ${f(high)}` : `${f(low)}–${f(high)}`;
}

/** A share 0–1 as a whole percentage: `62%`. */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A signed difference in points: `+12.3`, `−4.0`. */
export function formatSigned(value: number, digits = 1): string {
  return signed(value, digits);
}

/** A statistic between −1 and 1 (kappa, AC1) with two decimals. */
export function formatCoefficient(value: number): string {
  return plain(value, 2);
}

/** Why a group's figures are not shown, in plain words; never a zero, never a blank. */
export function withheldText(reason: TWithheld, k: number, unit = "people"): string {
  switch (reason) {
    case "fewerThanK":
      return `fewer than ${k}`;
    case "protectsSmallGroup":
      return "hidden to protect a smaller group";
    case "noAnswers":
      return `no ${unit} yet`;
  }
}

/** A longer explanation of the same, for a title or a note. */
export function withheldExplanation(reason: TWithheld, k: number, unit = "people"): string {
  switch (reason) {
    case "fewerThanK":
      return `Fewer than ${k} ${unit} in this group: its figures are not shown, so no one can be recognised.`;
    case "protectsSmallGroup":
      return "Shown, this group would let a smaller one be worked out by subtracting one figure from another, so it is hidden too.";
    case "noAnswers":
      return `No ${unit} in this group yet.`;
  }
}
