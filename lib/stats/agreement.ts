// Agreement inside circles: two perspectives' answers to the same item, paired by circle, as a
// contingency table over the item's ordered categories (docs/statistics.md, "Paired agreement").
import { assertCount, assertFinite, assertLevel } from "./check";
import { meanInterval, summarizeCounts, type TInterval } from "./describe";

/**
 * counts[i][j] = number of circles where perspective A answered categories[i] and B answered
 * categories[j]. List every category of the scale (1…5, 0…10), used or not: AC1 depends on how many
 * categories there are, and a table of only the observed ones would misstate it.
 */
export type TContingencyTable = { categories: readonly number[]; counts: readonly (readonly number[])[] };
/** One row of `SELECT a.value, b.value, count(*) … GROUP BY 1, 2`. */
export type TPairCount = { a: number; b: number; count: number };
export type TKappaWeights = "unweighted" | "linear" | "quadratic" | readonly (readonly number[])[];

export type TAgreement = {
  /** Circles where both perspectives answered. */
  pairs: number;
  /** Mean of b − a in scale points, its SD and t interval (null for fewer than two pairs). */
  meanDifference: { estimate: number; sd: number | null; ci: TInterval | null };
  /** % of pairs with the same answer. */
  exactPct: number;
  /** % of pairs at most one scale point apart. */
  withinOnePct: number;
  /** Cohen's kappa: unweighted, linear (Cicchetti–Allison) and quadratic (Fleiss–Cohen) weights. */
  kappa: number | null;
  linearKappa: number | null;
  quadraticKappa: number | null;
  /** Gwet's AC1 for top box versus the rest (null when no top values were given). */
  topBoxAC1: number | null;
};

/** Builds the table from SQL rows; every a and b must be one of the categories. */
export function contingencyTable(categories: readonly number[], rows: readonly TPairCount[]): TContingencyTable {
  checkCategories(categories);
  const index = new Map(categories.map((value, i) => [value, i]));
  const counts = categories.map(() => categories.map(() => 0));
  for (const { a, b, count } of rows) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined) throw new RangeError(`the pair (${String(a)}, ${String(b)}) is not on the scale`);
    assertCount(count, `the count of (${a}, ${b})`);
    counts[i]![j]! += count;
  }
  return { categories, counts };
}

function checkCategories(categories: readonly number[]): void {
  if (categories.length < 2) throw new RangeError("a scale has at least two categories");
  for (let i = 0; i < categories.length; i++) {
    assertFinite(categories[i]!, "a category");
    if (i > 0 && !(categories[i]! > categories[i - 1]!)) throw new RangeError("categories must be listed in increasing order");
  }
}

function checkCounts(counts: readonly (readonly number[])[], size: number): number {
  if (counts.length !== size || counts.some((row) => row.length !== size)) {
    throw new RangeError(`the table must be ${size}×${size}`);
  }
  let n = 0;
  for (const row of counts) for (const cell of row) {
    assertCount(cell, "a cell of the table");
    n += cell;
  }
  if (!Number.isSafeInteger(n)) throw new RangeError("the table holds more pairs than can be counted exactly");
  return n;
}

function checkTable(table: TContingencyTable): number {
  checkCategories(table.categories);
  return checkCounts(table.counts, table.categories.length);
}

function margins(counts: readonly (readonly number[])[]): { rows: number[]; columns: number[] } {
  const rows = counts.map((row) => row.reduce((s, c) => s + c, 0));
  const columns = counts.map((_, j) => counts.reduce((s, row) => s + row[j]!, 0));
  return { rows, columns };
}

/** Disagreement weights v = 1 − w: 0 on the diagonal, growing with the distance between categories. */
function disagreement(categories: readonly number[], weights: TKappaWeights): number[][] {
  return categories.map((x, i) =>
    categories.map((y, j) => {
      if (weights === "unweighted") return i === j ? 0 : 1;
      // Distances in scale points. Weighted kappa does not change when all disagreement weights are
      // multiplied by one constant, so |x − y| is Cicchetti–Allison's 1 − |i − j|/(k − 1) and
      // (x − y)² Fleiss–Cohen's 1 − (i − j)²/(k − 1)² for equally spaced categories — and whole
      // numbers keep the sums below exact.
      if (weights === "linear") return Math.abs(x - y);
      if (weights === "quadratic") return (x - y) * (x - y);
      const w = weights[i]?.[j];
      if (w === undefined || !(w >= 0 && w <= 1)) throw new RangeError("agreement weights lie between 0 and 1");
      if (i === j && w !== 1) throw new RangeError("agreement weights are 1 on the diagonal");
      return 1 - w;
    }),
  );
}

