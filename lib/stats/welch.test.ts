import { describe, expect, it } from "vitest";
import { summarizeCounts } from "./describe";
import { expectClose, SLEEP_DRUG_1, SLEEP_DRUG_2 } from "./testing";
import { welchDifference } from "./welch";

const summary = (values: number[]) => summarizeCounts(values.map((value) => ({ value, count: 1 })))!;

describe("Welch difference of means", () => {
  // Student's (1908) sleep data, drug 2 − drug 1, as two independent groups. R's
  // `t.test(extra ~ group, data = sleep)` (Welch by default) prints t = −1.8608, df = 17.776 and the
  // 95% interval −3.3654832 … 0.2054832 for group 1 − group 2.
  // Full precision: python3 -c 'import numpy as np; from scipy import stats
  //   a = np.array([0.7,-1.6,-0.2,-1.2,-0.1,3.4,3.7,0.8,0.0,2.0]); b = np.array([1.9,0.8,1.1,0.1,-0.1,4.4,5.5,1.6,4.6,3.4])
  //   r = stats.ttest_ind(b, a, equal_var=False); print(r.df, r.confidence_interval(0.95), r.confidence_interval(0.90))'
  it("reproduces the sleep example", () => {
    const d = welchDifference(summary(SLEEP_DRUG_1), summary(SLEEP_DRUG_2))!;
    expectClose(d.estimate, 1.58, 1e-12);
    expect(d.df.toFixed(3)).toBe("17.776");
    expect(d.low.toFixed(7)).toBe("-0.2054832");
    expect(d.high.toFixed(7)).toBe("3.3654832");
    expect((d.estimate / d.se).toFixed(4)).toBe("1.8608");
    expectClose(d.df, 17.776473516178488);
    expectClose(d.low, -0.20548323071171137);
    expectClose(d.high, 3.3654832307117104);
    const d90 = welchDifference(summary(SLEEP_DRUG_1), summary(SLEEP_DRUG_2), 0.9)!;
    expectClose(d90.low, 0.10661850266839235);
    expectClose(d90.high, 3.053381497331606);
  });

  it("computes Welch–Satterthwaite from the summaries as written in docs/statistics.md", () => {
    // Hand-checkable: n₁ = 5, s₁ = 2 (v₁ = 0.8); n₂ = 10, s₂ = 4 (v₂ = 1.6).
    // ν = 2.4² / (0.8²/4 + 1.6²/9) = 5.76 / (0.16 + 0.284444…) = 12.96
    const d = welchDifference({ n: 5, mean: 10, sd: 2 }, { n: 10, mean: 13, sd: 4 })!;
    expectClose(d.df, 12.96, 1e-14);
    expectClose(d.se, Math.sqrt(2.4), 1e-15);
    expect(d.estimate).toBe(3);
  });

  it("needs two answers on each side", () => {
    expect(welchDifference({ n: 1, mean: 3, sd: null }, { n: 10, mean: 4, sd: 1 })).toBeNull();
    expect(welchDifference({ n: 10, mean: 3, sd: 1 }, { n: 0, mean: 0, sd: null })).toBeNull();
  });

  it("collapses to the point when neither group varies", () => {
    expect(welchDifference({ n: 4, mean: 3, sd: 0 }, { n: 6, mean: 5, sd: 0 })).toEqual({ estimate: 2, se: 0, df: 8, low: 2, high: 2 });
    // One group without spread: ν is the other group's n − 1.
    expectClose(welchDifference({ n: 4, mean: 3, sd: 0 }, { n: 6, mean: 5, sd: 1 })!.df, 5, 1e-15);
  });

  it("refuses impossible summaries", () => {
    expect(() => welchDifference({ n: 4, mean: 3, sd: null }, { n: 6, mean: 5, sd: 1 })).toThrow("no standard deviation");
    expect(() => welchDifference({ n: 4, mean: 3, sd: 1 }, { n: 6, mean: Number.NaN, sd: 1 })).toThrow("finite");
  });
});
