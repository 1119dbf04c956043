// The database an integration test file runs on: the PostgreSQL server when DATABASE_URL is set,
// otherwise its own PGlite started from the migrated template that global-setup made.
import fs from "node:fs";
import { inject } from "vitest";
import { connect, type OpenDatabase } from "@/db/connect";

export async function openTestDatabase(): Promise<OpenDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) return connect({ kind: "postgres", url, max: 5 });
  const template = inject("pgliteTemplate");
  if (!template) throw new Error("no PGlite template: run the integration tests through vitest (global-setup)");
  return connect({ kind: "embedded", loadDataDir: new Blob([fs.readFileSync(template)]) });
}
