// The demo: "Riverside Hospital" with a linked three-perspective survey, a closed and an open wave
// of a few hundred circles whose answers tell a true story (blind spots, a hidden strength, a trend),
// and a second organisation, "Harbour Insurance", to show that tenants stay apart.
import { eq } from "drizzle-orm";
import type { Database, Transaction } from "@/db/connect";
import { memberships, organisations, users, waves, type TMemberRole } from "@/db/schema";
import { hashPassword } from "@/server/services/auth/password";
import { HOSPITAL_COMMENTS } from "./comments";
import {
  FAMILY_RELATIONSHIPS,
  HOSPITAL_SITES,
  HOSPITAL_STAY,
  HOSPITAL_UNITS,
  STAFF_RELATIONSHIPS,
} from "./demo-survey";
import { generateWave, type WavePlan, type WaveRows } from "./generate";
import { seedHarbour } from "./harbour";
import { createRng, type Rng } from "./random";
import { insertSurvey, type InsertedSurvey } from "./survey";
import { insertWaveRows } from "./write";

export const DEMO_SLUG = "riverside-hospital";
export const DEMO_PASSWORD = "circles-demo";

export type DemoAccount = { email: string; role: TMemberRole; name: string };

/** The Riverside Hospital accounts, all with DEMO_PASSWORD. The consultant is also a Harbour manager. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: "admin@demo.circles.test", role: "admin", name: "Alex Admin" },
  { email: "manager@demo.circles.test", role: "manager", name: "Morgan Manager" },
  { email: "staff@demo.circles.test", role: "staff", name: "Sam Staff" },
  { email: "consultant@demo.circles.test", role: "manager", name: "Casey Consultant" },
];

/** The Harbour Insurance admin, also with DEMO_PASSWORD: for checking that tenants stay apart. */
export const HARBOUR_ADMIN: DemoAccount = { email: "admin@harbour.circles.test", role: "admin", name: "Harper Admin" };

export type DemoSummary = {
  organisations: number;
  users: number;
  surveys: number;
  waves: number;
  circles: number;
  respondents: number;
  responses: number;
  answers: number;
};

const DAY = 86_400_000;
const SETUP_AT = new Date("2026-01-12T09:00:00Z");

/** The same data on every first start; this seed was picked because its sample shows the story plainly. */
const DEFAULT_SEED = 10;

export async function seedDemo(db: Database, options: { now?: Date; seed?: number } = {}): Promise<DemoSummary> {
  const now = options.now ?? new Date();
  const rng = createRng(options.seed ?? DEFAULT_SEED);

  return db.transaction(async (tx) => {
    const existing = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.slug, DEMO_SLUG))
      .limit(1);
    if (existing.length > 0) throw new Error("demo data already present");

    const userIds = await insertUsers(tx, [...DEMO_ACCOUNTS, HARBOUR_ADMIN]);
    const id = (email: string) => userIds.get(email) as string;
    const adminId = id("admin@demo.circles.test");
    const staffId = id("staff@demo.circles.test");

    const organisationId = crypto.randomUUID();
    await tx.insert(organisations).values({
      id: organisationId,
      name: "Riverside Hospital",
      slug: DEMO_SLUG,
      defaultLanguage: "en",
      defaultAnonymityThreshold: 5,
      contactText:
        "Questions about this survey? Call the Patient Experience Team on 0117 496 0123 " +
        "(Monday to Friday, 9am to 5pm) or write to experience@example.com.",
      privacyText:
        "Riverside Hospital uses your answers only to improve care. Results are shown in groups of at least " +
        "five people, so the staff who looked after you cannot see what you said. Your contact details are " +
        "kept apart from your answers and never shared.",
      isDemo: true,
      createdAt: SETUP_AT,
    });
    await tx.insert(memberships).values(
      DEMO_ACCOUNTS.map((a) => ({
        organisationId,
        userId: id(a.email),
        role: a.role,
        createdAt: SETUP_AT,
        updatedAt: SETUP_AT,
      })),
    );

    const survey = await insertSurvey(tx, HOSPITAL_STAY, {
      organisationId,
      createdBy: adminId,
      createdAt: new Date("2026-02-02T10:00:00Z"),
      publishedAt: new Date("2026-02-16T14:30:00Z"),
    });
    const spring = await seedRiversideWave(tx, rng, { organisationId, survey, adminId, staffId, now }, "spring");
    const autumn = await seedRiversideWave(tx, rng, { organisationId, survey, adminId, staffId, now }, "autumn");

    const harbour = await seedHarbour(tx, rng, {
      adminId: id(HARBOUR_ADMIN.email),
      consultantId: id("consultant@demo.circles.test"),
      now,
    });

    const all = [spring, autumn, harbour.rows];
    const count = (pick: (r: WaveRows) => unknown[]) => all.reduce((sum, r) => sum + pick(r).length, 0);
    return {
      organisations: 2,
      users: userIds.size,
      surveys: 2,
      waves: all.length,
      circles: count((r) => r.circles),
      respondents: count((r) => r.respondents),
      responses: count((r) => r.responses),
      answers: count((r) => r.answers),
    };
  });
}

