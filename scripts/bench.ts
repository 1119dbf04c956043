// `npm run bench`: speed figures, one `name: value` line each. Needs PostgreSQL (BENCH_DATABASE_URL, else
// DATABASE_URL's server, else postgres://postgres@127.0.0.1:5432): a fresh database is made for the run.
//   baseline_js_gzip_kb / respondent_js_gzip_kb — JavaScript an empty page and the respondent page download;
//   respondent_lighthouse_performance / _accessibility — Lighthouse's mobile scores of a respondent's link;
//   answer_saves_per_s / answer_save_p50_ms / _p95_ms / _p99_ms — 50 simulated respondents saving answers
//     through the real tRPC endpoint of the production server (each acknowledged after its commit);
//   answer_save_server_cpu_ms — the server's CPU time per save;
//   pgbench_inserts_per_s — pgbench, a comparable single-row upsert, 50 clients, same server, right after;
//   answer_saves_100_* / pgbench_100_* — the same with 100 respondents and 100 pgbench clients (the
//     budget of ../shared/DESIGN.md: p95 under 50 ms, at least half of pgbench);
//   report_cube_build_ms / report_ms_p50 / report_ms_p95 — the wave report of a 100,000-circle wave
//     (seed:large), first cold (its report cube is built), then warm with and without filters.
// README.md ("Performance") lists the variables that help while working on a figure.
import "./bench/secret";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import postgres from "postgres";
import { connect } from "../db/connect";
import { migratePostgresServer } from "../db/migrate";
import { lighthouseScores } from "./bench/lighthouse";
import { KeepAliveConnection } from "./bench/http-client";
import { benchReport } from "./bench/report";
import { pageJsGzipKb } from "./bench/page-weight";
import { seedBenchWave } from "./bench/seed";

const PORT = Number(process.env.BENCH_PORT ?? 3900);
/** Respondents saving at once: the issue's figures (#5) with 50, DESIGN.md's budget with 100. */
const CLIENTS = 50;
const MORE_CLIENTS = 100;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const WARMUP_SECONDS = 2;

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
  if (["next.config.mjs", "package.json"].some((file) => fs.statSync(file).mtimeMs > built)) return true;
  return ["app", "components", "server", "lib", "db", "trpc", "messages", "public"].some((dir) => fs.existsSync(dir) && newer(dir));
}

