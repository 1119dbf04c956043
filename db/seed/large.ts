// The large-data generator behind `npm run seed:large`: one organisation, the hospital-stay survey (with
// advocates) published the way the app publishes it, and one open wave of N circles whose respondents,
// responses and answers are made inside PostgreSQL with generate_series and set-based INSERT … SELECT,
// in one transaction. The answers tell the demo's story at scale (db/seed/answers.ts explains the model):
// a latent 0–100 score per item from what the circle lived (shared inside a circle, so paired answers
// agree without being identical), a perspective's bias (staff see blind spots, families hear less at
// discharge, patients are kinder about pain control than staff), a trend within the wave, the person's
// leniency and noise.
//
// Reproducible: every random number comes from random() after setseed(), and each statement that draws
// numbers reads its rows in a fixed order (generate_series, or an ORDER BY on integer keys) with parallel
// query switched off, so the same --seed gives the same data (ids and link hashes aside) on the same server.
import { randomInt } from "node:crypto";
import { eq, sql, type SQL } from "drizzle-orm";
import type { Database, Transaction } from "@/db/connect";
import {
  items as itemsTable,
  memberships,
  organisations,
  perspectives as perspectivesTable,
  surveys,
  surveyVersions,
  users,
  waves,
  type TMemberRole,
} from "@/db/schema";
import { parseSurveyDefinition } from "@/lib/survey/import";
import type { TSurveyDefinition } from "@/lib/survey/definition";
import { ZWaveSettings } from "@/lib/wave/settings";
import { hashPassword } from "@/server/services/auth/password";
import { writeVersionRows } from "@/server/services/survey/write-version-rows";
import { closeWaveRows } from "@/server/services/wave/change-wave-status";
import { checkSettingsAgainstSurvey } from "@/server/services/wave/wave-settings-check";
import type { CommentTone } from "./comments";
import { DEMO_PASSWORD } from "./demo";
import {
  ANSWERED_BY,
  CONTACT_PERSPECTIVES,
  CONTACT_RATE,
  ENGLISH_ONLY,
  LARGE_COMMENTS,
  LARGE_COMPANIONS,
  LARGE_COMPLETION_FACTOR,
  LARGE_NAMES,
  LARGE_PLACES,
  LARGE_STATUS_WEIGHTS,
  LARGE_TRENDS,
  RESPONDENT_INVITE_RATE,
  SPANISH_RATE,
  largeStories,
  largeSurveyDefinition,
  type LargeStatus,
} from "./large-survey";

export const LARGE_DEFAULT_CIRCLES = 100_000;
export const LARGE_MAX_CIRCLES = 2_000_000;
export const LARGE_DEFAULT_ORGANISATION = "Large Benchmark Hospital";
/** setseed() takes a number in [−1, 1]; seeds are integers 0 … 2^31 − 1, mapped onto [0, 1]. */
export const LARGE_MAX_SEED = 2_147_483_647;

export type LargeSeedOptions = {
  circles: number;
  seed: number;
  organisationName: string;
  /** The wave has run until now: later events have not happened yet. Default: the current time. */
  now?: Date;
  /** Close the wave after writing it (unfinished links expire), as an admin closing it early would. */
  close?: boolean;
  /** Progress lines, one per step. */
  log?: (line: string) => void;
};

export type LargeSeedCounts = {
  circles: number;
  respondents: number;
  contacts: number;
  responses: { draft: number; submitted: number };
  answers: number;
  comments: number;
  /** Perspective key → status → respondents. */
  funnel: Record<string, Record<string, number>>;
  /** The primaries who started: who filled it in. */
  answeredBy: Record<string, number>;
};

export type LargeSeedResult = {
  organisationId: string;
  organisationName: string;
  surveyId: string;
  surveyVersionId: string;
  waveId: string;
  waveName: string;
  waveStatus: "open" | "closed";
  seed: number;
  accounts: { email: string; role: TMemberRole; name: string }[];
  password: string;
  counts: LargeSeedCounts;
  timings: { step: string; ms: number }[];
  totalMs: number;
};

/** A mistake in what was asked (bad options, an organisation that is already there): nothing was written. */
export class LargeSeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LargeSeedError";
  }
}

const DAY = 86_400_000;

export function slugify(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
}

function checkOptions(options: LargeSeedOptions): { name: string; slug: string } {
  const { circles, seed } = options;
  if (!Number.isSafeInteger(circles) || circles < 1 || circles > LARGE_MAX_CIRCLES) {
    throw new LargeSeedError(`The number of circles must be a whole number from 1 to ${LARGE_MAX_CIRCLES.toLocaleString("en-GB")}.`);
  }
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > LARGE_MAX_SEED) {
    throw new LargeSeedError(`The seed must be a whole number from 0 to ${LARGE_MAX_SEED}.`);
  }
  const name = options.organisationName.trim();
  if (name.length < 1 || name.length > 200) throw new LargeSeedError("The organisation name must be 1 to 200 characters.");
  const slug = slugify(name);
  if (!slug) throw new LargeSeedError("The organisation name needs at least one letter or digit.");
  if (options.now && Number.isNaN(options.now.getTime())) throw new LargeSeedError("`now` is not a valid date.");
  return { name, slug };
}

// ---------------------------------------------------------------------------------------------------
// SQL literals. Only numbers, ISO timestamps, uuids and keys we made ourselves are inlined (each checked);
// every other string travels in the plan (one jsonb parameter). Statements that create tables take no
// parameters, so they are plain text.

function num(value: number): SQL {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return sql.raw(String(value));
}

function ts(date: Date): SQL {
  return sql.raw(`'${date.toISOString()}'::timestamptz`);
}

function uuid(id: string): SQL {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) throw new Error(`not a uuid: ${id}`);
  return sql.raw(`'${id}'::uuid`);
}

function key(value: string): SQL {
  if (!/^[a-z][a-z0-9_]{0,63}$/.test(value)) throw new Error(`not a key: ${value}`);
  return sql.raw(`'${value}'`);
}

/** A standard normal deviate (Box–Muller); 1 − random() is in (0, 1], so the logarithm is finite. */
const NORMAL = sql.raw("(sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()))");

