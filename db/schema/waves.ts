// Waves (a survey version sent during a period), circles (one experience) and their respondents.
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { organisations, users } from "./organisations";
import { perspectives, surveys, surveyVersions } from "./surveys";

export const waveStatus = pgEnum("wave_status", ["draft", "open", "closed"]);
export const anonymityMode = pgEnum("anonymity_mode", ["anonymous", "confidential"]);
export const respondentStatus = pgEnum("respondent_status", [
  "invited",
  "sent",
  "opened",
  "started",
  "completed",
  "declined",
  "opted_out",
  "expired",
]);
export type TRespondentStatus = (typeof respondentStatus.enumValues)[number];

export type TWaveAudience = { sites: string[]; units: string[] };

export const waves = pgTable(
  "waves",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    surveyId: uuid().notNull(),
    surveyVersionId: uuid().notNull(),
    name: text().notNull(),
    status: waveStatus().notNull().default("draft"),
    opensAt: timestamp({ withTimezone: true }),
    closesAt: timestamp({ withTimezone: true }),
    /** IANA time zone the dates were set in, e.g. Europe/London. */
    timezone: text().notNull().default("UTC"),
    audience: jsonb().$type<TWaveAudience>().notNull().default({ sites: [], units: [] }),
    channels: text().array().notNull().default(sql`'{link}'::text[]`),
    /** Days after the invitation on which not-yet-completed respondents are reminded. */
    reminderDays: integer().array().notNull().default(sql`'{}'::integer[]`),
    allowCompanionInvites: boolean().notNull().default(false),
    companionPerspectiveKeys: text().array().notNull().default(sql`'{}'::text[]`),
    maxCompanionsPerCircle: integer().notNull().default(0),
    anonymityMode: anonymityMode().notNull().default("confidential"),
    anonymityThreshold: integer().notNull().default(5),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    openedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    foreignKey({
      columns: [t.surveyId, t.organisationId],
      foreignColumns: [surveys.id, surveys.organisationId],
      name: "waves_survey_fk",
    }),
    foreignKey({
      columns: [t.surveyVersionId, t.organisationId],
      foreignColumns: [surveyVersions.id, surveyVersions.organisationId],
      name: "waves_survey_version_fk",
    }),
    unique("waves_id_org_unique").on(t.id, t.organisationId),
    index("waves_org_idx").on(t.organisationId, t.createdAt),
    index("waves_survey_idx").on(t.surveyId),
    check("waves_threshold_min", sql`${t.anonymityThreshold} >= 3`),
    check("waves_companions_nonnegative", sql`${t.maxCompanionsPerCircle} >= 0`),
    check("waves_period", sql`${t.opensAt} is null or ${t.closesAt} is null or ${t.opensAt} < ${t.closesAt}`),
  ],
);

export const circles = pgTable(
  "circles",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid().notNull(),
    waveId: uuid().notNull(),
    /** A pseudonymous reference from the organisation's own systems; re-imports match on it. */
    externalRef: text(),
    site: text(),
    unit: text(),
    experienceDate: date({ mode: "string" }),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      columns: [t.waveId, t.organisationId],
      foreignColumns: [waves.id, waves.organisationId],
      name: "circles_wave_fk",
    }).onDelete("cascade"),
    unique("circles_id_wave_org_unique").on(t.id, t.waveId, t.organisationId),
    uniqueIndex("circles_wave_external_ref_unique").on(t.waveId, t.externalRef).where(sql`${t.externalRef} is not null`),
    index("circles_wave_idx").on(t.waveId, t.site, t.unit),
  ],
);

export const respondents = pgTable(
  "respondents",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid().notNull(),
    waveId: uuid().notNull(),
    circleId: uuid().notNull(),
    perspectiveId: uuid().notNull(),
    /** Copied from the perspective (checked by a foreign key) so the database can allow one primary per circle. */
    isPrimary: boolean().notNull(),
    /** "daughter", "spouse or partner", "nurse" … */
    relationship: text(),
    status: respondentStatus().notNull().default("invited"),
    language: text(),
    /** SHA-256 of the personal link's token; the token itself is never stored. Null once revoked. */
    tokenHash: text(),
    /** The token sealed with a key derived from the app secret (server/tokens.ts), for reminders and reprints. */
    tokenSealed: text(),
    tokenIssuedAt: timestamp({ withTimezone: true }),
    invitedByRespondentId: uuid(),
    invitedByUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    /** For the primary: who filled it in (self, helped, proxy). */
    answeredBy: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    openedAt: timestamp({ withTimezone: true }),
    startedAt: timestamp({ withTimezone: true }),
    completedAt: timestamp({ withTimezone: true }),
    declinedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    foreignKey({
      columns: [t.circleId, t.waveId, t.organisationId],
      foreignColumns: [circles.id, circles.waveId, circles.organisationId],
      name: "respondents_circle_fk",
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.perspectiveId, t.isPrimary],
      foreignColumns: [perspectives.id, perspectives.isPrimary],
      name: "respondents_perspective_fk",
    }),
    foreignKey({
      columns: [t.invitedByRespondentId],
      foreignColumns: [t.id],
      name: "respondents_invited_by_fk",
    }).onDelete("set null"),
    unique("respondents_report_key_unique").on(t.id, t.waveId, t.perspectiveId, t.organisationId),
    uniqueIndex("respondents_one_primary_per_circle").on(t.circleId).where(sql`${t.isPrimary}`),
    uniqueIndex("respondents_token_hash_unique").on(t.tokenHash),
    index("respondents_circle_idx").on(t.circleId),
    index("respondents_wave_perspective_idx").on(t.waveId, t.perspectiveId, t.status),
    check("respondents_answered_by", sql`${t.answeredBy} is null or ${t.answeredBy} in ('self', 'helped', 'proxy')`),
  ],
);

/** Contact details live apart from answers: erasing or withholding them never touches a score. */
export const respondentContacts = pgTable("respondent_contacts", {
  respondentId: uuid()
    .primaryKey()
    .references(() => respondents.id, { onDelete: "cascade" }),
  organisationId: uuid()
    .notNull()
    .references(() => organisations.id, { onDelete: "cascade" }),
  name: text(),
  email: text(),
  phone: text(),
  doNotContact: boolean().notNull().default(false),
  erasedAt: timestamp({ withTimezone: true }),
});
