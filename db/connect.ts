// Opens the one database Circles runs on: a PostgreSQL server (postgres.js) or embedded PGlite,
// guarded by a lock so that no second process can open the same data folder.
import fs from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import lockfile from "proper-lockfile";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type DatabaseKind = "embedded" | "postgres";

export type OpenDatabase = {
  db: Database;
  kind: DatabaseKind;
  /** Answers within `timeoutMs` or throws: for /api/health. */
  ping: (timeoutMs?: number) => Promise<void>;
  close: () => Promise<void>;
  /** Embedded only: the whole database as a tar file, which `loadDataDir` can start another from. */
  dump?: () => Promise<Blob>;
};

export type ConnectOptions =
  | { kind: "postgres"; url: string; max?: number }
  /**
   * `dataDir` undefined: in memory. `loadDataDir`: start from a dump (tests). `lockStaleMs`: after how long
   * a dead holder's lock may be taken over (default 10 s; the crash test shortens it, every process on the
   * folder must then use the same value).
   */
  | { kind: "embedded"; dataDir?: string; loadDataDir?: Blob; lockStaleMs?: number };

export class DatabaseLockedError extends Error {
  constructor(readonly dataDir: string) {
    super(
      `The embedded database in ${dataDir} is already open in another process. ` +
        `PGlite cannot be shared between processes: stop the other Circles process first, ` +
        `use another CIRCLES_DATA_DIR, or set DATABASE_URL to use a PostgreSQL server. ` +
        `(If the other process was killed just now, its lock expires within 10 seconds.)`,
    );
    this.name = "DatabaseLockedError";
  }
}

/** Holds the data folder's lock while the process lives; a crashed holder's lock goes stale after 10 s. */
async function lockDataDir(dataDir: string, staleMs = 10_000): Promise<() => Promise<void>> {
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: path.join(dataDir, "circles.lock"),
      stale: staleMs,
      update: Math.max(1_000, Math.floor(staleMs / 5)),
      // Fail at once when another live process holds it; a crashed holder's lock is taken over once stale.
      retries: 0,
      onCompromised: (err) => {
        // Someone removed or took our lock: carrying on could corrupt the data, so stop.
        console.error(`Lost the lock on ${dataDir}: ${err.message}. Stopping to protect the data.`);
        process.exit(70);
      },
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ELOCKED") throw new DatabaseLockedError(dataDir);
    throw err;
  }
}

export async function connect(options: ConnectOptions): Promise<OpenDatabase> {
  if (options.kind === "postgres") {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const client = postgres(options.url, {
      max: options.max ?? poolSize(options.url),
      connect_timeout: 5,
      onnotice: () => {},
      // Keep JSON and dates as drizzle expects.
      prepare: true,
    });
    const db = drizzle(client, { schema, casing: "snake_case" }) as unknown as Database;
    return {
      db,
      kind: "postgres",
      ping: (timeoutMs = 2_000) => withTimeout(client`select 1`.then(() => undefined), timeoutMs),
      close: () => client.end({ timeout: 5 }),
    };
  }

  const unlock = options.dataDir ? await lockDataDir(path.resolve(options.dataDir), options.lockStaleMs) : async () => {};
  let pglite: PGlite;
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    pglite = await PGlite.create({
      dataDir: options.dataDir ? path.resolve(options.dataDir, "pgdata") : undefined,
      loadDataDir: options.loadDataDir,
    });
  } catch (err) {
    await unlock();
    throw err;
  }
  const { drizzle } = await import("drizzle-orm/pglite");
  const db = drizzle(pglite, { schema, casing: "snake_case" }) as unknown as Database;
  return {
    db,
    kind: "embedded",
    ping: (timeoutMs = 2_000) => withTimeout(pglite.query("select 1").then(() => undefined), timeoutMs),
    close: async () => {
      await pglite.close();
      await unlock();
    },
    dump: () => pglite.dumpDataDir("none"),
  };
}

/**
 * Connections per process: `?max=N` on DATABASE_URL, else 20. Commits are what writes wait for, and
 * PostgreSQL flushes the commits of the connections waiting together at once (group commit), so a pool
 * too small makes concurrent writers queue for a flush each (saving answers also shares statements, see
 * server/services/response/save-answer.ts). Keep instances × max under the server's max_connections
 * (100 by default), less what workers use.
 */
export const DEFAULT_POOL_SIZE = 20;

function poolSize(url: string): number {
  const max = Number(new URL(url).searchParams.get("max"));
  return Number.isInteger(max) && max > 0 ? max : DEFAULT_POOL_SIZE;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
