import { describe, expect, it } from "vitest";
import { nps, npsOf } from "./nps";
import { expectClose } from "./testing";

describe("Net Promoter Score", () => {
  // 100 answers: 55 promoters (9–10), 25 passives, 20 detractors → NPS 35.
  const distribution = [
    { value: 10, count: 30 },
    { value: 9, count: 25 },
    { value: 8, count: 15 },
    { value: 7, count: 10 },
    { value: 6, count: 8 },
    { value: 5, count: 5 },
    { value: 3, count: 4 },
    { value: 0, count: 3 },
  ];

  // Independently: score every answer +100 / 0 / −100; NPS is their mean and its standard error the
  // population SD over √n, without the variance formula used in nps.ts:
  //   python3 -c 'import numpy as np; from scipy import stats
  //   x = np.repeat([100, 0, -100], [55, 25, 20]); se = np.sqrt(np.var(x) / len(x)); z = stats.norm.ppf(0.975)
  //   print(x.mean(), se, x.mean() - z*se, x.mean() + z*se)'
  it("is % promoters − % detractors with a Wald interval from the multinomial variance", () => {
    const result = nps(distribution)!;
    expect(result).toMatchObject({ n: 100, promoters: 55, passives: 25, detractors: 20 });
    expectClose(result.estimate, 35, 1e-15);
    expectClose(result.se, 7.92148975887743);
    expectClose(result.ci!.low, 19.474165368697363);
    expectClose(result.ci!.high, 50.52583463130264);
  });

  it("equals the formula [P + D − (P − D)²]/n by hand", () => {
    // P = 0.55, D = 0.2: (0.75 − 0.1225)/100 = 0.006275 → se = 100·√0.006275
    expectClose(npsOf({ promoters: 55, passives: 25, detractors: 20 })!.se, 100 * Math.sqrt(0.006275), 1e-14);
  });

  it("keeps the interval inside −100…100 and has none for one answer", () => {
    const two = npsOf({ promoters: 1, passives: 1, detractors: 0 })!;
    expect(two.estimate).toBe(50);
    expect(two.ci!.high).toBe(100);
    expect(npsOf({ promoters: 1, passives: 0, detractors: 0 })!.ci).toBeNull();
    expect(npsOf({ promoters: 4, passives: 0, detractors: 0 })!.ci).toEqual({ low: 100, high: 100 });
    expect(nps([])).toBeNull();
  });

  it("refuses answers that are not 0–10", () => {
    expect(() => nps([{ value: 11, count: 1 }])).toThrow("0–10");
    expect(() => nps([{ value: 7.5, count: 1 }])).toThrow("0–10");
    expect(() => npsOf({ promoters: -1, passives: 0, detractors: 0 })).toThrow("non-negative whole number");
  });
});
