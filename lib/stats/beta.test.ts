import { describe, expect, it } from "vitest";
import { regularizedIncompleteBeta } from "./beta";
import { expectClose } from "./testing";

// python3 -c 'import mpmath as mp; mp.mp.dps=40; print(mp.nstr(mp.betainc(2, 3, 0, 0.3, regularized=True), 17))'
describe("regularized incomplete beta function", () => {
  it.each([
    [0.3, 2, 3, 0.3483],
    [0.9, 0.5, 0.5, 0.79516723530086657],
    [0.001, 5, 0.5, 2.4619635502857138e-16],
    [0.999, 50, 0.5, 0.75236901996537668],
    [0.5, 200, 300, 0.99999645651973561],
    [0.2, 1, 1, 0.2],
  ])("I_%s(%s, %s) = %s", (x, a, b, value) => {
    expectClose(regularizedIncompleteBeta(x, a, b), value, 1e-13);
  });

  it("is 0 and 1 at the ends and refuses x outside [0, 1]", () => {
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
    expect(() => regularizedIncompleteBeta(1.2, 1, 1)).toThrow(RangeError);
    expect(() => regularizedIncompleteBeta(0.5, 0, 1)).toThrow(RangeError);
  });
});