function rowsOf<T>(result: unknown): T[] {
  // postgres.js returns the rows; PGlite an object with `rows`.
  return (Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? [])) as T[];
}

// ---------------------------------------------------------------------------------------------------
// The plan: the survey's rows and the story, as small tables the SQL joins against.

type PlanItem = {
  item_id: string;
  key: string;
  type: string;
  /** 1-based position in the version: indexes the circle's per-item arrays. */
  position: number;
  required: boolean;
  perspective_id: string;
  perspective_key: string;
  kind: "score" | "concerns" | "fact" | "comment";
  mean: number | null;
  bias: number;
  trend: number;
  ladder: string[] | null;
  opt_out: string | null;
  opt_out_rate: number;
  none_value: string | null;
  concerns: string[] | null;
  min_sel: number;
  max_sel: number;
  fact_rate: number;
  accuracy: number;
  comment_rate: number;
  cond_key: string | null;
  cond_value: number | null;
};

type PlanPerspective = {
  perspective_key: string;
  perspective_id: string;
  is_primary: boolean;
  /** How many items this perspective is asked: how long a complete response takes. */
  asked: number;
  /** Cumulative thresholds of the planned status: completed, invited, opened, started, then declined. */
  t_completed: number;
  t_invited: number;
  t_opened: number;
  t_started: number;
  relationships: string[];
  english_only: boolean;
  by_respondent: boolean;
  contact: boolean;
};

function buildItems(
  definition: TSurveyDefinition,
  itemIds: Map<string, string>,
  perspectiveIds: Map<string, string>,
): PlanItem[] {
  const stories = largeStories();
  const rows: PlanItem[] = [];
  definition.items.forEach((item, index) => {
    const story = stories.get(item.key);
    if (!story) throw new Error(`the large-data story has no item "${item.key}"`);
    let condKey: string | null = null;
    let condValue: number | null = null;
    if (item.condition) {
      const on = definition.items.find((i) => i.key === item.condition!.itemKey);
      // What the generator can follow: "shown when an earlier, unconditional yes/no or rating equals a number".
      if (item.condition.op !== "equals" || typeof item.condition.value !== "number" || !on || on.condition) {
        throw new Error(`the large-data generator cannot follow the condition of item "${item.key}"`);
      }
      condKey = item.condition.itemKey;
      condValue = item.condition.value;
    }
    const expected: Record<PlanItem["kind"], string[]> = {
      score: ["rating5", "rating10", "yesNo", "singleChoice"],
      concerns: ["multipleChoice"],
      fact: ["yesNo"],
      comment: ["text"],
    };
    if (!expected[story.kind].includes(item.type)) {
      throw new Error(`item "${item.key}" is ${item.type}, which a "${story.kind}" story cannot answer`);
    }
    for (const perspectiveKey of item.askedOf) {
      const base = {
        item_id: itemIds.get(item.key)!,
        key: item.key,
        type: item.type,
        position: index + 1,
        required: item.required,
        perspective_id: perspectiveIds.get(perspectiveKey)!,
        perspective_key: perspectiveKey,
        kind: story.kind,
        mean: null,
        bias: 0,
        trend: LARGE_TRENDS[item.key] ?? 0,
        ladder: null,
        opt_out: null,
        opt_out_rate: 0,
        none_value: null,
        concerns: null,
        min_sel: 0,
        max_sel: 0,
        fact_rate: 0,
        accuracy: 1,
        comment_rate: 0,
        cond_key: condKey,
        cond_value: condValue,
      } satisfies PlanItem;
      const row: PlanItem = { ...base };
      if (story.kind === "score" || story.kind === "concerns") {
        row.mean = story.mean;
        row.bias = story.bias?.[perspectiveKey] ?? 0;
      }
      if (story.kind === "score" && item.type === "singleChoice") {
        const values = item.choices.map((c) => c.value);
        const ladder = story.ladder ?? values;
        if (ladder.length === 0 || ladder.some((v) => !values.includes(v))) {
          throw new Error(`the ladder of item "${item.key}" is not among its choices`);
        }
        row.ladder = ladder;
        if (story.optOut) {
          if (!values.includes(story.optOut.value)) throw new Error(`the opt-out of item "${item.key}" is not a choice`);
          row.opt_out = story.optOut.value;
          row.opt_out_rate = story.optOut.rate;
        }
      }
      if (story.kind === "concerns" && item.type === "multipleChoice") {
        const values = item.choices.map((c) => c.value);
        row.none_value = values.includes(story.none) ? story.none : null;
        row.concerns = values.filter((v) => v !== story.none);
        row.min_sel = item.minSelections;
        row.max_sel = Math.min(item.maxSelections ?? row.concerns.length, row.concerns.length);
      }
      if (story.kind === "fact") {
        row.fact_rate = story.rate;
        row.accuracy = story.accuracy;
      }
      if (story.kind === "comment") row.comment_rate = story.rate;
      rows.push(row);
    }
  });
  return rows;
}

function buildPerspectives(definition: TSurveyDefinition, perspectiveIds: Map<string, string>): PlanPerspective[] {
  return definition.perspectives.map((p) => {
    const companion = LARGE_COMPANIONS.find((c) => c.key === p.key);
    if (!p.primary && !companion) throw new Error(`the large-data plan has no companion "${p.key}"`);
    const order: LargeStatus[] = ["completed", "invited", "opened", "started", "declined"];
    const weights = order.map((s) => LARGE_STATUS_WEIGHTS[s] * (s === "completed" ? (LARGE_COMPLETION_FACTOR[p.key] ?? 1) : 1));
    const total = weights.reduce((a, b) => a + b, 0);
    const cumulative = weights.map((_, i) => weights.slice(0, i + 1).reduce((a, b) => a + b, 0) / total);
    return {
      perspective_key: p.key,
      perspective_id: perspectiveIds.get(p.key)!,
      is_primary: p.primary,
      asked: definition.items.filter((i) => i.askedOf.includes(p.key)).length,
      t_completed: cumulative[0]!,
      t_invited: cumulative[1]!,
      t_opened: cumulative[2]!,
      t_started: cumulative[3]!,
      relationships: companion ? [...companion.relationships] : [],
      english_only: ENGLISH_ONLY.includes(p.key),
      by_respondent: p.invitableBy.respondent,
      contact: CONTACT_PERSPECTIVES.includes(p.key),
    };
  });
}

