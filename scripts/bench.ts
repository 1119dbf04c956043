// `npm run bench`: speed figures, one `name: value` line each. Needs PostgreSQL (BENCH_DATABASE_URL, else
// DATABASE_URL's server, else postgres://postgres@127.0.0.1:5432): a fresh database is made for the run.
//   baseline_js_gzip_kb / respondent_js_gzip_kb — JavaScript an empty page and the respondent page download;
//   answer_saves_per_s / answer_save_p50_ms / _p95_ms / _p99_ms — 50 simulated respondents saving answers
//     through the real tRPC endpoint of a production server (each acknowledged after its commit);
//   pgbench_inserts_per_s — pgbench, a comparable single-row upsert, 50 clients, same server, right after.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import postgres from "postgres";
import { connect } from "../db/connect";
import { migratePostgresServer } from "../db/migrate";
import { pageJsGzipKb } from "./bench/page-weight";
import { seedBenchWave } from "./bench/seed";

const PORT = Number(process.env.BENCH_PORT ?? 3900);
const CLIENTS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);

function serverUrl(): string {
  const base = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  return base;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

function print(name: string, value: number, digits = 1) {
  console.log(`${name}: ${value.toFixed(digits)}`);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function waitForHealth(url: string, server: ChildProcess) {
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not become healthy within a minute");
}

/** True when there is no production build, or a source file changed after it was made. */
function buildIsStale(): boolean {
  if (!fs.existsSync(".next/BUILD_ID")) return true;
  const built = fs.statSync(".next/BUILD_ID").mtimeMs;
  const newer = (dir: string): boolean =>
    fs.readdirSync(dir, { withFileTypes: true }).some((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? newer(full) : fs.statSync(full).mtimeMs > built;
    });
  return ["app", "components", "server", "lib", "db", "trpc"].some((dir) => fs.existsSync(dir) && newer(dir));
}

async function main() {
  if (buildIsStale() || process.env.BENCH_BUILD === "1") {
    console.error("bench: building the app…");
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
    if (build.status !== 0) throw new Error("next build failed");
  }

  const admin = postgres(serverUrl(), { max: 1, onnotice: () => {} });
  const name = `circles_bench_${Date.now()}`;
  await admin.unsafe(`create database ${name}`);
  const url = withDatabase(serverUrl(), name);
  let server: ChildProcess | undefined;
  try {
    await migratePostgresServer(url);
    const open = await connect({ kind: "postgres", url, max: 4 });
    const tokens = await seedBenchWave(open.db, CLIENTS);
    await open.close();

    server = spawn("npx", ["next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: url,
        CIRCLES_WORKER: "false",
        NEXTAUTH_SECRET: "bench-only-secret-0123456789abcdef0123456789",
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    });
    const base = `http://127.0.0.1:${PORT}`;
    await waitForHealth(`${base}/api/health`, server);

    const baseline = await pageJsGzipKb(`${base}/blank`);
    const respondent = await pageJsGzipKb(`${base}/r`, { name: "circles_respondent", value: tokens[0]!.token });
    print("baseline_js_gzip_kb", baseline);
    print("respondent_js_gzip_kb", respondent);
    print("respondent_js_vs_baseline", respondent / baseline, 3);

    const latencies = await saveLoad(base, tokens);
    const sorted = latencies.sort((a, b) => a - b);
    const savesPerSecond = latencies.length / SECONDS;
    print("answer_saves_per_s", savesPerSecond);
    print("answer_save_p50_ms", percentile(sorted, 50));
    print("answer_save_p95_ms", percentile(sorted, 95));
    print("answer_save_p99_ms", percentile(sorted, 99));

    process.kill(-server.pid!, "SIGTERM");
    server = undefined;
    const pgbench = runPgbench(url);
    print("pgbench_inserts_per_s", pgbench);
    print("answer_saves_vs_pgbench", savesPerSecond / pgbench, 3);
  } finally {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
    await new Promise((r) => setTimeout(r, 1000));
    await admin.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
    await admin.end();
  }
}

/** CLIENTS loops, each a respondent answering on its own link, for SECONDS; returns every save's latency. */
async function saveLoad(base: string, tokens: { token: string; itemKeys: string[] }[]): Promise<number[]> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + SECONDS * 1000;
  await Promise.all(
    tokens.map(async ({ token, itemKeys }, client) => {
      let seq = 1;
      const headers = { "content-type": "application/json", cookie: `circles_respondent=${token}` };
      while (performance.now() < deadline) {
        const itemKey = itemKeys[seq % itemKeys.length]!;
        const body = JSON.stringify({ json: { itemKey, value: 1 + ((seq + client) % 5), seq } });
        const started = performance.now();
        const res = await fetch(`${base}/api/trpc/response.saveAnswer`, { method: "POST", headers, body });
        await res.arrayBuffer();
        if (res.ok) latencies.push(performance.now() - started);
        else errors++;
        seq++;
      }
    }),
  );
  if (errors > 0) console.error(`bench: ${errors} saves failed`);
  return latencies;
}

/** pgbench: a single-row upsert of the same shape (respondent, item, value, sequence), CLIENTS clients. */
function runPgbench(url: string): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "circles-pgbench-"));
  const script = path.join(dir, "upsert.sql");
  fs.writeFileSync(
    script,
    [
      "\\set r random(1, 50000)",
      "\\set i random(1, 12)",
      "insert into bench_answers (respondent, item, value, seq) values (:r, :i, 3, 1)",
      "  on conflict (respondent, item) do update set value = excluded.value, seq = bench_answers.seq + 1;",
    ].join("\n"),
  );
  const psql = spawnSync("psql", [url, "-qc", "create table if not exists bench_answers (respondent int, item int, value int, seq bigint, primary key (respondent, item))"], {
    encoding: "utf8",
  });
  if (psql.status !== 0) throw new Error(`psql failed: ${psql.stderr}`);
  const run = spawnSync("pgbench", ["-n", "-c", String(CLIENTS), "-j", "2", "-T", String(SECONDS), "-f", script, url], { encoding: "utf8" });
  fs.rmSync(dir, { recursive: true, force: true });
  const tps = /tps = ([\d.]+)/.exec(run.stdout);
  if (run.status !== 0 || !tps) throw new Error(`pgbench failed: ${run.stderr || run.stdout}`);
  return Number(tps[1]);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
