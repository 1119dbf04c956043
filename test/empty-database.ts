// A database with no organisation at all, for first-run tests: on PostgreSQL (DATABASE_URL) a new database
// made, migrated and dropped by the test; otherwise a fresh PGlite from the migrated template.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { connect, type OpenDatabase } from "@/db/connect";
import { migratePostgresServer } from "@/db/migrate";
import { openTestDatabase } from "./db";

export type EmptyDatabase = {
  /** Opens a connection pool (several: as several app instances would). */
  connect: () => Promise<OpenDatabase>;
  drop: () => Promise<void>;
};

export async function makeEmptyDatabase(): Promise<EmptyDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const open = await openTestDatabase();
    return { connect: async () => open, drop: () => open.close() };
  }
  const name = `circles_empty_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  const server = await connect({ kind: "postgres", url, max: 1 });
  await server.db.execute(sql.raw(`create database ${name}`));
  await server.close();
  const target = new URL(url);
  target.pathname = `/${name}`;
  await migratePostgresServer(target.toString());
  const pools: OpenDatabase[] = [];
  return {
    connect: async () => {
      const open = await connect({ kind: "postgres", url: target.toString(), max: 5 });
      pools.push(open);
      return open;
    },
    drop: async () => {
      await Promise.all(pools.map((p) => p.close()));
      const again = await connect({ kind: "postgres", url, max: 1 });
      await again.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
      await again.close();
    },
  };
}