function buildPlaces() {
  const total = LARGE_PLACES.reduce((sum, [, , share]) => sum + share, 0);
  let lo = 0;
  return LARGE_PLACES.map(([site, unit, share, effect], index) => {
    const hi = index === LARGE_PLACES.length - 1 ? 2 : lo + share / total;
    const row = { site, unit, lo, hi, effect };
    lo = hi;
    return row;
  });
}

function buildComments(perspectiveKeys: string[]) {
  const tones: CommentTone[] = ["positive", "mixed", "negative"];
  const rows: { perspective_key: string; language: string; tone: CommentTone; texts: string[] }[] = [];
  for (const perspectiveKey of perspectiveKeys) {
    for (const [language, pool] of Object.entries(LARGE_COMMENTS[perspectiveKey] ?? {})) {
      if (!pool) continue;
      const all = tones.flatMap((t) => pool[t]);
      // A tone with no comments of its own borrows the others (as the demo's pickComment does).
      for (const tone of tones) rows.push({ perspective_key: perspectiveKey, language, tone, texts: pool[tone].length ? pool[tone] : all });
    }
  }
  return rows.filter((r) => r.texts.length > 0);
}

// ---------------------------------------------------------------------------------------------------

export async function seedLarge(db: Database, options: LargeSeedOptions): Promise<LargeSeedResult> {
  const { name, slug } = checkOptions(options);
  const log = options.log ?? (() => {});
  const started = performance.now();
  const timings: { step: string; ms: number }[] = [];
  const step = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const value = await run();
    const ms = Math.round(performance.now() - t0);
    timings.push({ step: label, ms });
    log(`  ${label}: ${ms} ms`);
    return value;
  };

  const parsed = parseSurveyDefinition(largeSurveyDefinition(), { requirePublishable: true });
  if (!parsed.ok) throw new Error(`the large-data survey is invalid: ${JSON.stringify(parsed.errors)}`);
  const definition = parsed.definition;

  // The wave's period: opened half a year ago, closes in a month; experiences up to two days ago.
  const now = options.now ?? new Date();
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const opensAt = new Date(today.getTime() - 182 * DAY);
  const closesAt = new Date(today.getTime() + 31 * DAY);
  const lastExperience = new Date(today.getTime() - 2 * DAY);
  const days = Math.round((lastExperience.getTime() - opensAt.getTime()) / DAY) + 1;
  const latestInvite = new Date(now.getTime() - 30 * 60_000);
  const setupAt = new Date(opensAt.getTime() - 40 * DAY);

  const accounts = (["admin", "manager", "staff"] as const).map((role) => ({
    email: `${role}@${slug}.circles.test`,
    role: role as TMemberRole,
    name: `${name} ${role[0]!.toUpperCase()}${role.slice(1)}`,
  }));
  // scrypt is slow by design: hash before the transaction, in parallel (each with its own salt).
  const hashes = await step("password hashes", () => Promise.all(accounts.map(() => hashPassword(DEMO_PASSWORD))));

  const waveName = `Large wave (${options.circles.toLocaleString("en-GB")} circles)`;
  const ids = await db.transaction(async (tx) => {
    const setup = await step("organisation, members, survey, wave", async () => {
      const clash = await tx
        .select({ name: organisations.name })
        .from(organisations)
        .where(sql`lower(${organisations.name}) = lower(${name}) or ${organisations.slug} = ${slug}`)
        .limit(1);
      if (clash.length > 0) {
        throw new LargeSeedError(
          `The organisation "${clash[0]!.name}" is already in this database: large data is generated once per organisation. ` +
            `Choose another name with --organisation.`,
        );
      }
      const taken = await tx
        .select({ email: users.email })
        .from(users)
        .where(sql`${users.email} in (${sql.join(accounts.map((a) => sql`${a.email}`), sql`, `)})`);
      if (taken.length > 0) {
        throw new LargeSeedError(`The account ${taken[0]!.email} already exists: choose another organisation name.`);
      }
      return setUp(tx, { name, slug, accounts, hashes, definition, setupAt, opensAt, closesAt, waveName });
    });

    const plan = {
      items: buildItems(definition, setup.itemIds, setup.perspectiveIds),
      perspectives: buildPerspectives(definition, setup.perspectiveIds),
      companions: LARGE_COMPANIONS.map((c, idx) => {
        const p = definition.perspectives.find((x) => x.key === c.key);
        if (!p) throw new Error(`the survey has no perspective "${c.key}"`);
        return { idx, key: c.key, rate: c.rate, second_rate: c.secondRate, limit_per_circle: p.limitPerCircle };
      }),
      places: buildPlaces(),
      comments: buildComments(definition.perspectives.map((p) => p.key)),
      names: Object.entries(LARGE_NAMES).map(([language, n]) => ({ language, first: n.first, last: n.last })),
    };
    const primary = definition.perspectives.find((p) => p.primary)!;

    await generate(tx, step, {
      plan,
      seed: options.seed,
      circles: options.circles,
      organisationId: setup.organisationId,
      waveId: setup.waveId,
      surveyVersionId: setup.surveyVersionId,
      adminId: setup.userIds.admin,
      staffId: setup.userIds.staff,
      primaryKey: primary.key,
      itemCount: definition.items.length,
      firstDay: opensAt,
      days,
      latestInvite,
      cutoff: now,
    });

    if (options.close) {
      await step("close the wave", () => closeWaveRows(tx, setup.waveId, now));
    }
    return setup;
  });

  await step("analyze", () =>
    db.execute(sql`analyze circles, respondents, respondent_contacts, responses, answers, survey_versions, perspectives, items, item_perspectives, waves, organisations, memberships, users`),
  );
  const counts = await step("count", () => countWave(db, ids.waveId));
  return {
    organisationId: ids.organisationId,
    organisationName: name,
    surveyId: ids.surveyId,
    surveyVersionId: ids.surveyVersionId,
    waveId: ids.waveId,
    waveName,
    waveStatus: options.close ? "closed" : "open",
    seed: options.seed,
    accounts,
    password: DEMO_PASSWORD,
    counts,
    timings,
    totalMs: Math.round(performance.now() - started),
  };
}

