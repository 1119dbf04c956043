import { describe, expect, it } from "vitest";
import { summarizeCounts } from "./describe";
import { groupScore, scoreGap, toScore, toScoreSummary } from "./score";
import { expectClose } from "./testing";

const FIVE = { min: 1, max: 5 };
const counts = (distribution: Record<number, number>) => Object.entries(distribution).map(([value, count]) => ({ value: Number(value), count }));
// A 1–5 item: 28 patients and 30 family members.
const PATIENTS = counts({ 1: 2, 2: 3, 3: 5, 4: 10, 5: 8 });
const FAMILY = counts({ 1: 1, 2: 1, 3: 2, 4: 9, 5: 17 });

describe("score of an answer", () => {
  it("maps the scale onto 0–100", () => {
    expect(toScore(1, FIVE)).toBe(0);
    expect(toScore(4, FIVE)).toBe(75);
    expect(toScore(5, FIVE)).toBe(100);
    expect(toScore(7, { min: 0, max: 10 })).toBe(70);
    expect(toScore(1, { min: 0, max: 1 })).toBe(100);
  });

  it("refuses answers off the scale and scales without a range", () => {
    expect(() => toScore(6, FIVE)).toThrow("outside the scale");
    expect(() => toScore(3, { min: 5, max: 5 })).toThrow("max > min");
    expect(() => toScore(Number.NaN, FIVE)).toThrow("finite");
  });
});

describe("score of a group", () => {
  // python3 -c 'import numpy as np; from scipy import stats
  //   s = (np.repeat([1,2,3,4,5], [2,3,5,10,8]) - 1) / 4 * 100
  //   print(s.mean(), s.std(ddof=1), stats.t.interval(0.95, len(s)-1, loc=s.mean(), scale=stats.sem(s)))'
  it("is the mean score with a Student t interval", () => {
    const score = groupScore(summarizeCounts(PATIENTS), FIVE)!;
    expect(score.n).toBe(28);
    expectClose(score.estimate, 66.96428571428571);
    expectClose(score.sd!, 30.469756885411552);
    expectClose(score.ci!.low, 55.14934741192755);
    expectClose(score.ci!.high, 78.77922401664387);
  });

  // python3 -c 'import numpy as np; from scipy import stats
  //   s = (np.repeat([4,5], [1,9]) - 1) / 4 * 100; print(stats.t.interval(0.95, len(s)-1, loc=s.mean(), scale=stats.sem(s)))'
  it("cuts the t interval at 100 (or 0): no mean score lies beyond", () => {
    const score = groupScore(summarizeCounts(counts({ 4: 1, 5: 9 })), FIVE)!;
    expectClose(score.estimate, 97.5);
    expectClose(score.ci!.low, 91.84460709300448);
    expect(score.ci!.high).toBe(100); // t gives 103.155…
    expect(groupScore(summarizeCounts(counts({ 1: 9, 2: 1 })), FIVE)!.ci!.low).toBe(0);
  });

  // python3 -c 'from scipy import stats; print(stats.binomtest(19, 20).proportion_ci(0.95, method="wilson"))'
  it("is the share answering yes with Wilson's interval on a yes/no item", () => {
    const score = groupScore(summarizeCounts(counts({ 0: 1, 1: 19 })), { min: 0, max: 1 })!;
    expectClose(score.estimate, 95);
    expectClose(score.ci!.low, 76.3868806553258);
    expectClose(score.ci!.high, 99.11185511992047);
    expect(groupScore(summarizeCounts(counts({ 1: 12 })), { min: 0, max: 1 })!.ci).toEqual({ low: expect.closeTo(75.75, 2), high: 100 });
  });

  it("has a score but no interval for one answer, and nothing for none", () => {
    expect(groupScore({ n: 1, mean: 4, sd: null }, FIVE)).toEqual({ n: 1, estimate: 75, sd: null, ci: null });
    expect(groupScore(null, FIVE)).toBeNull();
    expect(groupScore({ n: 0, mean: 0, sd: null }, FIVE)).toBeNull();
  });

  it("transforms a raw summary linearly (SQL aggregates raw answers)", () => {
    expect(toScoreSummary({ n: 3, mean: 3, sd: 2 }, FIVE)).toEqual({ n: 3, mean: 50, sd: 50 });
    expect(() => toScoreSummary({ n: 3, mean: 7, sd: 1 }, FIVE)).toThrow("impossible");
  });
});

describe("gap between perspectives", () => {
  // Welch on two answers each: −685…585, cut to the gaps that can exist.
  it("cuts the interval to −100…100", () => {
    const gap = scoreGap(summarizeCounts(counts({ 5: 2 })), summarizeCounts(counts({ 1: 1, 5: 1 })), FIVE)!;
    expectClose(gap.estimate, -50);
    expect([gap.low, gap.high]).toEqual([-100, 100]);
  });

  // python3 -c 'import numpy as np; from scipy import stats
  //   a = (np.repeat([1,2,3,4,5], [2,3,5,10,8]) - 1) / 4 * 100; b = (np.repeat([1,2,3,4,5], [1,1,2,9,17]) - 1) / 4 * 100
  //   r = stats.ttest_ind(b, a, equal_var=False); print(b.mean() - a.mean(), r.df, r.confidence_interval(0.95))'
  it("is companion − primary in score points with a Welch interval", () => {
    const gap = scoreGap(summarizeCounts(PATIENTS), summarizeCounts(FAMILY), FIVE)!;
    expectClose(gap.estimate, 16.36904761904762);
    expectClose(gap.df, 52.20495521109864);
    expectClose(gap.low, 1.6586450344760948);
    expectClose(gap.high, 31.079450203619146);
  });

  it("is missing when a perspective has fewer than two answers", () => {
    expect(scoreGap(summarizeCounts(PATIENTS), { n: 1, mean: 5, sd: null }, FIVE)).toBeNull();
    expect(scoreGap(null, summarizeCounts(FAMILY), FIVE)).toBeNull();
  });
});
