// The regularized incomplete beta function I_x(a, b), from which Student's t distribution is computed.
import { logBeta } from "./gamma";

const EPSILON = 1e-16;
const TINY = 1e-300;

/**
 * Continued fraction for I_x(a, b) (Abramowitz & Stegun 26.5.8), evaluated by the modified Lentz
 * method (Press et al., Numerical Recipes, 3rd ed., §6.4). Converges quickly for x < (a + 1)/(a + b + 2);
 * the number of terms grows like √max(a, b), so the limit is generous.
 */
function continuedFraction(a: number, b: number, x: number): number {
  const maxTerms = 1000 + 20 * Math.ceil(Math.sqrt(Math.max(a, b)));
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= maxTerms; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) <= EPSILON) return h;
  }
  throw new Error(`incomplete beta: continued fraction did not converge (a=${a}, b=${b}, x=${x})`);
}

/**
 * I_x(a, b) for a, b > 0 and 0 ≤ x ≤ 1. Pass y = 1 − x as well when it can be computed without
 * cancellation (for Student's t, x = ν/(ν + t²) and y = t²/(ν + t²)): tails keep their relative accuracy.
 */
export function regularizedIncompleteBeta(x: number, a: number, b: number, y: number = 1 - x): number {
  if (!(a > 0 && b > 0)) throw new RangeError(`incomplete beta needs a, b > 0, got ${String(a)}, ${String(b)}`);
  if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) throw new RangeError(`incomplete beta needs 0 ≤ x ≤ 1, got ${String(x)}`);
  if (x === 0) return 0;
  if (y === 0) return 1;
  const logX = x < 0.5 ? Math.log(x) : Math.log1p(-y);
  const logY = y < 0.5 ? Math.log(y) : Math.log1p(-x);
  // x^a (1 − x)^b / B(a, b), the factor in front of both continued fractions.
  const front = Math.exp(a * logX + b * logY - logBeta(a, b));
  if (x < (a + 1) / (a + b + 2)) return (front * continuedFraction(a, b, x)) / a;
  return 1 - (front * continuedFraction(b, a, y)) / b;
}
