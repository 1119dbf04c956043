// The outbox: every invitation and reminder, one row per respondent, kind, step and channel (a unique key,
// so that nobody ever gets the same message twice), with its delivery state; and the emails to staff
// (member invitations, password resets), one row per invitation or reset.
import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { memberInvitations, organisations, passwordResets } from "./organisations";
import { respondents, waves } from "./waves";

export const messageKind = pgEnum("message_kind", ["invitation", "reminder", "member_invitation", "password_reset"]);
export type TMessageKind = (typeof messageKind.enumValues)[number];
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
    /** Null only for a password reset: it concerns an account, not an organisation. */
    organisationId: uuid().references(() => organisations.id, { onDelete: "cascade" }),
    /** Respondent messages (invitation, reminder) name their wave and respondent; staff emails do not. */
    waveId: uuid().references(() => waves.id, { onDelete: "cascade" }),
    respondentId: uuid().references(() => respondents.id, { onDelete: "cascade" }),
    memberInvitationId: uuid().references(() => memberInvitations.id, { onDelete: "cascade" }),
    passwordResetId: uuid().references(() => passwordResets.id, { onDelete: "cascade" }),
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
    uniqueIndex("messages_member_invitation_once").on(t.memberInvitationId),
    uniqueIndex("messages_password_reset_once").on(t.passwordResetId),
    // Exactly one subject: a respondent (with its wave), a member invitation or a password reset.
    check(
      "messages_one_subject",
      sql`num_nonnulls(${t.respondentId}, ${t.memberInvitationId}, ${t.passwordResetId}) = 1
        and (${t.respondentId} is null) = (${t.waveId} is null)
        and (${t.passwordResetId} is not null or ${t.organisationId} is not null)`,
    ),
    index("messages_due_idx").on(t.status, t.nextAttemptAt),
    index("messages_org_idx").on(t.organisationId, t.createdAt),
    index("messages_wave_idx").on(t.waveId),
  ],
);