/** The organisation, its members, the survey published through the app's own write path, and the open wave. */
async function setUp(
  tx: Transaction,
  ctx: {
    name: string;
    slug: string;
    accounts: { email: string; role: TMemberRole; name: string }[];
    hashes: string[];
    definition: TSurveyDefinition;
    setupAt: Date;
    opensAt: Date;
    closesAt: Date;
    waveName: string;
  },
) {
  const organisationId = crypto.randomUUID();
  await tx.insert(organisations).values({
    id: organisationId,
    name: ctx.name,
    slug: ctx.slug,
    defaultLanguage: "en",
    defaultAnonymityThreshold: 5,
    contactText: "Questions about this survey? Write to experience@example.com.",
    privacyText:
      "We use your answers only to improve care. Results are shown in groups of at least five people, and your " +
      "contact details are kept apart from your answers.",
    createdAt: ctx.setupAt,
  });
  const userRows = ctx.accounts.map((a, i) => ({
    id: crypto.randomUUID(),
    email: a.email,
    name: a.name,
    passwordHash: ctx.hashes[i]!,
    createdAt: ctx.setupAt,
  }));
  await tx.insert(users).values(userRows);
  await tx.insert(memberships).values(
    ctx.accounts.map((a, i) => ({
      organisationId,
      userId: userRows[i]!.id,
      role: a.role,
      createdAt: ctx.setupAt,
      updatedAt: ctx.setupAt,
    })),
  );
  const userIds = Object.fromEntries(ctx.accounts.map((a, i) => [a.role, userRows[i]!.id])) as Record<TMemberRole, string>;

  // As the builder publishes (server/services/survey/publish-survey.ts): a draft version holding the
  // definition, its rows written by writeVersionRows, then the version marked published (and frozen).
  const surveyId = crypto.randomUUID();
  const surveyVersionId = crypto.randomUUID();
  const createdAt = new Date(ctx.opensAt.getTime() - 30 * DAY);
  const publishedAt = new Date(ctx.opensAt.getTime() - 16 * DAY);
  await tx.insert(surveys).values({
    id: surveyId,
    organisationId,
    name: ctx.definition.name,
    description: ctx.definition.description,
    createdBy: userIds.admin,
    createdAt,
  });
  await tx.insert(surveyVersions).values({
    id: surveyVersionId,
    organisationId,
    surveyId,
    number: 1,
    status: "draft",
    definition: ctx.definition,
    createdAt,
    updatedAt: createdAt,
    updatedBy: userIds.admin,
  });
  const { perspectiveIds, itemIds } = await writeVersionRows(tx, surveyVersionId, ctx.definition);
  await tx
    .update(surveyVersions)
    .set({ status: "published", publishedAt, publishedBy: userIds.admin, updatedAt: publishedAt })
    .where(eq(surveyVersions.id, surveyVersionId));
  // Read back what was written, so the plan joins against the rows themselves.
  const writtenPerspectives = await tx
    .select({ id: perspectivesTable.id, key: perspectivesTable.key })
    .from(perspectivesTable)
    .where(eq(perspectivesTable.surveyVersionId, surveyVersionId));
  const writtenItems = await tx
    .select({ id: itemsTable.id, key: itemsTable.key })
    .from(itemsTable)
    .where(eq(itemsTable.surveyVersionId, surveyVersionId));
  if (writtenPerspectives.length !== perspectiveIds.size || writtenItems.length !== itemIds.size) {
    throw new Error("the published version's rows do not match its definition");
  }

  // The settings an admin would give it, checked as the wave form checks them.
  const settings = ZWaveSettings.parse({
    name: ctx.waveName,
    opensAt: ctx.opensAt,
    closesAt: ctx.closesAt,
    timezone: "UTC",
    channels: ["link"],
    reminderDays: [],
    allowCompanionInvites: true,
    companionPerspectiveKeys: ctx.definition.perspectives.filter((p) => p.invitableBy.respondent).map((p) => p.key),
    maxCompanionsPerCircle: 2,
    anonymityMode: "confidential",
    anonymityThreshold: 5,
  });
  checkSettingsAgainstSurvey(settings, ctx.definition);
  const waveId = crypto.randomUUID();
  // Written open: the database refuses writes to a closed wave's circles and answers.
  await tx.insert(waves).values({
    id: waveId,
    organisationId,
    surveyId,
    surveyVersionId,
    ...settings,
    status: "open",
    createdBy: userIds.admin,
    createdAt: new Date(ctx.opensAt.getTime() - 10 * DAY),
    openedAt: ctx.opensAt,
  });
  return {
    organisationId,
    userIds,
    surveyId,
    surveyVersionId,
    waveId,
    perspectiveIds: new Map(writtenPerspectives.map((p) => [p.key, p.id])),
    itemIds: new Map(writtenItems.map((i) => [i.key, i.id])),
  };
}

type GenerateContext = {
  plan: {
    items: PlanItem[];
    perspectives: PlanPerspective[];
    companions: { idx: number; key: string; rate: number; second_rate: number; limit_per_circle: number }[];
    places: { site: string; unit: string; lo: number; hi: number; effect: number }[];
    comments: { perspective_key: string; language: string; tone: string; texts: string[] }[];
    names: { language: string; first: readonly string[]; last: readonly string[] }[];
  };
  seed: number;
  circles: number;
  organisationId: string;
  waveId: string;
  surveyVersionId: string;
  adminId: string;
  staffId: string;
  primaryKey: string;
  itemCount: number;
  firstDay: Date;
  days: number;
  latestInvite: Date;
  cutoff: Date;
};

/** Random draws per respondent, in the order lg_resp_draw makes them. */
const RESPONDENT_DRAWS = [
  "u_status",
  "u_fast",
  "u_open",
  "u_start",
  "u_decline",
  "u_pace",
  "u_finish",
  "u_stop",
  "u_delay",
  "u_by_respondent",
  "u_relationship",
  "u_answered_by",
  "u_contact",
  "u_first",
  "u_last",
  "u_email",
  "u_phone",
  "u_mail_no",
  "u_phone_no",
  "u_dnc",
] as const;

