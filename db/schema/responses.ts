// A respondent's response and its answers: one answer per respondent and item.
import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  doublePrecision,
  foreignKey,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { items, surveyVersions } from "./surveys";
import { respondents } from "./waves";

export const responseStatus = pgEnum("response_status", ["draft", "submitted"]);

export const responses = pgTable(
  "responses",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid().notNull(),
    waveId: uuid().notNull(),
    perspectiveId: uuid().notNull(),
    respondentId: uuid().notNull(),
    surveyVersionId: uuid()
      .notNull()
      .references(() => surveyVersions.id),
    status: responseStatus().notNull().default("draft"),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    foreignKey({
      columns: [t.respondentId, t.waveId, t.perspectiveId, t.organisationId],
      foreignColumns: [respondents.id, respondents.waveId, respondents.perspectiveId, respondents.organisationId],
      name: "responses_respondent_fk",
    }).onDelete("cascade"),
    // Submitting twice stores one response.
    uniqueIndex("responses_respondent_unique").on(t.respondentId),
    index("responses_wave_idx").on(t.waveId, t.perspectiveId, t.status),
    check("responses_submitted_at", sql`(${t.status} = 'submitted') = (${t.submittedAt} is not null)`),
  ],
);

export const answers = pgTable(
  "answers",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid().notNull(),
    waveId: uuid().notNull(),
    perspectiveId: uuid().notNull(),
    respondentId: uuid().notNull(),
    responseId: uuid()
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    itemId: uuid()
      .notNull()
      .references(() => items.id),
    /** Ratings (1–5, 0–10) and yes/no (1/0). */
    numericValue: doublePrecision(),
    /** Single and multiple choice: the chosen values. */
    choiceValues: text().array(),
    textValue: text(),
    /** The phone's sequence number: a late retry never overwrites a newer answer. */
    clientSeq: bigint({ mode: "number" }).notNull().default(0),
    answeredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      columns: [t.respondentId, t.waveId, t.perspectiveId, t.organisationId],
      foreignColumns: [respondents.id, respondents.waveId, respondents.perspectiveId, respondents.organisationId],
      name: "answers_respondent_fk",
    }).onDelete("cascade"),
    uniqueIndex("answers_respondent_item_unique").on(t.respondentId, t.itemId),
    // The comparison report groups by wave, item and perspective.
    index("answers_report_idx").on(t.waveId, t.itemId, t.perspectiveId),
    check(
      "answers_one_value",
      sql`num_nonnulls(${t.numericValue}, ${t.choiceValues}, ${t.textValue}) <= 1`,
    ),
  ],
);
