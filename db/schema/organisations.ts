// Tenants, staff accounts and their memberships.
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  customType,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

export const memberRole = pgEnum("member_role", ["admin", "manager", "staff"]);
export type TMemberRole = (typeof memberRole.enumValues)[number];

export const organisations = pgTable(
  "organisations",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    slug: text().notNull().unique(),
    defaultLanguage: text().notNull().default("en"),
    /** k for new waves: no group smaller than this is shown. */
    defaultAnonymityThreshold: integer().notNull().default(5),
    /** Days personal data is kept; null keeps it until erased. */
    retentionDays: integer(),
    contactText: text(),
    privacyText: text(),
    isDemo: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("organisations_threshold_min", sql`${t.defaultAnonymityThreshold} >= 3`),
    check("organisations_retention_positive", sql`${t.retentionDays} is null or ${t.retentionDays} > 0`),
  ],
);

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Stored lower-case; unique. */
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text(),
    /**
     * Signed into every session token; raising it ends all of the user's sessions at once (deactivation,
     * password reset), since each request compares the two (server/services/auth/session.ts).
     */
    sessionVersion: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_unique").on(t.email),
    check("users_email_lower", sql`${t.email} = lower(${t.email})`),
  ],
);

export const memberships = pgTable(
  "memberships",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: memberRole().notNull(),
    active: boolean().notNull().default(true),
    /** Staff restricted to these sites/units; empty means everywhere. */
    sites: text().array().notNull().default(sql`'{}'::text[]`),
    units: text().array().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("memberships_org_user_unique").on(t.organisationId, t.userId),
    index("memberships_user_idx").on(t.userId),
  ],
);

/** Sign-in attempts, kept to rate-limit guessing across every app instance. */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    ip: text().notNull(),
    succeeded: boolean().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("sign_in_attempts_email_idx").on(t.email, t.createdAt),
    index("sign_in_attempts_ip_idx").on(t.ip, t.createdAt),
  ],
);

/** Raw bytes: postgres.js and PGlite both take a Buffer/Uint8Array for bytea. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  toDriver: (value) => value,
  fromDriver: (value) => Buffer.from(value),
});

/** The organisation's logo (PNG, JPEG or WebP, at most 512 KB), served by /settings/logo/<organisationId>. */
export const organisationLogos = pgTable(
  "organisation_logos",
  {
    organisationId: uuid()
      .primaryKey()
      .references(() => organisations.id, { onDelete: "cascade" }),
    contentType: text().notNull(),
    data: bytea().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("organisation_logos_type", sql`${t.contentType} in ('image/png', 'image/jpeg', 'image/webp')`),
    check("organisation_logos_size", sql`octet_length(${t.data}) between 1 and 524288`),
  ],
);

/**
 * An invitation to join an organisation: bound to one email address, single use, expiring. The link's
 * token is kept as its SHA-256 (to find the invitation) and sealed (so that the worker can send it and an
 * admin without email delivery can hand it over); the sealed copy is dropped once the invitation is used
 * or withdrawn.
 */
export const memberInvitations = pgTable(
  "member_invitations",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** Stored lower-case. */
    email: text().notNull(),
    role: memberRole().notNull(),
    sites: text().array().notNull().default(sql`'{}'::text[]`),
    units: text().array().notNull().default(sql`'{}'::text[]`),
    tokenHash: text().notNull(),
    tokenSealed: text(),
    invitedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    acceptedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("member_invitations_token_unique").on(t.tokenHash),
    // One open invitation per address and organisation: inviting again withdraws the previous one.
    uniqueIndex("member_invitations_open_unique")
      .on(t.organisationId, t.email)
      .where(sql`${t.acceptedAt} is null and ${t.revokedAt} is null`),
    index("member_invitations_org_idx").on(t.organisationId, t.createdAt),
    check("member_invitations_email_lower", sql`${t.email} = lower(${t.email})`),
  ],
);

/** A password reset link: single use, expiring; token kept as a hash and sealed (for the worker) until used. */
export const passwordResets = pgTable(
  "password_resets",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text().notNull(),
    tokenSealed: text(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("password_resets_token_unique").on(t.tokenHash), index("password_resets_user_idx").on(t.userId)],
);

/** Every password reset request, known address or not, to rate-limit per address and per network address. */
export const passwordResetRequests = pgTable(
  "password_reset_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    ip: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("password_reset_requests_email_idx").on(t.email, t.createdAt),
    index("password_reset_requests_ip_idx").on(t.ip, t.createdAt),
  ],
);
