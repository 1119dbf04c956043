import { describe, expect, it } from "vitest";
import { meanInterval, summarizeCounts, summarizeSums } from "./describe";
import { expectClose, SLEEP_DRUG_1 } from "./testing";

const ones = (values: number[]) => values.map((value) => ({ value, count: 1 }));

describe("summaries from SQL aggregates", () => {
  it("combine count, sum and sum of squares exactly when they are whole numbers", () => {
    // 1, 2, 2, 3, 5: mean 2.6, s² = (5·43 − 13²)/(5·4) = 2.3
    expect(summarizeSums({ n: 5, sum: 13, sumSquares: 43 })).toEqual({ n: 5, mean: 2.6, sd: Math.sqrt(2.3) });
  });

  it("do not cancel where the textbook formula does (Chan, Golub & LeVeque 1983)", () => {
    // 1000 answers 2,800,000 + (7919·i mod 13): exact sample variance 14.002977977977977… (Python
    // fractions: Fraction(n*q - s*s, n*(n-1))). In doubles (Σv² − (Σv)²/n)/(n − 1) gives 14.003003…,
    // wrong in the 6th digit; the BigInt path and the two-pass path are right to the last digit.
    const values = Array.from({ length: 1000 }, (_, i) => 2_800_000 + ((i * 7919) % 13));
    const sum = values.reduce((s, v) => s + v, 0);
    const sumSquares = values.reduce((s, v) => s + v * v, 0);
    expect(Math.abs((sumSquares - (sum * sum) / 1000) / 999 - 14.002977977977977)).toBeGreaterThan(1e-5);
    expectClose(summarizeSums({ n: 1000, sum, sumSquares })!.sd! ** 2, 14.002977977977977, 1e-15);
    const distribution = new Map<number, number>();
    for (const v of values) distribution.set(v, (distribution.get(v) ?? 0) + 1);
    const fromCounts = summarizeCounts([...distribution].map(([value, count]) => ({ value, count })))!;
    expectClose(fromCounts.sd! ** 2, 14.002977977977977, 1e-12);
    expect(fromCounts.mean).toBe(sum / 1000);
  });

  it("take an answer distribution (value, count) as SQL's GROUP BY returns it", () => {
    const s = summarizeCounts([
      { value: 1, count: 2 },
      { value: 4, count: 3 },
      { value: 5, count: 0 },
    ])!;
    expect(s.n).toBe(5);
    expectClose(s.mean, 14 / 5, 1e-15);
    expectClose(s.sd!, Math.sqrt((2 * (1 - 2.8) ** 2 + 3 * (4 - 2.8) ** 2) / 4), 1e-15);
  });

  it("have no summary for nobody and no SD for one answer", () => {
    expect(summarizeSums({ n: 0, sum: 0, sumSquares: 0 })).toBeNull();
    expect(summarizeCounts([])).toBeNull();
    expect(summarizeSums({ n: 1, sum: 4, sumSquares: 16 })).toEqual({ n: 1, mean: 4, sd: null });
    expect(summarizeCounts([{ value: 4, count: 1 }])).toEqual({ n: 1, mean: 4, sd: null });
  });

  it("refuse aggregates no data can produce", () => {
    expect(() => summarizeSums({ n: 3, sum: 6, sumSquares: 11 })).toThrow("smaller than the sum allows");
    expect(() => summarizeSums({ n: 3, sum: 6.5, sumSquares: 10 })).toThrow("smaller than the sum allows");
    expect(() => summarizeSums({ n: -1, sum: 0, sumSquares: 0 })).toThrow("non-negative whole number");
    expect(() => summarizeSums({ n: 2.5, sum: 0, sumSquares: 0 })).toThrow("non-negative whole number");
    expect(() => summarizeSums({ n: 0, sum: 3, sumSquares: 9 })).toThrow("empty group");
    expect(() => summarizeCounts([{ value: Number.NaN, count: 1 }])).toThrow("finite");
    expect(() => summarizeCounts([{ value: 1, count: -2 }])).toThrow("non-negative whole number");
  });
});

describe("confidence interval of a mean", () => {
  // python3 -c 'import numpy as np; from scipy import stats; x=np.array([0.7,-1.6,-0.2,-1.2,-0.1,3.4,3.7,0.8,0.0,2.0]);
  //   print(stats.t.interval(0.95, df=9, loc=x.mean(), scale=stats.sem(x)))'
  // (R: t.test(sleep$extra[sleep$group == 1]) prints −0.5297804 2.0297804.)
  it("uses Student's t with n − 1 degrees of freedom", () => {
    const s = summarizeCounts(ones(SLEEP_DRUG_1))!;
    const ci = meanInterval(s)!;
    expectClose(ci.low, -0.5297804135262318);
    expectClose(ci.high, 2.0297804135262316);
    const ci90 = meanInterval(s, 0.9)!;
    expectClose(ci90.low, -0.2870552787292595);
    expectClose(ci90.high, 1.7870552787292593);
  });

  it("has no interval below two answers", () => {
    expect(meanInterval({ n: 1, mean: 3, sd: null })).toBeNull();
    expect(meanInterval({ n: 0, mean: 0, sd: null })).toBeNull();
  });

  it("refuses a summary with n ≥ 2 but no SD, and impossible levels", () => {
    expect(() => meanInterval({ n: 4, mean: 3, sd: null })).toThrow("no standard deviation");
    expect(() => meanInterval({ n: 4, mean: 3, sd: -1 })).toThrow("negative");
    expect(() => meanInterval({ n: 4, mean: 3, sd: 1 }, 1)).toThrow("confidence level");
  });
});
