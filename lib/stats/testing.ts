// Shared by the statistics tests: comparison to a relative tolerance, and a classic data set.
import { expect } from "vitest";

/** |actual − expected| ≤ tolerance·|expected| (absolute when expected is 0). */
export function expectClose(actual: number | null | undefined, expected: number, tolerance = 1e-9): void {
  expect(actual, `expected a number close to ${expected}`).toBeTypeOf("number");
  const error = Math.abs((actual as number) - expected);
  const allowed = tolerance * (expected === 0 ? 1 : Math.abs(expected));
  expect(error, `${String(actual)} differs from ${expected} by ${error.toExponential(2)} (allowed ${allowed.toExponential(2)})`).toBeLessThanOrEqual(allowed);
}

// Student (1908), "The probable error of a mean", Biometrika 6:1–25: extra hours of sleep of ten
// patients under two drugs (Cushny & Peebles' data; R's `sleep` data set). Patient i is the same
// person in both lists.
export const SLEEP_DRUG_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
export const SLEEP_DRUG_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
