// First run of a real installation (no demo): the first visitor is led to /setup, creates the organisation
// and becomes its admin; afterwards /setup is gone. Runs its own server on a fresh embedded database with
// CIRCLES_DEMO=false, from the build the main test server made.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, expectNoAxeViolations, test } from "./fixtures";

const port = Number(process.env.E2E_SETUP_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1);
const base = `http://127.0.0.1:${port}`;
let server: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const dataRoot = path.resolve(".data/e2e-setup");
  fs.rmSync(dataRoot, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    CIRCLES_DATA_DIR: path.join(dataRoot, "pglite"),
    CIRCLES_DEMO: "false",
    CIRCLES_WORKER: "false",
    NEXTAUTH_URL: base,
  };
  delete env.DATABASE_URL;
  server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: "ignore", detached: true });
  await expect
    .poll(async () => fetch(`${base}/api/health`).then((r) => r.status).catch(() => 0), { timeout: 90_000, intervals: [500] })
    .toBe(200);
});

test.afterAll(() => {
  // The whole group: npx, and the Next.js server it started.
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
});

test("the first visitor creates the organisation and its admin; then /setup is gone", async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  await first.goto(`${base}/`);
  await expect(first).toHaveURL(`${base}/setup`);
  await expect(first.getByRole("heading", { level: 1, name: "Set up Circles" })).toBeVisible();
  await expectNoAxeViolations(first);

  await first.goto(`${base}/sign-in`);
  await expect(first).toHaveURL(`${base}/setup`);

  await first.getByLabel("Organisation name").fill("St Elsewhere Clinic");
  await first.getByLabel("Your name").fill("Ada Admin");
  await first.getByLabel("Your email").fill("ada@st-elsewhere.test");
  await first.getByLabel("Password", { exact: true }).fill("first admin's password");
  await first.getByLabel("Password again").fill("not the same");
  await first.getByRole("button", { name: "Create the organisation" }).click();
  await expect(first.getByText("The two passwords are not the same.")).toBeVisible();
  await first.getByLabel("Password again").fill("first admin's password");
  await first.getByRole("button", { name: "Create the organisation" }).click();

  await expect(first).toHaveURL(`${base}/dashboard`);
  await expect(first.getByRole("heading", { level: 1, name: "St Elsewhere Clinic" })).toBeVisible();
  await expect(first.getByRole("link", { name: "Settings" })).toBeVisible();
  await expect(first.getByRole("link", { name: "Members" })).toBeVisible();
  await expectNoAxeViolations(first);

  // A second visitor finds no setup page, only the sign-in page (without demo accounts).
  const second = await (await browser.newContext()).newPage();
  await second.goto(`${base}/setup`);
  await expect(second.getByRole("heading", { name: "Not found" })).toBeVisible();
  await second.goto(`${base}/`);
  await expect(second).toHaveURL(`${base}/sign-in`);
  await expect(second.getByRole("heading", { name: "Demo accounts" })).toHaveCount(0);
  await expectNoAxeViolations(second);
});
