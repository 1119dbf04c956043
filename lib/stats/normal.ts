// The standard normal distribution: upper tail and quantile, relative error about 1e-15 (the tail's
// grows like z²·ε far out, 1e-13 at z = 37) — for the NPS and Wilson intervals and Student's t.

const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
const INV_SQRT_PI = 1 / Math.sqrt(Math.PI);
const INV_SQRT_TWO_PI = 1 / Math.sqrt(2 * Math.PI);
const EPSILON = 1e-16;
const TINY = 1e-300;

/**
 * erfc(x) for x ≥ 0. Below x² = 1.5 by the series erf x = (2/√π) x e^(−x²) Σ (2x²)ⁿ / (1·3·…·(2n+1))
 * (Abramowitz & Stegun 7.1.6; all terms positive, and erfc ≥ 0.08 there, so 1 − erf loses little);
 * above it by the continued fraction of the upper incomplete gamma function Q(½, x²) = erfc x
 * (A&S 6.5.17 and 6.5.31, modified Lentz), which keeps relative accuracy far into the tail.
 */
function erfcNonNegative(x: number): number {
  const x2 = x * x;
  if (x2 < 1.5) return 1 - erfSeries(x);
  if (x2 > 750) return 0; // e^(−x²) underflows
  const a = 0.5;
  let b = x2 + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 500; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) <= EPSILON) break;
  }
  return Math.exp(-x2) * x * INV_SQRT_PI * h; // e^(−x²) x^(2a) / Γ(½) · CF, with x^(2a) = x
}

/** erf x for 0 ≤ x² < 1.5, by the series of positive terms (A&S 7.1.6). */
function erfSeries(x: number): number {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 200; n++) {
    term *= (2 * x2) / (2 * n + 1);
    sum += term;
    if (term < EPSILON * sum) break;
  }
  return TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
}

/** P(Z > z) for a standard normal Z. */
export function normalUpperTail(z: number): number {
  if (Number.isNaN(z)) throw new RangeError("normalUpperTail needs a number");
  if (z >= 0) return 0.5 * erfcNonNegative(z / Math.SQRT2);
  return 1 - 0.5 * erfcNonNegative(-z / Math.SQRT2);
}

/** The standard normal density φ(z). */
export function normalDensity(z: number): number {
  return INV_SQRT_TWO_PI * Math.exp(-0.5 * z * z);
}

/**
 * z ≥ 0 with P(−z < Z < z) = c, for 0 < c ≤ ½: near the median the tail P(Z > z) ≈ ½ has lost the
 * digits of z, so Newton's method solves erf(z/√2) = c = 2p − 1 instead (exact in floating point).
 */
function centralQuantile(c: number): number {
  let z = c * Math.sqrt(Math.PI / 2); // erf⁻¹ starts out linear
  for (let i = 0; i < 50; i++) {
    const step = (erfSeries(z / Math.SQRT2) - c) / (2 * normalDensity(z));
    z -= step;
    if (Math.abs(step) <= 1e-16 * z) break;
  }
  return z;
}

/** z with P(Z > z) = q, for 0 < q ≤ ¼. */
function upperQuantile(q: number): number {
  // Starting value: Abramowitz & Stegun 26.2.23 (|error| < 4.5e-4), then Newton's method on the
  // accurate tail, which doubles the correct digits each step.
  const t = Math.sqrt(-2 * Math.log(q));
  let z = t - (2.515517 + t * (0.802853 + t * 0.010328)) / (1 + t * (1.432788 + t * (0.189269 + t * 0.001308)));
  for (let i = 0; i < 50; i++) {
    const step = (normalUpperTail(z) - q) / normalDensity(z);
    z += step;
    if (Math.abs(step) <= 1e-15 * Math.max(1, Math.abs(z))) break;
  }
  return z;
}

/** Lower half: 1 − p is not exact for p < ½, so work from p itself. */
function reflectLower(p: number): number {
  return p >= 0.25 ? -centralQuantile(1 - 2 * p) : -upperQuantile(p);
}

/** The standard normal quantile Φ⁻¹(p), 0 < p < 1: normalQuantile(0.975) = 1.959963984540054. */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`a probability strictly between 0 and 1 is needed, got ${String(p)}`);
  if (p === 0.5) return 0;
  // 1 − p and 2p − 1 are exact for p ≥ ½, and 1 − 2p for ¼ ≤ p < ½ (Sterbenz): nothing is lost.
  if (p < 0.5) return reflectLower(p);
  return p <= 0.75 ? centralQuantile(2 * p - 1) : upperQuantile(1 - p);
}
