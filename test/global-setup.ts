// Prepares the integration suite's database once: PostgreSQL (DATABASE_URL) is migrated in place;
// without it, a migrated PGlite is dumped to a file that every test file starts from (a fresh
// PGlite takes seconds to create; loading the dump is quicker and each file gets its own database).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { connect } from "../db/connect";
import { migrateEmbedded, migratePostgresServer } from "../db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string | null;
  }
}

export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    await migratePostgresServer(url);
    project.provide("pgliteTemplate", null);
    return;
  }
  const open = await connect({ kind: "embedded" });
  await migrateEmbedded(open);
  const dump = await open.dump!();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "circles-test-"));
  const file = path.join(dir, "template.tar");
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await open.close();
  project.provide("pgliteTemplate", file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
