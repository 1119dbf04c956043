import { describe, expect, it } from "vitest";
import { logBeta, logGamma } from "./gamma";

// python3 -c 'import mpmath as mp; mp.mp.dps=40; print(mp.nstr(mp.loggamma(3.7), 17), mp.nstr(mp.log(mp.beta(3, 4.5)), 17))'
describe("log gamma and log beta", () => {
  it.each([
    [0.5, 0.57236494292470009],
    [1.5, -0.12078223763524522],
    [3.7, 1.4280723266653881],
    [10, 12.80182748008147],
    [12.5, 18.734347511936446],
    [100.25, 360.28455963776423],
    [1e6, 12815504.569147612],
  ])("ln Γ(%s) = %s", (x, value) => {
    // Absolute error: these logarithms are exponents (e^(−ln B) in the incomplete beta function), so
    // an absolute error δ is a relative error δ of the result. Below 10 the recurrence from ln Γ(x + k)
    // leaves a few units of 1e-15.
    expect(Math.abs(logGamma(x) - value)).toBeLessThanOrEqual(5e-15 * Math.max(1, Math.abs(value)));
  });

  it("ln Γ(1) = ln Γ(2) = 0 up to rounding", () => {
    expect(Math.abs(logGamma(1))).toBeLessThan(5e-15);
    expect(Math.abs(logGamma(2))).toBeLessThan(5e-15);
  });

  it.each([
    [0.5, 0.5, 1.1447298858494002],
    [3, 4.5, -4.3874804853563454],
    [49999.5, 0.5, -4.8375166992304411],
    [20, 30, -33.968820791977383],
    [1e6, 2.5, -34.254095399436516],
    [12, 0.5, -0.65967472313785978],
  ])("ln B(%s, %s) = %s", (a, b, value) => {
    expect(Math.abs(logBeta(a, b) - value)).toBeLessThanOrEqual(5e-15 * Math.max(1, Math.abs(value)));
  });

  it("refuses arguments outside the domain", () => {
    expect(() => logGamma(0)).toThrow(RangeError);
    expect(() => logBeta(-1, 2)).toThrow(RangeError);
  });
});
