// The report cube: a wave's answers, pairs and funnel counted once per combination of the report's
// dimensions (site, unit, month, who answered), so a report of a 100,000-circle wave reads thousands
// of rows instead of millions. Rebuilt from the source tables when they changed (server/services/
// report/report-cube.ts); triggers in the migrations bump `report_versions` on every change that
// matters (a respondent's status or "who answered", a circle's attributes, a completed answer).
import { bigint, doublePrecision, index, integer, pgTable, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { waves } from "./waves";

/** Bumped by triggers whenever a wave's report inputs change. */
// No foreign key: the triggers fire while a wave's rows are being deleted, wave and all.
export const reportVersions = pgTable("report_versions", {
  waveId: uuid().primaryKey(),
  version: bigint({ mode: "number" }).notNull().default(1),
});

/** Which version of the inputs a wave's cube was built from, when, and how long the build took. */
export const reportCubes = pgTable("report_cubes", {
  waveId: uuid()
    .primaryKey()
    .references(() => waves.id, { onDelete: "cascade" }),
  version: bigint({ mode: "number" }).notNull(),
  builtAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  buildMs: integer().notNull(),
});

/**
 * kind 0: answers that say something; 1: answers with this numeric value; 2: answers choosing this
 * option; 3: non-empty free text. Counted per group (item, perspective) and dimension values.
 */
export const reportCells = pgTable(
  "report_cells",
  {
    waveId: uuid()
      .notNull()
      .references(() => waves.id, { onDelete: "cascade" }),
    itemId: uuid().notNull(),
    perspectiveId: uuid().notNull(),
    site: text(),
    unit: text(),
    month: text(),
    answeredBy: text(),
    kind: smallint().notNull(),
    numericValue: doublePrecision(),
    choiceValue: text(),
    n: integer().notNull(),
  },
  (t) => [index("report_cells_wave_idx").on(t.waveId, t.kind)],
);

/** Pairs of answers to one scored item from two perspectives of the same circle (A before B in survey order by id). */
export const reportPairCells = pgTable(
  "report_pair_cells",
  {
    waveId: uuid()
      .notNull()
      .references(() => waves.id, { onDelete: "cascade" }),
    itemId: uuid().notNull(),
    perspectiveA: uuid().notNull(),
    perspectiveB: uuid().notNull(),
    valueA: doublePrecision().notNull(),
    valueB: doublePrecision().notNull(),
    site: text(),
    unit: text(),
    month: text(),
    answeredBy: text(),
    n: integer().notNull(),
  },
  (t) => [index("report_pair_cells_wave_idx").on(t.waveId)],
);

/** Respondents per perspective and status. */
export const reportFunnelCells = pgTable(
  "report_funnel_cells",
  {
    waveId: uuid()
      .notNull()
      .references(() => waves.id, { onDelete: "cascade" }),
    perspectiveId: uuid().notNull(),
    site: text(),
    unit: text(),
    month: text(),
    answeredBy: text(),
    status: text().notNull(),
    n: integer().notNull(),
  },
  (t) => [index("report_funnel_cells_wave_idx").on(t.waveId)],
);
