// DESIGN.md, "Nothing lost": a crash of the app loses no acknowledged answer. A separate process saves
// answers and is killed (SIGKILL: no shutdown, no flush) in the middle; every answer it acknowledged is in
// the database afterwards, on the embedded database (opened again once the dead process's lock has gone
// stale) and on a PostgreSQL server. Runs alternate between one respondent saving and several at once
// (on PostgreSQL, through the batcher). CRASH_RUNS sets the number of runs (default 2; CI also runs 50),
// CRASH_BUSY=1 keeps one core busy with another process throughout.
//
// The saving process is plain node with tsx's loader (`node --import tsx`), not the `tsx` command: that
// command is a wrapper that runs the script in a child process of its own, so a SIGKILL of it left the
// saver running, still saving and printing acknowledgements while this test read the database — which is
// how this test once "lost" an acknowledged answer (acknowledged 337, stored 334) that had not yet been
// given when the database was read. Now the process killed is the one that saves, and its output is read
// to its end before the database is.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, inArray } from "drizzle-orm";
import { afterAll, expect, inject, it } from "vitest";
import { connect, DatabaseLockedError, type OpenDatabase } from "@/db/connect";
import { answers, items } from "@/db/schema";
import { callerFor, createOrganisation, openHospitalStayWave } from "@/test/factories";

const RUNS = Number(process.env.CRASH_RUNS ?? 2);
const BUSY = process.env.CRASH_BUSY === "1";
/** The embedded folder's lock is taken over this soon after its holder died (the app's default is 10 s). */
const LOCK_STALE_MS = 2_000;
/** Rating items the patient is asked (values 1–5 fit every one of them). */
const KEYS = ["respect", "explained", "involved"];

const dirs: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill("SIGKILL");
  dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

/** The database this run is about: the PostgreSQL server, or an embedded one in a folder of its own. */
async function openTarget(): Promise<{ open: OpenDatabase; target: string }> {
  const url = process.env.DATABASE_URL;
  if (url) return { open: await connect({ kind: "postgres", url, max: 2 }), target: url };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "circles-crash-"));
  dirs.push(dir);
  const template = inject("pgliteTemplate")!;
  const loadDataDir = new Blob([fs.readFileSync(template)]);
  return { open: await connect({ kind: "embedded", dataDir: dir, loadDataDir, lockStaleMs: LOCK_STALE_MS }), target: dir };
}

/** Opens the folder again; a killed holder's lock is taken over once stale. */
async function reopen(target: string): Promise<OpenDatabase> {
  if (target.startsWith("postgres")) return connect({ kind: "postgres", url: target, max: 2 });
  for (let waited = 0; ; waited += 250) {
    try {
      return await connect({ kind: "embedded", dataDir: target, lockStaleMs: LOCK_STALE_MS });
    } catch (err) {
      if (!(err instanceof DatabaseLockedError) || waited > 20_000) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts the saver for these links, kills it once `killAfter` saves were acknowledged, and returns the
 * last acknowledged sequence number per person and item: everything it printed before it died.
 */
async function saveUntilKilled(target: string, tokens: string[], killAfter: number): Promise<Map<string, number>> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "test/save-until-killed.ts", target, tokens.join(","), KEYS.join(","), String(LOCK_STALE_MS)],
    { env: { ...process.env, NODE_ENV: "test" }, stdio: ["ignore", "pipe", "pipe"] },
  );
  children.push(child);
  const acknowledged = new Map<string, number>();
  let count = 0;
  let stderr = "";
  let killed = false;
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  // 'close': the process has exited and its output has been read to the end.
  const closed = new Promise<NodeJS.Signals | number | null>((resolve) => child.on("close", (code, signal) => resolve(signal ?? code)));
  let pending = "";
  child.stdout.on("data", (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split("\n");
    pending = lines.pop()!;
    for (const line of lines) {
      if (line === "ready") continue;
      const [person, itemKey, seq] = line.split(" ");
      acknowledged.set(`${person} ${itemKey}`, Number(seq));
      if (++count === killAfter && !killed) {
        // In the middle of saving: the next saves are on their way.
        killed = true;
        child.kill("SIGKILL");
      }
    }
  });
  const ended = await closed;
  if (!killed) throw new Error(`the saving process ended on its own (${String(ended)}): ${stderr}`);
  expect(ended).toBe("SIGKILL");
  expect(alive(child.pid!), "the saving process is gone").toBe(false);
  return acknowledged;
}

it(`every answer acknowledged before the app was killed is kept (${RUNS} runs${BUSY ? ", one core busy" : ""})`, { timeout: Math.max(120_000, RUNS * 30_000) }, async () => {
  const busy = BUSY ? spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" }) : null;
  if (busy) children.push(busy);
  try {
    const opened = await openTarget();
    const target = opened.target;
    let open = opened.open;
    const org = await createOrganisation(open, "Crash");
    const { waveId } = await openHospitalStayWave(open, org, { name: "Crash" });
    for (let run = 0; run < RUNS; run++) {
      // Odd runs: four people saving at once; even runs: one.
      const people = run % 2 === 1 ? 4 : 1;
      const staff = callerFor(open, { userId: org.staff.id });
      const patients: { id: string; token: string }[] = [];
      for (let p = 0; p < people; p++) {
        const circle = await staff.circle.create({ waveId, circle: { respondents: [{ perspectiveKey: "patient" }] } });
        patients.push(circle.respondents[0]!);
      }
      // The child opens the embedded folder itself: this process lets go of it first.
      if (open.kind === "embedded") await open.close();
      // Killed at a different point each run.
      const acknowledged = await saveUntilKilled(target, patients.map((p) => p.token), 60 + ((run * 47) % 240));

      open = await reopen(target);
      const stored = await open.db
        .select({ respondentId: answers.respondentId, key: items.key, seq: answers.clientSeq, value: answers.numericValue })
        .from(answers)
        .innerJoin(items, eq(items.id, answers.itemId))
        .where(inArray(answers.respondentId, patients.map((p) => p.id)));
      const storedOf = new Map(stored.map((s) => [`${patients.findIndex((p) => p.id === s.respondentId)} ${s.key}`, s]));
      for (const [key, seq] of acknowledged) {
        // The last acknowledged save of each item, or a later one the process sent before it died.
        const kept = storedOf.get(key);
        expect(kept?.seq, `run ${run}: ${key}`).toBeGreaterThanOrEqual(seq);
        expect(kept!.value).toBe(1 + (kept!.seq % 5));
      }
      expect(acknowledged.size, `run ${run}: every person and item acknowledged`).toBeGreaterThanOrEqual(KEYS.length);
    }
    await open.close();
  } finally {
    busy?.kill("SIGKILL");
  }
});
