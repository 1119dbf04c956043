// The outbox: every invitation and reminder, one row per respondent, kind, step and channel (a unique key,
// so that nobody ever gets the same message twice), with its delivery state.
import { index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organisations } from "./organisations";
import { respondents, waves } from "./waves";

export const messageKind = pgEnum("message_kind", ["invitation", "reminder"]);
export const messageChannel = pgEnum("message_channel", ["email", "sms"]);
export const messageStatus = pgEnum("message_status", [
  /** Waiting to be sent (again, after a failure, at nextAttemptAt). */
  "queued",
  /** Claimed by a worker until lockedUntil. */
  "sending",
  "sent",
  /** No transport is configured: kept here for admins to see exactly what would have been sent. */
  "outbox",
  /** Gave up after several attempts. */
  "failed",
  /** No longer wanted: the respondent completed, declined or opted out, or the wave closed. */
  "cancelled",
  /** A worker stopped between sending and recording: not sent again, so never twice. */
  "unknown",
]);
export type TMessageStatus = (typeof messageStatus.enumValues)[number];

export const messages = pgTable(
  "messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    waveId: uuid()
      .notNull()
      .references(() => waves.id, { onDelete: "cascade" }),
    respondentId: uuid()
      .notNull()
      .references(() => respondents.id, { onDelete: "cascade" }),
    kind: messageKind().notNull(),
    /** 0 for the invitation; n for the n-th reminder. */
    step: integer().notNull(),
    channel: messageChannel().notNull(),
    recipient: text().notNull(),
    language: text().notNull(),
    subject: text(),
    body: text(),
    status: messageStatus().notNull().default("queued"),
    attempts: integer().notNull().default(0),
    lastError: text(),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("messages_once").on(t.respondentId, t.kind, t.step, t.channel),
    index("messages_due_idx").on(t.status, t.nextAttemptAt),
    index("messages_org_idx").on(t.organisationId, t.createdAt),
    index("messages_wave_idx").on(t.waveId),
  ],
);
