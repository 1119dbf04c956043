// Tenants, staff accounts and their memberships.
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
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
