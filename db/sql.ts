import { sql, type SQL } from "drizzle-orm";

/** A point in time as an SQL parameter: both drivers accept the ISO string, not every one a Date. */
export function at(date: Date): SQL {
  return sql`${date.toISOString()}::timestamptz`;
}