async function insertUsers(tx: Transaction, accounts: DemoAccount[]): Promise<Map<string, string>> {
  // scrypt is slow by design: hash in parallel (each with its own salt).
  const hashes = await Promise.all(accounts.map(() => hashPassword(DEMO_PASSWORD)));
  const rows = accounts.map((a, i) => ({
    id: crypto.randomUUID(),
    email: a.email.toLowerCase(),
    name: a.name,
    passwordHash: hashes[i] as string,
    createdAt: SETUP_AT,
  }));
  await tx.insert(users).values(rows);
  return new Map(rows.map((r) => [r.email, r.id]));
}

type RiversideContext = {
  organisationId: string;
  survey: InsertedSurvey;
  adminId: string;
  staffId: string;
  now: Date;
};

/** Spring: closed, the baseline. Autumn: open now, better at explaining things (the trend). */
async function seedRiversideWave(
  tx: Transaction,
  rng: Rng,
  ctx: RiversideContext,
  which: "spring" | "autumn",
): Promise<WaveRows> {
  const spring = which === "spring";
  // Dates are midnight in Europe/London: GMT in March, BST in September.
  const opensAt = new Date(spring ? "2026-03-01T00:00:00Z" : "2026-08-31T23:00:00Z");
  const closesAt = new Date(spring ? "2026-05-31T22:59:59Z" : "2026-12-31T23:59:59Z");
  // The open wave has run until now (at least a month of it, so the demo is never empty).
  const cutoff = spring
    ? closesAt
    : new Date(Math.min(closesAt.getTime(), Math.max(ctx.now.getTime(), opensAt.getTime() + 30 * DAY)));

  const waveId = crypto.randomUUID();
  await tx.insert(waves).values({
    id: waveId,
    organisationId: ctx.organisationId,
    surveyId: ctx.survey.surveyId,
    surveyVersionId: ctx.survey.versionId,
    name: spring ? "Spring 2026" : "Autumn 2026",
    // Written open, closed once its rows are in: the database refuses writes to a closed wave.
    status: "open",
    opensAt,
    closesAt,
    timezone: "Europe/London",
    channels: ["link", "email", "sms"],
    reminderDays: [3, 7],
    allowCompanionInvites: !spring,
    companionPerspectiveKeys: spring ? [] : ["family"],
    maxCompanionsPerCircle: spring ? 0 : 2,
    anonymityMode: "confidential",
    anonymityThreshold: 5,
    createdBy: ctx.adminId,
    createdAt: new Date(opensAt.getTime() - 10 * DAY),
    openedAt: opensAt,
  });

  let ref = spring ? 100 : 4000;
  const plan: WavePlan = {
    organisationId: ctx.organisationId,
    waveId,
    survey: ctx.survey,
    circleCount: spring ? 160 : 260,
    experienceFrom: new Date(spring ? "2026-03-01T00:00:00Z" : "2026-09-01T00:00:00Z"),
    // Leave a week at the end of the closed wave for answers to come in.
    experienceTo: spring
      ? new Date("2026-05-24T00:00:00Z")
      : new Date(Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth(), cutoff.getUTCDate() - 2)),
    cutoff,
    unopened: spring ? "expired" : "sent",
    statusWeights: spring
      ? { completed: 62, opened: 9, started: 8, declined: 6, expired: 15 }
      : { completed: 45, invited: 7, sent: 17, opened: 13, started: 13, declined: 5 },
    // Families answer a little more often than patients, busy staff less often.
    completionFactor: { family: 1.1, staff: 0.8 },
    companions: [
      { perspectiveKey: "family", rate: 0.65, secondRate: 0.3, relationships: FAMILY_RELATIONSHIPS },
      { perspectiveKey: "staff", rate: 0.5, secondRate: 0.1, relationships: STAFF_RELATIONSHIPS },
    ],
    sites: HOSPITAL_SITES,
    units: HOSPITAL_UNITS,
    externalRef: () => `RH-2026-${String((ref += rng.int(1, 6))).padStart(6, "0")}`,
    shift: spring ? {} : { explained: 9 },
    spanishRate: 0.15,
    englishOnly: ["staff"],
    inviters: [
      [ctx.staffId, 0.8],
      [ctx.adminId, 0.2],
    ],
    respondentInvites: spring ? undefined : { perspectiveKey: "family", rate: 0.15 },
    contacts: { perspectiveKeys: ["patient", "family"], rate: 0.6 },
    comments: HOSPITAL_COMMENTS,
  };
  const rows = generateWave(rng, plan);
  await insertWaveRows(tx, rows);
  if (spring) await tx.update(waves).set({ status: "closed", closedAt: closesAt }).where(eq(waves.id, waveId));
  return rows;
}
