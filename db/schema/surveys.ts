// Surveys, their versions (immutable once published), perspectives, items and per-perspective wordings.
// A draft lives as its definition (JSON); publishing writes its perspectives and items as rows, which
// answers and reports refer to, and freezes both.
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { TCondition, TItemConfig } from "@/lib/survey/item";
import type { TSurveyDefinition } from "@/lib/survey/definition";
import type { TLocalizedText } from "@/lib/survey/languages";
import { organisations, users } from "./organisations";

export const surveyVersionStatus = pgEnum("survey_version_status", ["draft", "published"]);
export const itemType = pgEnum("item_type", [
  "rating5",
  "rating10",
  "yesNo",
  "singleChoice",
  "multipleChoice",
  "text",
]);

export const surveys = pgTable(
  "surveys",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text().notNull(),
    description: text().notNull().default(""),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp({ withTimezone: true }),
  },
  (t) => [unique("surveys_id_org_unique").on(t.id, t.organisationId), index("surveys_org_idx").on(t.organisationId)],
);

export const surveyVersions = pgTable(
  "survey_versions",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid().notNull(),
    surveyId: uuid().notNull(),
    number: integer().notNull(),
    status: surveyVersionStatus().notNull().default("draft"),
    /** The whole definition: the working copy of a draft, the frozen snapshot of a published version. */
    definition: jsonb().$type<TSurveyDefinition>().notNull(),
    /** Bumped on every draft save: two editors at once are detected, not overwritten. */
    revision: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    publishedAt: timestamp({ withTimezone: true }),
    publishedBy: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    foreignKey({
      columns: [t.surveyId, t.organisationId],
      foreignColumns: [surveys.id, surveys.organisationId],
      name: "survey_versions_survey_fk",
    }).onDelete("cascade"),
    unique("survey_versions_id_org_unique").on(t.id, t.organisationId),
    uniqueIndex("survey_versions_number_unique").on(t.surveyId, t.number),
    // At most one draft per survey at a time.
    uniqueIndex("survey_versions_one_draft").on(t.surveyId).where(sql`${t.status} = 'draft'`),
    check("survey_versions_published_at", sql`(${t.status} = 'published') = (${t.publishedAt} is not null)`),
  ],
);

export const perspectives = pgTable(
  "perspectives",
  {
    id: uuid().primaryKey().defaultRandom(),
    surveyVersionId: uuid()
      .notNull()
      .references(() => surveyVersions.id, { onDelete: "cascade" }),
    /** Stable across versions: `patient`, `family`, `staff`. */
    key: text().notNull(),
    label: jsonb().$type<TLocalizedText>().notNull(),
    isPrimary: boolean().notNull().default(false),
    position: integer().notNull(),
    /** How many respondents of this perspective one circle may have. */
    limitPerCircle: integer().notNull().default(1),
    invitableByOrganisation: boolean().notNull().default(true),
    invitableByRespondent: boolean().notNull().default(false),
  },
  (t) => [
    uniqueIndex("perspectives_version_key_unique").on(t.surveyVersionId, t.key),
    uniqueIndex("perspectives_one_primary").on(t.surveyVersionId).where(sql`${t.isPrimary}`),
    // Lets respondents carry is_primary checked against their perspective (one primary per circle).
    unique("perspectives_id_primary_unique").on(t.id, t.isPrimary),
    check("perspectives_primary_limit", sql`not ${t.isPrimary} or ${t.limitPerCircle} = 1`),
    check("perspectives_limit_positive", sql`${t.limitPerCircle} between 1 and 50`),
  ],
);

export const items = pgTable(
  "items",
  {
    id: uuid().primaryKey().defaultRandom(),
    surveyVersionId: uuid()
      .notNull()
      .references(() => surveyVersions.id, { onDelete: "cascade" }),
    /** Stable across versions; trends follow it. */
    key: text().notNull(),
    type: itemType().notNull(),
    config: jsonb().$type<TItemConfig>().notNull(),
    required: boolean().notNull().default(false),
    position: integer().notNull(),
    page: integer().notNull().default(1),
    condition: jsonb().$type<TCondition>(),
  },
  (t) => [
    uniqueIndex("items_version_key_unique").on(t.surveyVersionId, t.key),
    index("items_version_idx").on(t.surveyVersionId, t.position),
    check("items_config_type", sql`${t.config}->>'type' = ${t.type}::text`),
  ],
);

/** Which perspectives are asked an item, and in what words (per language). */
export const itemPerspectives = pgTable(
  "item_perspectives",
  {
    itemId: uuid()
      .notNull()
      .references(() => items.id, { onDelete: "cascade" }),
    perspectiveId: uuid()
      .notNull()
      .references(() => perspectives.id, { onDelete: "cascade" }),
    wording: jsonb().$type<TLocalizedText>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.perspectiveId] }), index("item_perspectives_perspective_idx").on(t.perspectiveId)],
);
