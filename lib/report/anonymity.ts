// The anonymity rules of reports (DESIGN.md, "Anonymity"), as pure functions over counts that SQL
// produced. A group — one perspective's answers to one item, under the current filters — is shown
// only when:
//   1. it has at least k answers (k is the wave's threshold; 10 for free-text comments), and
//   2. for every filter in use, the group's value of that filter is not hidden by the
//      complementary-suppression plan of that filter's dimension (computed with the other filters
//      applied): every value with fewer than k answers is hidden, and while the hidden values add up
//      to fewer than k (but more than none), the next-smallest value is hidden too. So the hidden
//      part of a dimension can never be recovered by subtracting the visible values from the
//      visible total (the view without that filter), nor any single hidden value from the others.
// A filter value no one chose (no circle in it) has no answers and hides nothing.

/** The key a missing dimension value (a circle without a unit, say) is counted under. */
export const NONE = "\u0000none";

export type TDimensionCounts = ReadonlyMap<string, number>;

/**
 * The values of one dimension that must be hidden: those with 0 < n < k, then the next-smallest
 * non-empty values until the hidden ones add up to k or more. Ties break by value, so the plan is
 * the same on every request.
 */
export function hiddenValues(counts: TDimensionCounts, k: number): Set<string> {
  const nonEmpty = [...counts.entries()]
    .filter(([, n]) => n > 0)
    .sort(([a, na], [b, nb]) => na - nb || (a < b ? -1 : a > b ? 1 : 0));
  const hidden = new Set<string>();
  let hiddenTotal = 0;
  for (const [value, n] of nonEmpty) {
    if (n < k) {
      hidden.add(value);
      hiddenTotal += n;
    }
  }
  for (const [value, n] of nonEmpty) {
    if (hiddenTotal === 0 || hiddenTotal >= k) break;
    if (hidden.has(value)) continue;
    hidden.add(value);
    hiddenTotal += n;
  }
  return hidden;
}

export type TFilterCheck = {
  /** The value the filter selects (NONE for "not set"). */
  value: string;
  /** The group's answer counts for every value of that filter's dimension, the other filters applied. */
  counts: TDimensionCounts;
};

/** Whether a group of `n` answers may be shown under the filters in use. */
export function isGroupShown(n: number, k: number, filters: readonly TFilterCheck[]): boolean {
  if (n < k) return false;
  return filters.every((f) => !hiddenValues(f.counts, k).has(f.value));
}

export type TWithheld = "noAnswers" | "fewerThanK" | "protectsSmallGroup";

/** Why a group is withheld, or null when it may be shown. */
export function withheldReason(n: number, k: number, filters: readonly TFilterCheck[]): TWithheld | null {
  if (n === 0) return "noAnswers";
  if (n < k) return "fewerThanK";
  return isGroupShown(n, k, filters) ? null : "protectsSmallGroup";
}
