// DESIGN.md, "Nothing lost": a crash of the app loses no acknowledged answer. A separate process saves
// answers and is killed (SIGKILL: no shutdown, no flush) in the middle; every answer it acknowledged is in
// the database afterwards, on the embedded database (opened again once the dead process's lock has gone
// stale) and on a PostgreSQL server.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, expect, inject, it } from "vitest";
import { connect, DatabaseLockedError, type OpenDatabase } from "@/db/connect";
import { answers, items } from "@/db/schema";
import { callerFor, createOrganisation, openHospitalStayWave } from "@/test/factories";

const ACKNOWLEDGED_BEFORE_KILL = 300;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** The database this run is about: the PostgreSQL server, or an embedded one in a folder of its own. */
async function openTarget(): Promise<{ open: OpenDatabase; target: string }> {
  const url = process.env.DATABASE_URL;
  if (url) return { open: await connect({ kind: "postgres", url, max: 2 }), target: url };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "circles-crash-"));
  dirs.push(dir);
  const template = inject("pgliteTemplate")!;
  return { open: await connect({ kind: "embedded", dataDir: dir, loadDataDir: new Blob([fs.readFileSync(template)]) }), target: dir };
}

/** Opens the folder again; a killed holder's lock is taken over once stale (at most ~10 s). */
async function reopen(target: string): Promise<OpenDatabase> {
  if (target.startsWith("postgres")) return connect({ kind: "postgres", url: target, max: 2 });
  for (let waited = 0; ; waited += 500) {
    try {
      return await connect({ kind: "embedded", dataDir: target });
    } catch (err) {
      if (!(err instanceof DatabaseLockedError) || waited > 20_000) throw err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

it("every answer acknowledged before the app was killed is kept", { timeout: 90_000 }, async () => {
  const opened = await openTarget();
  const target = opened.target;
  let open = opened.open;
  const org = await createOrganisation(open, "Crash");
  const { waveId } = await openHospitalStayWave(open, org, { name: "Crash" });
  const circle = await callerFor(open, { userId: org.staff.id }).circle.create({
    waveId,
    circle: { respondents: [{ perspectiveKey: "patient" }] },
  });
  const patient = circle.respondents[0]!;
  // Rating items the patient is asked (values 1–5 fit every one of them).
  const keys = ["respect", "explained", "involved"];
  // The child opens the embedded folder itself: this process lets go of it first.
  if (open.kind === "embedded") await open.close();

  const child = spawn(path.resolve("node_modules/.bin/tsx"), ["test/save-until-killed.ts", target, patient.token, keys.join(",")], {
    env: { ...process.env, NODE_ENV: "test" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const acknowledged = new Map<string, number>();
  let count = 0;
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on("exit", (code, signal) => resolve(signal ?? code)));
  let pending = "";
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split("\n");
      pending = lines.pop()!;
      for (const line of lines) {
        const [itemKey, seq] = line.split(" ");
        acknowledged.set(itemKey!, Number(seq));
        if (++count === ACKNOWLEDGED_BEFORE_KILL) {
          // In the middle of saving: the next save is on its way.
          child.kill("SIGKILL");
          resolve();
        }
      }
    });
    void exited.then(() => reject(new Error(`the saving process ended on its own: ${stderr}`)));
  });
  expect(await exited).toBe("SIGKILL");

  open = await reopen(target);
  try {
    const stored = await open.db
      .select({ key: items.key, seq: answers.clientSeq, value: answers.numericValue })
      .from(answers)
      .innerJoin(items, eq(items.id, answers.itemId))
      .where(eq(answers.respondentId, patient.id));
    const storedSeq = new Map(stored.map((s) => [s.key, s.seq]));
    expect(acknowledged.size).toBe(keys.length);
    for (const [itemKey, seq] of acknowledged) {
      // The last acknowledged save of each item, or a later one the process sent before it died.
      expect(storedSeq.get(itemKey), itemKey).toBeGreaterThanOrEqual(seq);
      const kept = stored.find((s) => s.key === itemKey)!;
      expect(kept.value).toBe(1 + (kept.seq % 5));
    }
  } finally {
    await open.close();
  }
});
