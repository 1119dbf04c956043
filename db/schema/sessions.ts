import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./organisations";

/**
 * Staff sessions that were signed out before their token expired. Sessions are JWTs (nothing is stored
 * while they live); each carries a random id, and signing out records it here, so the token is refused
 * on every path from then on (server/services/auth/session.ts). Rows past `expiresAt` are pruned.
 */
export const endedSessions = pgTable(
  "ended_sessions",
  {
    sessionId: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    endedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** When the token would have expired anyway: the row is of no use after that. */
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("ended_sessions_expires_idx").on(t.expiresAt)],
);
