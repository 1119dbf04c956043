import { describe, expect, it } from "vitest";
import { expectClose } from "./testing";
import { topBox, wilsonInterval } from "./top-box";

describe("Wilson interval", () => {
  // Newcombe (1998), "Two-sided confidence intervals for the single proportion: comparison of seven
  // methods", Statistics in Medicine 17:857–872: its worked examples 81/263, 15/148, 0/20 and 1/29,
  // method 3 (score interval without continuity correction), printed to 4 decimals. Full precision from the formula in 40-digit arithmetic:
  //   python3 -c 'import mpmath as mp; mp.mp.dps=40; z=mp.sqrt(2)*mp.erfinv(mp.mpf("0.95")); x,n=81,263; p=mp.mpf(x)/n
  //   c=p+z*z/(2*n); h=z*mp.sqrt(p*(1-p)/n+z*z/(4*n*n)); s=1+z*z/n; print(mp.nstr((c-h)/s,17), mp.nstr((c+h)/s,17))'
  it.each([
    [81, 263, "0.2553", "0.3662", 0.25528851987827422, 0.36620957698280004],
    [15, 148, "0.0624", "0.1605", 0.062386399530736283, 0.16048724172330803],
    [0, 20, "0.0000", "0.1611", 0, 0.16112515805281938],
    [1, 29, "0.0061", "0.1718", 0.0061132142927626488, 0.17175521879320288],
  ])("%s/%s: %s–%s", (count, n, low4, high4, low, high) => {
    const ci = wilsonInterval(count, n);
    expect(ci.low.toFixed(4)).toBe(low4);
    expect(ci.high.toFixed(4)).toBe(high4);
    expectClose(ci.low, low, 1e-13);
    expectClose(ci.high, high, 1e-13);
  });

  it("ends exactly at 100% when every answer is top box", () => {
    const ci = wilsonInterval(29, 29);
    expect(ci.high).toBe(1);
    expectClose(ci.low, 0.88303020150025935, 1e-13);
  });

  it("refuses counts above n and an empty group", () => {
    expect(() => wilsonInterval(5, 4)).toThrow("cannot exceed");
    expect(() => wilsonInterval(0, 0)).toThrow("n ≥ 1");
  });
});

describe("top-box %", () => {
  const distribution = [
    { value: 1, count: 3 },
    { value: 2, count: 4 },
    { value: 3, count: 40 },
    { value: 4, count: 135 },
    { value: 5, count: 81 },
  ];

  it("is the share of the values the caller names, in percent, with its Wilson interval", () => {
    const share = topBox(distribution, [5])!;
    expect(share).toMatchObject({ n: 263, count: 81 });
    expectClose(share.estimate, (81 / 263) * 100, 1e-15);
    expectClose(share.ci.low, 25.528851987827422, 1e-13);
    expectClose(share.ci.high, 36.620957698280004, 1e-13);
  });

  it("counts several values (9 and 10 on a 0–10 item)", () => {
    const share = topBox(
      [
        { value: 10, count: 3 },
        { value: 9, count: 2 },
        { value: 4, count: 5 },
      ],
      [9, 10],
    )!;
    expect(share.estimate).toBe(50);
  });

  it("is missing for nobody and refuses an empty top box", () => {
    expect(topBox([], [5])).toBeNull();
    expect(topBox([{ value: 5, count: 0 }], [5])).toBeNull();
    expect(() => topBox(distribution, [])).toThrow("say which values");
  });
});