/**
 * Ids for one table, time-ordered (UUIDv7, RFC 9562: this run's millisecond, random bits, then a counter
 * from a random offset), so that rows written in order land at the end of their indexes instead of on
 * random pages: the app's own ids are random (v4), and both kinds live side by side.
 */
function orderedIds(): (counter: SQL) => SQL {
  const time = Date.now().toString(16).padStart(12, "0");
  const randA = randomInt(0, 0x1000).toString(16).padStart(3, "0");
  const randB = (0x8000 | randomInt(0, 0x4000)).toString(16);
  const offset = randomInt(0, 2 ** 46);
  const prefix = sql.raw(`'${time.slice(0, 8)}-${time.slice(8)}-7${randA}-${randB}-'`);
  return (counter) => sql`(${prefix} || lpad(to_hex(${num(offset)}::bigint + ${counter}), 12, '0'))::uuid`;
}

async function generate(
  tx: Transaction,
  step: <T>(label: string, run: () => Promise<T>) => Promise<T>,
  ctx: GenerateContext,
) {
  const exec = (query: SQL) => tx.execute(query);
  /** A temporary table, analysed at once: without statistics the planner guesses badly at these sizes. */
  const temp = async (name: string, query: SQL) => {
    await exec(sql`create temp table ${sql.raw(name)} on commit drop as ${query}`);
    await exec(sql`analyze ${sql.raw(name)}`);
  };
  const cutoff = ts(ctx.cutoff);
  const latestInvite = ts(ctx.latestInvite);
  const firstDay = sql.raw(`'${ctx.firstDay.toISOString().slice(0, 10)}'::date`);
  const org = uuid(ctx.organisationId);
  const wave = uuid(ctx.waveId);
  const circleId = orderedIds();
  const respondentId = orderedIds();
  const responseId = orderedIds();
  const answerId = orderedIds();

  await step("plan", async () => {
    // Same numbers every time: no parallel workers (rows would reach random() in a varying order).
    await exec(sql`select set_config('max_parallel_workers_per_gather', '0', true), set_config('jit', 'off', true),
                          set_config('work_mem', '256MB', true)`);
    await exec(sql`select setseed(${num(ctx.seed / LARGE_MAX_SEED)})`);
    // The closed-wave guard (migration 0004) asks, for every row, whether its wave is closed. This wave was
    // created open by this very transaction and no one else can see it, let alone close it, until we commit:
    // the answer is "no" for every row, so the bulk writes use the guard's own maintenance switch (as the
    // retention jobs do) instead of asking 1.5 million times. It is switched off again before anything else.
    await exec(sql`select set_config('circles.maintenance', 'on', true)`);
    await exec(sql`create temp table lg_plan (j jsonb not null) on commit drop`);
    await exec(sql`insert into lg_plan (j) values (${JSON.stringify(ctx.plan)}::jsonb)`);
    const table = (name: string, part: string, columns: string) =>
      temp(name, sql`select * from jsonb_to_recordset((select j -> ${sql.raw(`'${part}'`)} from lg_plan)) as x(${sql.raw(columns)})`);
    await table(
      "lg_item",
      "items",
      `item_id uuid, key text, type text, position int, required boolean, perspective_id uuid, perspective_key text,
       kind text, mean float8, bias float8, trend float8, ladder text[], opt_out text, opt_out_rate float8,
       none_value text, concerns text[], min_sel int, max_sel int, fact_rate float8, accuracy float8,
       comment_rate float8, cond_key text, cond_value float8`,
    );
    await table(
      "lg_persp",
      "perspectives",
      `perspective_key text, perspective_id uuid, is_primary boolean, asked int, t_completed float8, t_invited float8,
       t_opened float8, t_started float8, relationships text[], english_only boolean, by_respondent boolean, contact boolean`,
    );
    await table("lg_companion", "companions", "idx int, key text, rate float8, second_rate float8, limit_per_circle int");
    await table("lg_place", "places", "site text, unit text, lo float8, hi float8, effect float8");
    await table("lg_comment", "comments", "perspective_key text, language text, tone text, texts text[]");
    await table("lg_name", "names", "language text, first text[], last text[]");
  });

  const companions = ctx.plan.companions.length;
  await step("circles", async () => {
    // Draws first, from generate_series alone (a fixed order); the arrays are per item position and per
    // companion kind (the correlated "+ 0 * c" makes each row draw its own).
    await temp(
      "lg_circle_draw",
      sql`select c,
        random() as u_place, random() as u_day, random() as u_lag, random() as u_hour, random() as u_lang,
        random() as u_inviter, ${NORMAL} as z_quality,
        array(select ${NORMAL} from generate_series(1, ${num(ctx.itemCount)} + 0 * c)) as item_effects,
        array(select random() from generate_series(1, ${num(ctx.itemCount)} + 0 * c)) as item_facts,
        array(select random() from generate_series(1, ${num(2 * companions)} + 0 * c)) as companion_u
      from generate_series(1, ${num(ctx.circles)}) as c`,
    );
    // Then what follows from them: the place, the day of the stay, the invitation.
    await temp(
      "lg_circle",
      sql`select d.c, ${circleId(sql`d.c`)} as id, p.site, p.unit, p.effect + d.z_quality as quality,
        d.item_effects, d.item_facts, d.companion_u,
        ${firstDay} + floor(d.u_day * ${num(ctx.days)})::int as experience_date,
        floor(d.u_day * ${num(ctx.days)}) / ${num(ctx.days)}::float8 as period_fraction,
        least(${latestInvite}, t.invited_at - case when t.invited_at > ${latestInvite} then interval '1 day' else interval '0' end)
          as invited_at,
        case when d.u_lang < ${num(SPANISH_RATE)} then 'es' else 'en' end as language,
        case when d.u_inviter < 0.8 then ${uuid(ctx.staffId)} else ${uuid(ctx.adminId)} end as created_by
      from lg_circle_draw d
      join lg_place p on d.u_place >= p.lo and d.u_place < p.hi
      -- Invited the day after the stay or the one after, in working hours; not after now (the day before, then).
      cross join lateral (
        select ((${firstDay} + floor(d.u_day * ${num(ctx.days)})::int)::timestamp at time zone 'UTC')
          + (1 + floor(d.u_lag * 2)) * interval '1 day' + (8 + 10 * d.u_hour) * interval '1 hour' as invited_at
      ) t`,
    );
    await exec(sql`insert into circles (id, organisation_id, wave_id, external_ref, site, unit, experience_date, created_by, created_at)
      select id, ${org}, ${wave}, 'LG-' || lpad(c::text, 7, '0'), site, unit, experience_date, created_by, invited_at
      from lg_circle order by c`);
  });

  await step("respondents", async () => {
    // Who is in each circle: the primary, then each companion kind's first and second (within its limit).
    await temp(
      "lg_slot",
      sql`select row_number() over (order by c.c, s.slot) as r, c.c, s.slot, s.perspective_key
      from lg_circle c
      cross join lateral (
        select 0 as slot, ${key(ctx.primaryKey)}::text as perspective_key
        union all
        select 1 + 2 * m.idx + k.k, m.key
        from lg_companion m cross join (values (0), (1)) as k(k)
        where c.companion_u[2 * m.idx + 1] < m.rate
          and (k.k = 0 or (m.limit_per_circle > 1 and c.companion_u[2 * m.idx + 2] < m.second_rate))
      ) s`,
    );
    await temp(
      "lg_resp_draw",
      sql`select r, ${sql.raw(RESPONDENT_DRAWS.map((d) => `random() as ${d}`).join(", "))}, ${NORMAL} as z_leniency
      from (select r from lg_slot order by r) s`,
    );

    const draws = sql.raw(RESPONDENT_DRAWS.map((d) => `d.${d}`).join(", ") + ", d.z_leniency");
    const planned = sql`case when d.u_status < p.t_completed then 'completed' when d.u_status < p.t_invited then 'invited'
      when d.u_status < p.t_opened then 'opened' when d.u_status < p.t_started then 'started' else 'declined' end`;
    const byCumulative = (entries: readonly (readonly [string, number, number])[], column: string, pick: 1 | 2) => {
      const total = entries.reduce((s, e) => s + e[1], 0);
      let acc = 0;
      const whens = entries.slice(0, -1).map((e) => {
        acc += e[1] / total;
        return `when ${column} < ${acc} then ${pick === 1 ? `'${e[0]}'` : e[2]}`;
      });
      const last = entries[entries.length - 1]!;
      return sql.raw(`case ${whens.join(" ")} else ${pick === 1 ? `'${last[0]}'` : last[2]} end`);
    };
    // A respondent's life from their invitation: opened minutes to days later, started, then one answer
    // per `pace`; events after the cutoff have not happened, so the status is where they had got to.
    const life = (source: SQL) => sql`
      select l.r, l.c, l.slot, ${respondentId(sql`l.r`)} as id, l.circle_id, l.perspective_key, l.perspective_id,
        l.is_primary, l.relationship, l.language, l.invited_at, l.invited_by_user_id, l.invited_by_respondent_id,
        l.status, l.pace, l.asked, l.contact, ${sql.raw(RESPONDENT_DRAWS.map((d) => `l.${d}`).join(", "))}, l.z_leniency,
        case when l.status <> 'invited' then l.p_opened end as opened_at,
        case when l.status in ('started', 'completed') then l.p_started end as started_at,
        case when l.status = 'completed' then l.p_completed end as completed_at,
        case when l.status = 'declined' then l.p_declined end as declined_at,
        case when l.is_primary and l.status in ('started', 'completed') then ${byCumulative(ANSWERED_BY, "l.u_answered_by", 1)} end as answered_by,
        case when l.is_primary and l.status in ('started', 'completed') then ${byCumulative(ANSWERED_BY, "l.u_answered_by", 2)} else 0 end as answered_by_points,
        case when l.status in ('started', 'completed') then ${responseId(sql`l.r`)} end as response_id
      from (
        select t.*,
          case when t.planned = 'invited' or t.p_opened > ${cutoff} then 'invited'
               when t.planned = 'completed' and t.p_completed <= ${cutoff} then 'completed'
               when t.planned in ('completed', 'started') and t.p_started + t.pace <= ${cutoff} then 'started'
               when t.planned = 'declined' and t.p_declined <= ${cutoff} then 'declined'
               else 'opened' end as status
        from (
          select o.*, o.p_started + o.pace * (o.asked + 1) + make_interval(secs => 10 + o.u_finish * 50) as p_completed
          from (
            select n.*,
              n.p_opened + make_interval(secs => 10 + n.u_start * 230) as p_started,
              n.p_opened + make_interval(secs => 20 + n.u_decline * 160) as p_declined
            from (
              select x.*,
                x.invited_at + make_interval(secs => 300 + x.u_open * case when x.u_fast < 0.7 then 28500 else 258900 end) as p_opened,
                make_interval(secs => 8 + x.u_pace * 67) as pace
              from (${source}) x
            ) n
          ) o
        ) t
      ) l`;

    await exec(sql`create temp table lg_resp on commit drop as ${life(sql`
      select s.r, s.c, s.slot, c.id as circle_id, p.perspective_key, p.perspective_id, p.is_primary, p.asked, p.contact,
        case when p.english_only then 'en' else c.language end as language,
        null::text as relationship, ${planned} as planned,
        c.invited_at, c.created_by as invited_by_user_id, null::uuid as invited_by_respondent_id, ${draws}
      from lg_slot s
      join lg_resp_draw d on d.r = s.r
      join lg_circle c on c.c = s.c
      join lg_persp p on p.perspective_key = s.perspective_key
      where s.slot = 0`)}`);
    await exec(sql`analyze lg_resp`);
    // Companions: invited by staff a few hours after the patient, or (some family) by the patient who has
    // just completed ("who else was with you?"); one invited after the cutoff is not there yet.
    await exec(sql`insert into lg_resp ${life(sql`
      select y.* from (
        select s.r, s.c, s.slot, c.id as circle_id, p.perspective_key, p.perspective_id, p.is_primary, p.asked, p.contact,
          case when p.english_only then 'en' else c.language end as language,
          p.relationships[1 + floor(d.u_relationship * cardinality(p.relationships))::int] as relationship,
          ${planned} as planned,
          case when b.by_primary then pr.completed_at + make_interval(secs => 60 + d.u_delay * 240)
               else least(${latestInvite}, c.invited_at + make_interval(secs => d.u_delay * 21600)) end as invited_at,
          case when b.by_primary then null else c.created_by end as invited_by_user_id,
          case when b.by_primary then pr.id end as invited_by_respondent_id,
          ${draws}
        from lg_slot s
        join lg_resp_draw d on d.r = s.r
        join lg_circle c on c.c = s.c
        join lg_persp p on p.perspective_key = s.perspective_key
        join lg_resp pr on pr.c = s.c and pr.is_primary
        cross join lateral (
          select p.by_respondent and pr.status = 'completed' and d.u_by_respondent < ${num(RESPONDENT_INVITE_RATE)} as by_primary
        ) b
        where s.slot > 0
      ) y
      where y.invited_at <= ${latestInvite}`)}`);
    await exec(sql`analyze lg_resp`);

    // Links: the SHA-256 of a token nobody keeps (122 random bits from gen_random_uuid), so every hash is
    // unique and no link can be opened; with no sealed copy, staff reissue a link to hand one out.
    await exec(sql`insert into respondents (id, organisation_id, wave_id, circle_id, perspective_id, is_primary, relationship,
        status, language, token_hash, token_sealed, token_issued_at, invited_by_respondent_id, invited_by_user_id,
        answered_by, created_at, opened_at, started_at, completed_at, declined_at)
      select id, ${org}, ${wave}, circle_id, perspective_id, is_primary, relationship, status::respondent_status, language,
        encode(sha256(uuid_send(gen_random_uuid())), 'hex'), null, invited_at, invited_by_respondent_id, invited_by_user_id,
        answered_by, invited_at, opened_at, started_at, completed_at, declined_at
      from lg_resp order by r`);
  });

  await step("contacts", () =>
    exec(sql`insert into respondent_contacts (respondent_id, organisation_id, name, email, phone, do_not_contact)
      select x.id, ${org}, x.first || ' ' || x.last,
        case when x.has_email then
          regexp_replace(lower(translate(x.first || '.' || x.last, 'áéíóúÁÉÍÓÚñÑüÜ', 'aeiouAEIOUnNuU')), '[^a-z.]', '', 'g')
            || (1 + floor(x.u_mail_no * 99))::int || '@example.com' end,
        case when not x.has_email or x.u_phone < 0.45 then '+44 7700 900' || lpad(floor(x.u_phone_no * 1000)::int::text, 3, '0') end,
        x.status = 'declined' and x.u_dnc < 0.5
      from (
        select r.r, r.id, r.status, r.u_mail_no, r.u_phone, r.u_phone_no, r.u_dnc, r.u_email < 0.75 as has_email,
          n.first[1 + floor(r.u_first * cardinality(n.first))::int] as first,
          n.last[1 + floor(r.u_last * cardinality(n.last))::int] as last
        from lg_resp r
        join lg_name n on n.language = case when r.language = 'es' then 'es' else 'en' end
        where r.contact and r.u_contact < ${num(CONTACT_RATE)}
      ) x
      order by x.r`),
  );

  await step("answers (draws)", () =>
    temp(
      "lg_answer_draw",
      sql`select s.r, s.position, ${NORMAL} as z_noise, random() as u_skip, random() as u_opt, random() as u_fact,
        random() as u_comment, random() as u_tone, random() as u_drift, random() as u_pick,
        case when s.kind = 'concerns' then array(select random() from generate_series(1, cardinality(s.concerns) + 0 * s.r)) end as concern_keys
      from (
        select resp.r, i.position, i.kind, i.concerns
        from lg_resp resp
        join lg_item i on i.perspective_id = resp.perspective_id
        where resp.status in ('started', 'completed')
        order by resp.r, i.position
      ) s`,
    ),
  );

  await step("answers (values)", async () => {
    // Every answer the respondent would give if they finished: the latent score mapped onto the item's scale.
    await temp(
      "lg_value",
      sql`select d.r, d.position, i.item_id, i.key, i.kind, i.type, i.cond_key, i.cond_value, resp.perspective_key,
        resp.language, d.u_tone, d.u_drift, d.u_pick, s.score,
        case
          when i.kind = 'fact' then
            ((c.item_facts[i.position] < i.fact_rate) = (resp.is_primary or d.u_fact < i.accuracy))::int::float8
          when i.kind <> 'score' then null
          when i.type = 'rating5' then least(5, greatest(1, round(1 + s.score / 25)))
          when i.type = 'rating10' then least(10, greatest(0, round(s.score / 10)))
          when i.type = 'yesNo' then (s.score >= 50)::int::float8
        end as numeric_value,
        case
          when i.type = 'singleChoice' then
            case when i.opt_out is not null and d.u_opt < i.opt_out_rate then array[i.opt_out]
                 else array[i.ladder[1 + least(cardinality(i.ladder) - 1, greatest(0, floor(s.score / 100 * cardinality(i.ladder))))::int]] end
          when i.type = 'multipleChoice' then
            case when i.none_value is not null and least(i.max_sel, greatest(0, round((100 - s.score) / 20))) = 0
                   then array[i.none_value]
                 else array(
                   select z.value from (
                     select u.value, u.ord from unnest(i.concerns, d.concern_keys) with ordinality as u(value, draw, ord)
                     order by u.draw
                     limit greatest(least(i.max_sel, round((100 - s.score) / 20))::int, i.min_sel, 1)
                   ) z order by z.ord) end
        end as choice_values,
        i.required or i.kind = 'fact' or (i.kind in ('score', 'concerns') and d.u_skip < 0.94)
          or (i.kind = 'comment' and d.u_comment < i.comment_rate) as chosen
      from lg_answer_draw d
      join lg_resp resp on resp.r = d.r
      join lg_item i on i.perspective_id = resp.perspective_id and i.position = d.position
      join lg_circle c on c.c = resp.c
      cross join lateral (
        select case when i.kind in ('score', 'concerns') then
          i.mean + i.bias + i.trend * (c.period_fraction - 0.5) + 12 * c.quality + 8 * c.item_effects[i.position]
            + 7 * resp.z_leniency + resp.answered_by_points + 10 * d.z_noise end as score
      ) s`,
    );
    // What is actually given: shown (its condition holds on the respondent's own answer), chosen, a comment
    // whose tone follows the respondent's mean score; someone who stopped part-way gave the first few only.
    await temp(
      "lg_cond",
      sql`select r, key, numeric_value from lg_value
      where chosen and key in (select cond_key from lg_item where cond_key is not null)`,
    );
    await temp(
      "lg_text",
      sql`select v.r, v.position,
        (coalesce(pl.texts, pe.texts))[1 + floor(v.u_pick * cardinality(coalesce(pl.texts, pe.texts)))::int] as text_value
      from lg_value v
      join (select r, avg(score) as mean_score from lg_value group by r) m on m.r = v.r
      cross join lateral (
        select case when v.u_tone < 0.8 then
                 case when m.mean_score >= 75 then 'positive' when m.mean_score >= 58 then 'mixed' else 'negative' end
               else (array['positive', 'mixed', 'negative'])[1 + floor(v.u_drift * 3)::int] end as tone
      ) k
      left join lg_comment pl on pl.perspective_key = v.perspective_key and pl.language = v.language and pl.tone = k.tone
      left join lg_comment pe on pe.perspective_key = v.perspective_key and pe.language = 'en' and pe.tone = k.tone
      where v.kind = 'comment' and v.chosen`,
    );
    await temp(
      "lg_answer",
      sql`select y.r, resp.id as respondent_id, resp.response_id, resp.perspective_id, y.item_id, y.numeric_value,
        y.choice_values, y.text_value, y.rank, resp.started_at + resp.pace * y.rank as answered_at
      from (
        select x.*, row_number() over (partition by x.r order by x.position) as rank,
          count(*) over (partition by x.r) as given_count
        from (
          select v.r, v.position, v.item_id, v.numeric_value, v.choice_values, t.text_value
          from lg_value v
          left join lg_cond cv on v.cond_key is not null and cv.r = v.r and cv.key = v.cond_key
          left join lg_text t on v.kind = 'comment' and t.r = v.r and t.position = v.position
          where v.chosen
            and (v.kind <> 'comment' or t.text_value is not null)
            and (v.cond_key is null or cv.numeric_value = v.cond_value)
        ) x
      ) y
      join lg_resp resp on resp.r = y.r
      where resp.status = 'completed'
         or (y.rank <= 1 + floor(resp.u_stop * greatest(1, y.given_count - 2)) and resp.started_at + resp.pace * y.rank <= ${cutoff})`,
    );
  });

  // Every started respondent answered something before the cutoff (their status says so): check, or undo all.
  const [check] = rowsOf<{ missing: number }>(
    await exec(sql`select count(*)::int as missing from lg_resp r
      where r.status in ('started', 'completed') and not exists (select 1 from lg_answer a where a.r = r.r)`),
  );
  if (Number(check?.missing ?? 0) > 0) {
    throw new Error(`internal: ${check!.missing} respondents who started have no answers; nothing was written`);
  }

  await step("responses", () =>
    exec(sql`insert into responses (id, organisation_id, wave_id, perspective_id, respondent_id, survey_version_id, status,
        started_at, updated_at, submitted_at)
      select r.response_id, ${org}, ${wave}, r.perspective_id, r.id, ${uuid(ctx.surveyVersionId)},
        (case when r.status = 'completed' then 'submitted' else 'draft' end)::response_status,
        r.started_at, coalesce(r.completed_at, a.last_at), r.completed_at
      from lg_resp r
      join (select r, max(answered_at) as last_at from lg_answer group by r) a on a.r = r.r
      where r.status in ('started', 'completed')
      order by r.r`),
  );

  await step("answers (insert)", () =>
    exec(sql`insert into answers (id, organisation_id, wave_id, perspective_id, respondent_id, response_id, item_id,
        numeric_value, choice_values, text_value, client_seq, answered_at, updated_at)
      select ${answerId(sql`(r * 64 + rank)`)}, ${org}, ${wave}, perspective_id, respondent_id, response_id, item_id,
        numeric_value, choice_values, text_value, rank, answered_at, answered_at
      from lg_answer order by r, rank`),
  );
  await exec(sql`select set_config('circles.maintenance', 'off', true)`);
}

