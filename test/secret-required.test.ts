// A command that writes to a PostgreSQL server refuses to start without NEXTAUTH_SECRET: a secret it made
// up for itself would seal links that the server could not recover (reminders, reprinted QR codes).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";

it("npm run db:seed with DATABASE_URL and no NEXTAUTH_SECRET refuses to start, saying why", () => {
  const { NEXTAUTH_SECRET: _secret, NODE_ENV: _mode, ...rest } = process.env;
  const env: Record<string, string | undefined> = { ...rest, DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" };
  const run = spawnSync(process.execPath, ["--import", "tsx", path.resolve("scripts/db-seed.ts")], { env: env as NodeJS.ProcessEnv, encoding: "utf8", timeout: 60_000 });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain("NEXTAUTH_SECRET: required with DATABASE_URL");
  // Refused before connecting: nothing was tried against the (unreachable) server.
  expect(run.stderr).not.toMatch(/ECONNREFUSED|connect/i);
});
