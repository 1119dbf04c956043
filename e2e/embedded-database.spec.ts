import { spawn } from "node:child_process";
import path from "node:path";
import { expect, test } from "./fixtures";

test("the health check names the embedded database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", database: "embedded" });
});

test("a second server on the same data folder stops with a clear message; the first keeps working", async ({ request }) => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    CIRCLES_DATA_DIR: path.resolve(".data/e2e/pglite"),
  };
  delete env.DATABASE_URL;
  const second = spawn("npx", ["next", "start", "-p", "3199", "-H", "127.0.0.1"], { env });
  let output = "";
  second.stdout.on("data", (d) => (output += d));
  second.stderr.on("data", (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => second.on("exit", resolve));
  expect(code).not.toBe(0);
  expect(output).toContain("is already open in another process");

  const res = await request.get("/api/health");
  expect(await res.json()).toEqual({ status: "ok", database: "embedded" });
});