/**
 * Cohen's kappa (1960), weighted (Cohen 1968) unless "unweighted":
 * κ = 1 − Σ vᵢⱼ pᵢⱼ / Σ vᵢⱼ pᵢ. p.ⱼ with disagreement weights v. Custom weights are agreement weights
 * w (1 on the diagonal), as printed in the literature.
 *
 * Null when no pair disagrees by chance: if both perspectives used one and the same category in every
 * circle (all pairs in one cell), the expected disagreement Σ vᵢⱼ pᵢ. p.ⱼ is 0 and κ is 0/0 — perfect
 * agreement that is also exactly what chance predicts, so kappa has nothing to say. Also null for an
 * empty table.
 */
export function cohenKappa(table: TContingencyTable, weights: TKappaWeights = "unweighted"): number | null {
  const n = checkTable(table);
  if (n === 0) return null;
  const v = disagreement(table.categories, weights);
  const { rows, columns } = margins(table.counts);
  // κ = (E − N·O)/E with O = Σ v nᵢⱼ and E = Σ v nᵢ. n.ⱼ: both whole numbers for integer categories,
  // so the result is rounded once.
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < rows.length; i++) {
    for (let j = 0; j < columns.length; j++) {
      observed += v[i]![j]! * table.counts[i]![j]!;
      expected += v[i]![j]! * rows[i]! * columns[j]!;
    }
  }
  if (expected === 0) return null;
  return (expected - n * observed) / expected;
}

/**
 * Gwet's AC1 (Gwet 2008, eq. 17–18) for two raters over q categories:
 * AC1 = (pₐ − pₑ)/(1 − pₑ), pₐ = Σ pₖₖ, pₑ = Σ πₖ(1 − πₖ)/(q − 1), πₖ = (pₖ. + p.ₖ)/2.
 * pₑ ≤ 1/q < 1, so AC1 exists for every non-empty table — including all pairs in one cell (AC1 = 1),
 * where kappa does not. Null for an empty table.
 */
export function gwetAC1(counts: readonly (readonly number[])[]): number | null {
  const q = counts.length;
  if (q < 2) throw new RangeError("AC1 needs at least two categories");
  const n = checkCounts(counts, q);
  if (n === 0) return null;
  const { rows, columns } = margins(counts);
  // In whole numbers: AC1 = (4N(q − 1)·D − S)/(4N²(q − 1) − S), D = Σ nₖₖ, S = Σ (nₖ. + n.ₖ)(2N − nₖ. − n.ₖ).
  let diagonal = 0;
  let s = 0;
  for (let k = 0; k < q; k++) {
    diagonal += counts[k]![k]!;
    const m = rows[k]! + columns[k]!;
    s += m * (2 * n - m);
  }
  return (4 * n * (q - 1) * diagonal - s) / (4 * n * n * (q - 1) - s);
}

/** Collapses the table to 2×2, top box first: [[top–top, top–other], [other–top, other–other]]. */
export function topBoxTable(table: TContingencyTable, topValues: readonly number[]): number[][] {
  checkTable(table);
  if (topValues.length === 0) throw new RangeError("say which values count as top box");
  const top = new Set(topValues);
  const result = [
    [0, 0],
    [0, 0],
  ];
  table.categories.forEach((x, i) =>
    table.categories.forEach((y, j) => {
      result[top.has(x) ? 0 : 1]![top.has(y) ? 0 : 1]! += table.counts[i]![j]!;
    }),
  );
  return result;
}

/**
 * Everything the report shows for one item and one pair of perspectives. Null when no circle has
 * both answers. `topValues` are the answers that count as top box for AC1; `tolerance` is the
 * "within one point" distance.
 */
export function pairedAgreement(
  table: TContingencyTable,
  options: { topValues?: readonly number[]; level?: number; tolerance?: number } = {},
): TAgreement | null {
  const n = checkTable(table);
  const { topValues, level = 0.95, tolerance = 1 } = options;
  assertLevel(level);
  if (!(tolerance >= 0)) throw new RangeError("the tolerance must be a non-negative number of scale points");
  if (topValues !== undefined && topValues.length === 0) throw new RangeError("say which values count as top box");
  if (n === 0) return null;
  const { categories, counts } = table;
  const differences: { value: number; count: number }[] = [];
  let exact = 0;
  let within = 0;
  categories.forEach((a, i) =>
    categories.forEach((b, j) => {
      const count = counts[i]![j]!;
      if (count === 0) return;
      differences.push({ value: b - a, count });
      if (i === j) exact += count;
      if (Math.abs(b - a) <= tolerance) within += count;
    }),
  );
  const summary = summarizeCounts(differences)!;
  return {
    pairs: n,
    meanDifference: { estimate: summary.mean, sd: summary.sd, ci: meanInterval(summary, level) },
    exactPct: (exact / n) * 100,
    withinOnePct: (within / n) * 100,
    kappa: cohenKappa(table, "unweighted"),
    linearKappa: cohenKappa(table, "linear"),
    quadraticKappa: cohenKappa(table, "quadratic"),
    topBoxAC1: topValues === undefined ? null : gwetAC1(topBoxTable(table, topValues)),
  };
}
