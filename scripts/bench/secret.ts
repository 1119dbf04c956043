// Imported first by scripts/bench.ts, before anything reads the environment (lib/env.mjs): the bench
// seeds, builds and serves with one secret of its own unless NEXTAUTH_SECRET is set, so that
// `DATABASE_URL=… npm run bench` runs as the README says (the environment refuses DATABASE_URL alone).
export const BENCH_SECRET = "bench-only-secret-0123456789abcdef0123456789";
process.env.NEXTAUTH_SECRET ??= BENCH_SECRET;
