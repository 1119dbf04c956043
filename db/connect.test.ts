// PGlite has no lock between processes: a second process on the same data folder must be refused.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { connect, DatabaseLockedError } from "./connect";

const run = promisify(execFile);
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "circles-lock-"));
  dirs.push(dir);
  return dir;
}

async function openInAnotherProcess(dir: string) {
  try {
    const { stdout } = await run(path.resolve("node_modules/.bin/tsx"), ["test/open-embedded.ts", dir], {
      env: { ...process.env, NODE_ENV: "test" },
    });
    return { code: 0, stdout, stderr: "" };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("the embedded database's lock", () => {
  it("refuses a second process with a clear message, and the first keeps working", async () => {
    const dir = tempDir();
    const first = await connect({ kind: "embedded", dataDir: dir });
    await first.db.execute(sql`create table notes (body text)`);
    await first.db.execute(sql`insert into notes values ('before')`);

    const second = await openInAnotherProcess(dir);
    expect(second.code).toBe(3);
    expect(second.stderr).toContain("is already open in another process");
    expect(second.stderr).toContain("DATABASE_URL");

    await first.db.execute(sql`insert into notes values ('after')`);
    const rows = await first.db.execute(sql`select body from notes order by body`);
    expect((rows as unknown as { rows: { body: string }[] }).rows.map((r) => r.body)).toEqual(["after", "before"]);
    await first.close();

    // Once the first has closed, the folder opens again, with its data.
    const third = await openInAnotherProcess(dir);
    expect(third).toMatchObject({ code: 0 });
    expect(third.stdout).toContain("opened");
  });

  it("refuses a second open in the same process too", async () => {
    const dir = tempDir();
    const first = await connect({ kind: "embedded", dataDir: dir });
    await expect(connect({ kind: "embedded", dataDir: dir })).rejects.toBeInstanceOf(DatabaseLockedError);
    await first.close();
  });
});