/** What the wave holds, counted from the tables themselves. */
export async function countWave(db: Database, waveId: string): Promise<LargeSeedCounts> {
  const funnelRows = rowsOf<{ key: string; status: string; n: number }>(
    await db.execute(sql`select p.key, r.status::text as status, count(*)::int as n
      from respondents r join perspectives p on p.id = r.perspective_id
      where r.wave_id = ${waveId} group by p.key, p.position, r.status order by p.position, r.status`),
  );
  const [totals] = rowsOf<Record<string, number>>(
    await db.execute(sql`select
      (select count(*)::int from circles where wave_id = ${waveId}) as circles,
      (select count(*)::int from respondent_contacts c join respondents r on r.id = c.respondent_id where r.wave_id = ${waveId}) as contacts,
      (select count(*)::int from responses where wave_id = ${waveId} and status = 'draft') as drafts,
      (select count(*)::int from responses where wave_id = ${waveId} and status = 'submitted') as submitted,
      (select count(*)::int from answers where wave_id = ${waveId}) as answers,
      (select count(*)::int from answers where wave_id = ${waveId} and text_value is not null) as comments`),
  );
  const answeredRows = rowsOf<{ answered_by: string; n: number }>(
    await db.execute(sql`select answered_by, count(*)::int as n from respondents
      where wave_id = ${waveId} and answered_by is not null group by answered_by order by answered_by`),
  );
  const funnel: Record<string, Record<string, number>> = {};
  for (const row of funnelRows) (funnel[row.key] ??= {})[row.status] = Number(row.n);
  return {
    circles: Number(totals!.circles),
    respondents: funnelRows.reduce((sum, r) => sum + Number(r.n), 0),
    contacts: Number(totals!.contacts),
    responses: { draft: Number(totals!.drafts), submitted: Number(totals!.submitted) },
    answers: Number(totals!.answers),
    comments: Number(totals!.comments),
    funnel,
    answeredBy: Object.fromEntries(answeredRows.map((r) => [r.answered_by, Number(r.n)])),
  };
}