async function main() {
  if (buildIsStale() || process.env.BENCH_BUILD === "1") {
    console.error("bench: building the app…");
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
    if (build.status !== 0) throw new Error("next build failed");
  }

  const admin = postgres(serverUrl(), { max: 1, onnotice: () => {} });
  // Its own database, named so that benches started together (by other people too) never share one.
  const name = `circles_bench_${Date.now()}_${process.pid}`;
  await admin.unsafe(`create database ${name}`);
  const url = withDatabase(serverUrl(), name);
  let server: ChildProcess | undefined;
  try {
    await migratePostgresServer(url);
    const open = await connect({ kind: "postgres", url, max: 4 });
    // Two more respondents than savers: one for the page weight, one whose link Lighthouse opens.
    const { surveyName, respondents } = await seedBenchWave(open.db, MORE_CLIENTS + 2);
    const [weighed, audited, ...tokens] = respondents;
    await open.close();

    // What `npm start` runs: Next.js for pages, the tRPC handler directly for /api/trpc.
    // BENCH_PROFILE=<dir>: a CPU profile of the server (.cpuprofile, for Chrome's DevTools) written there.
    const profile = process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_PROFILE)}`] : [];
    server = spawn(process.execPath, [...profile, "--import", "tsx", "scripts/server.ts", "--port", String(PORT), "--hostname", "127.0.0.1"], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        // The default pool unless BENCH_POOL says otherwise (saves arriving together share statements, so
        // a few connections carry 50 respondents).
        DATABASE_URL: process.env.BENCH_POOL ? `${url}?max=${process.env.BENCH_POOL}` : url,
        CIRCLES_WORKER: "false",
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    });
    const base = `http://127.0.0.1:${PORT}`;
    await waitForHealth(`${base}/api/health`, server);

    // BENCH_SKIP_PAGES=1: only the saving figures (while working on the save path).
    if (process.env.BENCH_SKIP_PAGES !== "1") {
      const baseline = await pageJsGzipKb(`${base}/blank`);
      const respondent = await pageJsGzipKb(`${base}/r`, { name: "circles_respondent", value: weighed!.token });
      print("baseline_js_gzip_kb", baseline);
      print("respondent_js_gzip_kb", respondent);
      print("respondent_js_vs_baseline", respondent / baseline, 3);

      // The way a respondent arrives: their personal link, exchanged for a cookie and redirected to /r.
      await assertAnsweringPage(base, audited!.token, surveyName);
      const lighthouse = lighthouseScores(`${base}/r/${audited!.token}`, process.env.BENCH_LIGHTHOUSE_REPORT);
      if (lighthouse.finalUrl !== `${base}/r`) throw new Error(`Lighthouse ended on ${lighthouse.finalUrl}, not the answering page ${base}/r`);
      print("respondent_lighthouse_performance", lighthouse.performance, 0);
      print("respondent_lighthouse_accessibility", lighthouse.accessibility, 0);
      if (lighthouse.performance < 95 || lighthouse.accessibility < 95) {
        console.error(`bench: Lighthouse findings: ${lighthouse.findings.join("; ") || "none"}`);
      }
      // The answering page itself, opened with its cookie as on a return visit: the figure above less
      // the link's redirect (which keeps the token out of the address bar, history and Referer).
      const page = lighthouseScores(`${base}/r`, undefined, `circles_respondent=${audited!.token}`);
      if (page.finalUrl !== `${base}/r`) throw new Error(`Lighthouse ended on ${page.finalUrl}, not the answering page ${base}/r`);
      print("respondent_page_lighthouse_performance", page.performance, 0);
      print("respondent_page_lighthouse_accessibility", page.accessibility, 0);
    }

    const saves = await saveLoad(base, tokens.slice(0, CLIENTS), server.pid!);
    const savesPerSecond = printSaveFigures("", saves);
    // DESIGN.md's budget: 100 respondents at once (BENCH_SKIP_100=1 leaves it out).
    const more = process.env.BENCH_SKIP_100 === "1" ? null : printSaveFigures("_100", await saveLoad(base, tokens.slice(0, MORE_CLIENTS), server.pid!, 1_000_000_000));

    process.kill(-server.pid!, "SIGTERM");
    await new Promise((resolve) => server!.once("exit", resolve));
    server = undefined;
    const pgbench = runPgbench(url, CLIENTS);
    print("pgbench_inserts_per_s", pgbench);
    print("answer_saves_vs_pgbench", savesPerSecond / pgbench, 3);
    if (more !== null) {
      // A stock server allows 100 connections in all: pgbench gets as many of the 100 as are free.
      const clients = await freeConnections(admin, name, MORE_CLIENTS);
      if (clients < MORE_CLIENTS) print("pgbench_100_clients", clients, 0);
      const pgbench100 = runPgbench(url, clients);
      print("pgbench_100_inserts_per_s", pgbench100);
      print("answer_saves_100_vs_pgbench", more / pgbench100, 3);
    }

    // The wave report of a large wave (seed:large into this database; BENCH_REPORT_CIRCLES, default
    // 100,000; BENCH_SKIP_REPORT=1 leaves it out).
    if (process.env.BENCH_SKIP_REPORT !== "1") {
      const circles = Number(process.env.BENCH_REPORT_CIRCLES ?? 100_000);
      await benchReport(url, circles, (metric, value) => console.log(`${metric}: ${value}`));
    }
  } finally {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
    await new Promise((r) => setTimeout(r, 1000));
    await admin.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
    await admin.end();
  }
}

/** The figures of one save load (names with `infix` after answer_save(s), e.g. "_100"); returns saves per second. */
function printSaveFigures(infix: string, { latencies, serverCpuSeconds, databaseCpuSeconds, clientCpuSeconds }: Awaited<ReturnType<typeof saveLoad>>): number {
  const sorted = latencies.sort((a, b) => a - b);
  const savesPerSecond = latencies.length / SECONDS;
  print(`answer_saves${infix}_per_s`, savesPerSecond);
  print(`answer_save${infix}_p50_ms`, percentile(sorted, 50));
  print(`answer_save${infix}_p95_ms`, percentile(sorted, 95));
  print(`answer_save${infix}_p99_ms`, percentile(sorted, 99));
  // CPU time the app server spent per save: unlike the rates, not inflated when other work shares the machine.
  print(`answer_save${infix}_server_cpu_ms`, (serverCpuSeconds * 1000) / latencies.length, 3);
  // …and PostgreSQL's, when it runs on this machine (every postgres process: other work on it counts too).
  if (databaseCpuSeconds !== null) print(`answer_save${infix}_database_cpu_ms`, (databaseCpuSeconds * 1000) / latencies.length, 3);
  // …and the load generator's (it shares the machine's cores with both).
  print(`answer_save${infix}_client_cpu_ms`, (clientCpuSeconds * 1000) / latencies.length, 3);
  return savesPerSecond;
}

/** User plus system CPU seconds a process (Linux) has used so far. */
function cpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // utime and stime are fields 14 and 15 of stat(5), in clock ticks (100 per second on Linux).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU seconds used so far by the PostgreSQL processes of this machine, or null when there are none to see. */
function postgresCpuSeconds(): number | null {
  let total = 0;
  let seen = false;
  for (const pid of fs.readdirSync("/proc").filter((entry) => /^\d+$/.test(entry))) {
    try {
      if (fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim() !== "postgres") continue;
      total += cpuSeconds(Number(pid));
      seen = true;
    } catch {
      // the process ended meanwhile
    }
  }
  return seen ? total : null;
}

