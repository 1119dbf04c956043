import { describe, expect, it } from "vitest";
import { normalQuantile, normalUpperTail } from "./normal";
import { expectClose } from "./testing";

describe("standard normal", () => {
  // python3 -c 'import mpmath as mp; mp.mp.dps=40; p=mp.mpf(0.975); print(mp.nstr(mp.sqrt(2)*mp.erfinv(2*p-1), 17))'
  it.each([
    [0.975, 1.9599639845400539],
    [0.995, 2.5758293035489005],
    [0.9, 1.2815515655446006],
    [0.1, -1.2815515655446004],
    [0.5000001, 2.5066282733116483e-7],
    [0.6, 0.25334710313579974],
    [0.8, 0.84162123357291436],
    [0.3, -0.52440051270804082],
    [1e-10, -6.3613409024040562],
    [0.999999999999, 7.0344869100478352],
  ])("Φ⁻¹(%s) = %s", (p, z) => {
    expectClose(normalQuantile(p), z, 1e-14);
  });

  it("matches the printed percentage point z(0.975) = 1.959964 of normal tables", () => {
    expect(Number(normalQuantile(0.975).toFixed(6))).toBe(1.959964);
  });

  // python3 -c 'import mpmath as mp; mp.mp.dps=40; z=mp.mpf(1.96); print(mp.nstr(mp.erfc(z/mp.sqrt(2))/2, 17))'
  it.each([
    [0.1, 0.46017216272297102],
    [1, 0.15865525393145705],
    [1.96, 0.024997895148220436],
    [3, 0.0013498980316300945],
    [6, 9.8658764503769814e-10],
    [10, 7.6198530241605261e-24],
    [-2, 0.97724986805182079],
  ])("P(Z > %s) = %s", (z, tail) => {
    expectClose(normalUpperTail(z), tail, 1e-14);
  });

  it("refuses probabilities outside (0, 1)", () => {
    expect(() => normalQuantile(0)).toThrow(RangeError);
    expect(() => normalQuantile(1.5)).toThrow(RangeError);
    expect(normalQuantile(0.5)).toBe(0);
  });
});
