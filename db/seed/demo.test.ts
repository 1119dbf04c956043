// The demo a newcomer meets: both organisations, the linked survey, and counts the dashboard shows truly.
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/db/connect";
import { circles, items, organisations, respondents, users, waves } from "@/db/schema";
import { openTestDatabase } from "@/test/db";
import { callerFor } from "@/test/factories";
import { DEMO_SLUG, seedDemo } from "./demo";

let open: OpenDatabase;

beforeAll(async () => {
  open = await openTestDatabase();
  // A PostgreSQL test database may hold the demo from an earlier run: seed only when it is absent.
  const [present] = await open.db.select().from(organisations).where(eq(organisations.slug, DEMO_SLUG));
  if (!present) await seedDemo(open.db, { now: new Date("2026-11-23T12:00:00Z") });
});
afterAll(() => open.close());

async function userId(email: string) {
  const [user] = await open.db.select().from(users).where(eq(users.email, email));
  return user!.id;
}

describe("the demo data", () => {
  it("refuses to seed twice", async () => {
    await expect(seedDemo(open.db)).rejects.toThrow("demo data already present");
  });

  it("shows the admin Hospital stay with a closed and an open wave and true counts", async () => {
    const caller = callerFor(open, { userId: await userId("admin@demo.circles.test") });
    const { surveys } = await caller.dashboard.get();
    expect(surveys.map((s) => s.name)).toEqual(["Hospital stay"]);
    const waveRows = surveys[0]!.waves;
    expect(waveRows.map((w) => [w.name, w.status])).toEqual([
      ["Autumn 2026", "open"],
      ["Spring 2026", "closed"],
    ]);
    for (const wave of waveRows) {
      const [truth] = await open.db
        .select({
          circles: sql<number>`count(distinct ${circles.id})::int`,
          invited: sql<number>`count(${respondents.id})::int`,
          completed: sql<number>`(count(*) filter (where ${respondents.status} = 'completed'))::int`,
        })
        .from(circles)
        .innerJoin(respondents, eq(respondents.circleId, circles.id))
        .where(eq(circles.waveId, wave.id));
      expect({ circles: wave.circles, invited: wave.invited, completed: wave.completed }).toEqual(truth);
      expect(wave.circles).toBeGreaterThan(100);
    }
  });

  it("has about ten linked items covering every item type", async () => {
    const caller = callerFor(open, { userId: await userId("manager@demo.circles.test") });
    const { surveys } = await caller.dashboard.get();
    const { newest } = await caller.survey.get({ surveyId: surveys[0]!.id });
    expect(newest!.perspectives.map((p) => [p.key, p.isPrimary])).toEqual([
      ["patient", true],
      ["family", false],
      ["staff", false],
    ]);
    expect(new Set(newest!.items.map((i) => i.type))).toEqual(
      new Set(["rating5", "rating10", "yesNo", "singleChoice", "multipleChoice", "text"]),
    );
    expect(newest!.items.length).toBeGreaterThanOrEqual(10);
    const linked = newest!.items.filter((i) => i.askedOf.length >= 2);
    expect(linked.length).toBeGreaterThanOrEqual(8);
    const respect = newest!.items.find((i) => i.key === "respect")!;
    const wordings = new Set(respect.askedOf.map((a) => a.wording.en));
    expect(wordings.size).toBe(respect.askedOf.length);
    expect(respect.askedOf.every((a) => a.wording.es)).toBe(true);
  });

  it("gives not every circle every perspective, and every circle one primary", async () => {
    const [demo] = await open.db.select().from(organisations).where(eq(organisations.slug, DEMO_SLUG));
    const perCircle = await open.db
      .select({
        primaries: sql<number>`(count(*) filter (where ${respondents.isPrimary}))::int`,
        companions: sql<number>`(count(*) filter (where not ${respondents.isPrimary}))::int`,
      })
      .from(respondents)
      .where(eq(respondents.organisationId, demo!.id))
      .groupBy(respondents.circleId);
    expect(perCircle.every((c) => c.primaries === 1)).toBe(true);
    expect(perCircle.some((c) => c.companions === 0)).toBe(true);
    expect(perCircle.some((c) => c.companions >= 2)).toBe(true);
  });

  it("keeps the second organisation's data apart", async () => {
    const harbour = callerFor(open, { userId: await userId("admin@harbour.circles.test") });
    const { surveys } = await harbour.dashboard.get();
    expect(surveys.map((s) => s.name)).toEqual(["Claim experience"]);
    const [riversideWave] = await open.db
      .select({ id: waves.id })
      .from(waves)
      .innerJoin(organisations, eq(organisations.id, waves.organisationId))
      .where(and(eq(organisations.slug, DEMO_SLUG), eq(waves.status, "open")));
    await expect(harbour.wave.get({ waveId: riversideWave!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("makes staff rate respect higher than patients (a blind spot the reports will show)", async () => {
    const rows = await open.db
      .select({ isPrimary: respondents.isPrimary, key: sql<string>`p.key`, mean: sql<number>`avg(a.numeric_value)::float` })
      .from(respondents)
      .innerJoin(sql`answers a`, sql`a.respondent_id = ${respondents.id}`)
      .innerJoin(items, sql`${items.id} = a.item_id`)
      .innerJoin(sql`perspectives p`, sql`p.id = ${respondents.perspectiveId}`)
      .innerJoin(organisations, eq(organisations.id, respondents.organisationId))
      .where(and(eq(items.key, "respect"), eq(organisations.slug, DEMO_SLUG)))
      .groupBy(respondents.isPrimary, sql`p.key`);
    const mean = (key: string) => rows.find((r) => r.key === key)!.mean;
    expect(mean("staff")).toBeGreaterThan(mean("patient") + 0.3);
  });
});