/** The link's page shows the survey (not the page for a link that does not work): what Lighthouse is to score. */
async function assertAnsweringPage(base: string, token: string, surveyName: string) {
  const res = await fetch(`${base}/r`, { redirect: "manual", headers: { cookie: `circles_respondent=${token}` } });
  const html = await res.text();
  if (res.status !== 200 || !html.includes(surveyName)) {
    throw new Error(`the answering page did not show the survey (${res.status}): Lighthouse would score something else`);
  }
}

/**
 * One loop per token, each a respondent answering on its own link, for WARMUP_SECONDS and then SECONDS, measured:
 * every save's latency, and the CPU time the server spent meanwhile.
 * Lean on purpose (a minimal HTTP/1.1 client, one keep-alive connection per respondent, like a phone), so
 * that the figure is the server's and not the load generator's. A save counts once the server has
 * acknowledged that very save as applied (its sequence number in the answer).
 */
async function saveLoad(
  base: string,
  tokens: { token: string; itemKeys: string[] }[],
  serverPid: number,
  /** Where sequence numbers start: above any a respondent's earlier load left, so every save applies. */
  firstSeq = 1,
): Promise<{ latencies: number[]; serverCpuSeconds: number; databaseCpuSeconds: number | null; clientCpuSeconds: number }> {
  const { hostname, port } = new URL(base);
  const latencies: number[] = [];
  let errors = 0;
  let firstError = "";
  // The first seconds are not counted: connections open, statements get prepared, code gets compiled.
  const measuring = performance.now() + WARMUP_SECONDS * 1000;
  const deadline = measuring + SECONDS * 1000;
  let cpuBefore = cpuSeconds(serverPid);
  let databaseCpuBefore = postgresCpuSeconds();
  let clientCpuBefore = process.cpuUsage();
  const warm = setTimeout(() => {
    cpuBefore = cpuSeconds(serverPid);
    databaseCpuBefore = postgresCpuSeconds();
    clientCpuBefore = process.cpuUsage();
  }, WARMUP_SECONDS * 1000);
  const connections: KeepAliveConnection[] = [];
  await Promise.all(
    tokens.map(async ({ token, itemKeys }, client) => {
      let seq = firstSeq;
      const headers = { "content-type": "application/json", cookie: `circles_respondent=${token}` };
      const connection = new KeepAliveConnection(hostname, Number(port));
      connections.push(connection);
      while (performance.now() < deadline) {
        const itemKey = itemKeys[seq % itemKeys.length]!;
        const body = JSON.stringify({ json: { itemKey, value: 1 + ((seq + client) % 5), seq } });
        const started = performance.now();
        const { status, body: text } = await connection.post("/api/trpc/response.saveAnswer", headers, body);
        if (status === 200 && text.includes(`"seq":${seq},"applied":true`)) {
          if (started >= measuring) latencies.push(performance.now() - started);
        } else {
          errors++;
          firstError ||= `${status} ${text.slice(0, 200)}`;
        }
        seq++;
      }
    }),
  );
  clearTimeout(warm);
  const clientCpu = process.cpuUsage(clientCpuBefore);
  const clientCpuSeconds = (clientCpu.user + clientCpu.system) / 1e6;
  const serverCpuSeconds = cpuSeconds(serverPid) - cpuBefore;
  const databaseCpuAfter = postgresCpuSeconds();
  const databaseCpuSeconds = databaseCpuAfter !== null && databaseCpuBefore !== null ? databaseCpuAfter - databaseCpuBefore : null;
  for (const connection of connections) connection.close();
  if (errors > 0) console.error(`bench: ${errors} saves failed, the first: ${firstError}`);
  return { latencies, serverCpuSeconds, databaseCpuSeconds, clientCpuSeconds };
}

/**
 * How many more connections the server takes now, at most `wanted`, once the backends of the previous
 * load on database `name` (the app's pool, a pgbench run) have ended, which they do a moment after their clients.
 */
async function freeConnections(admin: postgres.Sql, name: string, wanted: number): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const [row] = await admin<{ n: number }[]>`select count(*)::int as n from pg_stat_activity where datname = ${name}`;
    if (row!.n === 0) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const [row] = await admin<{ free: number }[]>`
    select current_setting('max_connections')::int
         - (select count(*)::int from pg_stat_activity where backend_type = 'client backend')
         - case when (select rolsuper from pg_roles where rolname = current_user) then 0
                else current_setting('superuser_reserved_connections')::int end as free`;
  return Math.max(1, Math.min(wanted, row!.free - 1));
}

/** pgbench: a single-row upsert of the same shape (respondent, item, value, sequence), `clients` clients. */
function runPgbench(url: string, clients: number): number {
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
  const run = spawnSync("pgbench", ["-n", "-c", String(clients), "-j", "2", "-T", String(SECONDS), "-f", script, url], { encoding: "utf8" });
  fs.rmSync(dir, { recursive: true, force: true });
  const tps = /tps = ([\d.]+)/.exec(run.stdout);
  if (run.status !== 0 || !tps) throw new Error(`pgbench failed: ${run.stderr || run.stdout}`);
  return Number(tps[1]);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? `${err.message}${err.cause ? ` (${String(err.cause)})` : ""}` : err);
    process.exit(1);
  },
);
