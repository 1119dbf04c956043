// The app's one database: opened, migrated (and, embedded, seeded with the demo) once per process.
import "server-only";
import { env } from "@/lib/env.mjs";
import { logger } from "@/server/logger";
import { connect, type OpenDatabase } from "./connect";
import { migrateEmbedded, migratePostgresServer } from "./migrate";
import { seedDemoIfEmpty } from "./seed/first-start";

// Cached on globalThis: development reloads modules, and a second PGlite on the same folder would be refused.
const cache = globalThis as unknown as { __circlesDatabase?: Promise<OpenDatabase> };

export function getDatabase(): Promise<OpenDatabase> {
  cache.__circlesDatabase ??= openDatabase().catch((err: unknown) => {
    cache.__circlesDatabase = undefined;
    throw err;
  });
  return cache.__circlesDatabase;
}

async function openDatabase(): Promise<OpenDatabase> {
  if (env.DATABASE_URL) {
    await migratePostgresServer(env.DATABASE_URL);
    const open = await connect({ kind: "postgres", url: env.DATABASE_URL });
    logger.info("database: PostgreSQL server, migrated");
    return open;
  }
  const started = Date.now();
  const open = await connect({ kind: "embedded", dataDir: env.CIRCLES_DATA_DIR });
  await migrateEmbedded(open);
  if (env.CIRCLES_DEMO) {
    const seeded = await seedDemoIfEmpty(open.db);
    if (seeded) logger.info(seeded, "database: demo organisation seeded");
  }
  logger.info({ dataDir: env.CIRCLES_DATA_DIR, ms: Date.now() - started }, "database: embedded PGlite, migrated");
  return open;
}
