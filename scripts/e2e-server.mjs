// The server Playwright tests against: a production build on a fresh embedded database with the demo,
// started as `npm start` starts it (scripts/server.ts), exactly what a newcomer's first start gives.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const port = process.env.E2E_PORT ?? "3100";
const dataRoot = path.resolve(".data/e2e");
fs.rmSync(dataRoot, { recursive: true, force: true });

/** @type {NodeJS.ProcessEnv} */
// Loopback is trusted as a proxy would be on the same host: journeys stand for clients elsewhere by the
// X-Forwarded-For they send (respondent-entry's link guessing).
const env = {
  ...process.env,
  CIRCLES_DATA_DIR: path.join(dataRoot, "pglite"),
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  CIRCLES_TRUSTED_PROXIES: "127.0.0.1, ::1",
};
delete env.DATABASE_URL;

if (process.env.E2E_SKIP_BUILD !== "1") {
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawn(process.execPath, ["--import", "tsx", "scripts/server.ts", "--port", port, "--hostname", "127.0.0.1"], {
  stdio: "inherit",
  env: { ...env, NODE_ENV: "production" },
});
const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => process.exit(code ?? 0));
