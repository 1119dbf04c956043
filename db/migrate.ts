// Applies the committed SQL migrations (db/migrations) in-process; safe to run from several instances at once.
import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { connect, type OpenDatabase } from "./connect";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

// Any constant: instances starting together take turns instead of racing through the same migration.
const MIGRATION_LOCK_KEY = 726_371_104;

const config = { migrationsFolder: MIGRATIONS_FOLDER, migrationsSchema: "drizzle" };

/** Embedded: one process owns the database (see the lock in connect.ts), so there is no one to race. */
export async function migrateEmbedded(open: OpenDatabase): Promise<void> {
  if (open.kind !== "embedded") throw new Error("migrateEmbedded needs the embedded database");
  await migratePglite(open.db as never, config);
}

/** A server: one connection holds an advisory lock while it migrates; the others wait, then find nothing to do. */
export async function migratePostgresServer(url: string): Promise<void> {
  const open = await connect({ kind: "postgres", url, max: 1 });
  try {
    await open.db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    try {
      await migratePostgres(open.db as never, config);
    } finally {
      await open.db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
    }
  } finally {
    await open.close();
  }
}
