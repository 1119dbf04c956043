import { describe, expect, it } from "vitest";
import { studentTCdf, studentTDensity, studentTQuantile, studentTUpperTail } from "./student-t";
import { expectClose } from "./testing";

// Reference quantiles: the root of ½·I_{ν/(ν+t²)}(ν/2, ½) = 1 − p in 40-digit arithmetic (mpmath 1.3.0;
// scipy 1.17.1 only supplies the starting point), printed to 17 significant digits:
//
//   python3 -c '
//   import mpmath as mp; from scipy import stats; mp.mp.dps = 40
//   def tq(p, nu):
//       p = mp.mpf(p)
//       if p < 0.5: return -tq(1 - p, nu)
//       nu = mp.mpf(nu); f = lambda t: mp.betainc(nu/2, mp.mpf(1)/2, 0, nu/(nu+t*t), regularized=True)/2 - (1 - p)
//       return mp.findroot(f, mp.mpf(stats.t.ppf(float(p), float(nu))))
//   print(mp.nstr(tq(0.975, 10), 17))'
//
// Note: the brief quoted t(0.975, 10) = 2.2281388519649385; the exact value is 2.2281388519862742…
// (scipy.stats.t.ppf agrees: 2.228138851986274), so that figure was off in its 11th digit.
const QUANTILES: [p: number, df: number, t: number][] = [
  [0.975, 1, 12.706204736174693],
  [0.975, 2, 4.3026527297494618],
  [0.975, 3, 3.1824463052837084],
  [0.975, 4, 2.7764451051977935],
  [0.975, 5, 2.5705818356363148],
  [0.975, 9, 2.262157162798205],
  [0.975, 10, 2.2281388519862742],
  [0.975, 19, 2.0930240544083093],
  [0.975, 29, 2.0452296421327039],
  [0.975, 30, 2.0422724563012379],
  [0.975, 99, 1.9842169515864171],
  [0.975, 999, 1.9623414611334496],
  [0.975, 9999, 1.9602012636213573],
  [0.975, 99999, 1.9599877077718444],
  [0.975, 17.776487, 2.1028171257099631], // a Welch–Satterthwaite ν (welch.test.ts)
  [0.975, 0.5, 164.55767348048824],
  [0.95, 7, 1.8945786050900068],
  [0.995, 24, 2.7969395047744559],
  [0.9995, 60, 3.4602004691963916],
  [0.999999, 3, 103.29946777942897],
  [0.999999999999, 8, 69.695236247668411],
  [0.6, 12, 0.259032745676887],
  [0.5000001, 40, 2.5223421188367755e-7],
  [0.025, 10, -2.2281388519862747],
];

describe("Student's t quantile", () => {
  it.each(QUANTILES)("t(%s, ν = %s) = %s to 1e-13", (p, df, t) => {
    expectClose(studentTQuantile(p, df), t, 1e-13);
  });

  it("matches the printed table to its three decimals (NIST/SEMATECH e-Handbook of Statistical Methods, §1.3.6.7.2, critical values of t)", () => {
    // Upper-tail areas 0.05, 0.025, 0.01, 0.005 for ν = 1, 10, 30, 100 (the same figures as Fisher & Yates, Table III).
    const table: [df: number, values: number[]][] = [
      [1, [6.314, 12.706, 31.821, 63.657]],
      [10, [1.812, 2.228, 2.764, 3.169]],
      [30, [1.697, 2.042, 2.457, 2.75]],
      [100, [1.66, 1.984, 2.364, 2.626]],
    ];
    const tails = [0.05, 0.025, 0.01, 0.005];
    for (const [df, values] of table) {
      values.forEach((value, i) => expect(Number(studentTQuantile(1 - tails[i]!, df).toFixed(3))).toBe(value));
    }
  });

  it("is exact where closed forms exist: Cauchy (ν = 1) and ν = 2", () => {
    expectClose(studentTQuantile(0.75, 1), 1, 1e-15); // tan(π/4)
    expectClose(studentTQuantile(0.9, 2), 0.8 / Math.sqrt(2 * 0.1 * 0.9), 1e-15);
  });

  it("stays accurate on a grid of p and ν, either side of the switch to the Cornish–Fisher expansion", () => {
    // Round trip through the upper tail, whose own accuracy is checked below; ν ≤ 2000 keeps the tail
    // itself at ~1e-14, so the roundtrip measures the quantile.
    for (const df of [0.7, 1.5, 2.5, 3, 6, 15, 45.3, 120, 640, 2000]) {
      for (const q of [0.4, 0.25, 0.1, 0.025, 1e-3, 1e-6, 1e-12]) {
        const p = 1 - q;
        const t = studentTQuantile(p, df);
        expectClose(studentTUpperTail(t, df), 1 - p, 1e-12); // 1 − p, not q: p was rounded
        expectClose(studentTQuantile(1 - p, df), -t, 1e-13);
      }
    }
  });

  it("approaches the normal quantile as ν grows, and equals it at ν = ∞", () => {
    expectClose(studentTQuantile(0.975, Number.POSITIVE_INFINITY), 1.9599639845400539, 1e-15);
    // t ≈ z + z(z² + 1)/(4ν) (Abramowitz & Stegun 26.7.5), the next term being O(ν⁻²).
    const z = 1.9599639845400539;
    expectClose(studentTQuantile(0.975, 1e12), z + (z * (z * z + 1)) / 4e12, 1e-15);
    expect(studentTQuantile(0.5, 7)).toBe(0);
  });

  it("refuses impossible arguments", () => {
    expect(() => studentTQuantile(0, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(1, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(Number.NaN, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(0.9, 0)).toThrow("degrees of freedom must be positive");
    expect(() => studentTQuantile(0.9, Number.NaN)).toThrow(RangeError);
  });
});

describe("Student's t distribution", () => {
  // python3 -c 'import mpmath as mp; mp.mp.dps=40; t,nu=mp.mpf(2),mp.mpf(10);
  //   print(mp.nstr(mp.betainc(nu/2,0.5,0,nu/(nu+t*t),regularized=True)/2, 17))'   (1 − that for t < 0)
  it.each([
    [2, 10, 0.036694017385370183],
    [0.5, 3, 0.3257239824240755],
    [1.5, 17.776, 0.075583107168464939],
    [5, 4, 0.0037452169406372623],
    [-1, 6, 0.82204115812520891],
    [2, 300, 0.023200760491574545],
  ])("P(T > %s | ν = %s) = %s", (t, df, tail) => {
    expectClose(studentTUpperTail(t, df), tail, 1e-13);
    expectClose(studentTCdf(t, df), 1 - tail, 1e-13);
  });

  it("has the density of the Cauchy distribution at ν = 1", () => {
    expectClose(studentTDensity(0, 1), 1 / Math.PI, 1e-14);
    expectClose(studentTDensity(2, 1), 1 / (5 * Math.PI), 1e-14);
  });
});
