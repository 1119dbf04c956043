// A small seeded PRNG (mulberry32) so the demo data is the same on every first start.
// Not for anything secret: tokens and salts come from node:crypto.

export type Rng = {
  /** Uniform in [0, 1). */
  next: () => number;
  /** Integer in [min, max], both included. */
  int: (min: number, max: number) => number;
  pick: <T>(values: readonly T[]) => T;
  /** Picks with the given relative weights (need not sum to 1). */
  weighted: <T>(entries: readonly (readonly [T, number])[]) => T;
  chance: (p: number) => boolean;
  /** Normally distributed (Box–Muller). */
  normal: (mean?: number, sd?: number) => number;
  /** `count` distinct values in random order. */
  sample: <T>(values: readonly T[], count: number) => T[];
};

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));

  const pick = <T>(values: readonly T[]): T => {
    if (values.length === 0) throw new Error("pick from an empty array");
    return values[Math.floor(next() * values.length)] as T;
  };

  const weighted = <T>(entries: readonly (readonly [T, number])[]): T => {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let r = next() * total;
    for (const [value, w] of entries) {
      r -= w;
      if (r < 0) return value;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new Error("weighted pick from an empty array");
    return last[0];
  };

  const normal = (mean = 0, sd = 1) => {
    // 1 − next() is in (0, 1], so the logarithm is finite.
    const u = 1 - next();
    const v = next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };

  const sample = <T>(values: readonly T[], count: number): T[] => {
    const copy = [...values];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(0, i);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, Math.max(0, Math.min(count, copy.length)));
  };

  return { next, int, pick, weighted, chance: (p) => next() < p, normal, sample };
}
