import { bigint, index, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Failed personal-link openings (unknown, revoked, expired or malformed tokens) by network address, kept
 * to rate-limit link guessing across every app instance; rows older than the window are pruned.
 */
export const linkAttempts = pgTable(
  "link_attempts",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    ip: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("link_attempts_ip_idx").on(t.ip, t.createdAt), index("link_attempts_created_idx").on(t.createdAt)],
);
