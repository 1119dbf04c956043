import { sql, type SQL } from "drizzle-orm";

/** A point in time as an SQL parameter: both drivers accept the ISO string, not every one a Date. */
export function at(date: Date): SQL {
  return sql`${date.toISOString()}::timestamptz`;
}

/** The rows of `db.execute`: postgres.js returns them as an array, PGlite in `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
