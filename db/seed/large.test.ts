// The large-data generator on a small wave (PGlite by default, PostgreSQL with DATABASE_URL): the invariants
// a report relies on, the story its numbers tell, reproducibility, refusals, and the app reading the data.
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/db/connect";
import { circles, surveyVersions, users, waves } from "@/db/schema";
import { answerFromColumns, validateAnswer } from "@/lib/survey/answer";
import type { TSurveyDefinition } from "@/lib/survey/definition";
import { missingRequired, visibleItemsFor, type TAnswers } from "@/lib/survey/logic";
import { verifyPassword } from "@/server/services/auth/password";
import { openTestDatabase } from "@/test/db";
import { callerFor, respondentCaller } from "@/test/factories";
import { DEMO_PASSWORD } from "./demo";
import { LargeSeedError, seedLarge, type LargeSeedResult } from "./large";

const NOW = new Date("2026-11-23T12:00:00Z");
const CIRCLES = 200;

let open: OpenDatabase;
let result: LargeSeedResult;
let definition: TSurveyDefinition;

type RespondentRow = {
  id: string;
  circle_id: string;
  key: string;
  is_primary: boolean;
  status: string;
  answered_by: string | null;
  relationship: string | null;
  invited_by_user_id: string | null;
  invited_by_respondent_id: string | null;
  token_hash: string | null;
  token_sealed: string | null;
  created_at: string;
  opened_at: string | null;
  started_at: string | null;
  completed_at: string | null;
  declined_at: string | null;
  response_status: string | null;
  response_updated_at: string | null;
};
type AnswerRow = {
  respondent_id: string;
  item_key: string;
  numeric_value: number | null;
  choice_values: string[] | null;
  text_value: string | null;
  client_seq: number;
  answered_at: string;
};

let people: RespondentRow[];
let given: AnswerRow[];

const uniqueName = (label: string) => `${label} ${randomUUID().slice(0, 8)}`;
const time = (value: string | null) => (value === null ? null : new Date(value).getTime());

function rowsOf<T>(res: unknown): T[] {
  return (Array.isArray(res) ? res : ((res as { rows?: unknown[] }).rows ?? [])) as T[];
}

async function query<T>(q: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await open.db.execute(q));
}

beforeAll(async () => {
  open = await openTestDatabase();
  result = await seedLarge(open.db, { circles: CIRCLES, seed: 42, organisationName: uniqueName("Large test"), now: NOW });
  const [version] = await open.db.select().from(surveyVersions).where(eq(surveyVersions.id, result.surveyVersionId));
  definition = version!.definition;
  people = await query<RespondentRow>(sql`
    select r.id, r.circle_id, p.key, r.is_primary, r.status::text as status, r.answered_by, r.relationship,
      r.invited_by_user_id, r.invited_by_respondent_id, r.token_hash, r.token_sealed,
      r.created_at::text, r.opened_at::text, r.started_at::text, r.completed_at::text, r.declined_at::text,
      s.status::text as response_status, s.updated_at::text as response_updated_at
    from respondents r
    join perspectives p on p.id = r.perspective_id
    left join responses s on s.respondent_id = r.id
    where r.wave_id = ${result.waveId}`);
  given = await query<AnswerRow>(sql`
    select a.respondent_id, i.key as item_key, a.numeric_value, a.choice_values, a.text_value, a.client_seq::int as client_seq,
      a.answered_at::text
    from answers a join items i on i.id = a.item_id
    where a.wave_id = ${result.waveId}`);
}, 180_000);
afterAll(() => open?.close());

function answersOf(respondentId: string): TAnswers {
  const item = (key: string) => definition.items.find((i) => i.key === key)!;
  return Object.fromEntries(
    given
      .filter((a) => a.respondent_id === respondentId)
      .map((a) => [
        a.item_key,
        answerFromColumns(item(a.item_key), {
          numericValue: a.numeric_value === null ? null : Number(a.numeric_value),
          choiceValues: a.choice_values,
          textValue: a.text_value,
        }),
      ]),
  );
}

/** Mean numeric answer per perspective for one item. */
async function meanBy(itemKey: string): Promise<Record<string, number>> {
  const rows = await query<{ key: string; mean: number }>(sql`
    select p.key, avg(a.numeric_value)::float8 as mean
    from answers a join items i on i.id = a.item_id join perspectives p on p.id = a.perspective_id
    where a.wave_id = ${result.waveId} and i.key = ${itemKey}
    group by p.key`);
  return Object.fromEntries(rows.map((r) => [r.key, Number(r.mean)]));
}

/** Quadratic-weighted Cohen's kappa of paired ratings on 1…k. */
function weightedKappa(pairs: [number, number][], k: number): number {
  const n = pairs.length;
  const observed = Array.from({ length: k }, () => Array<number>(k).fill(0));
  for (const [a, b] of pairs) observed[a - 1]![b - 1]! += 1 / n;
  const rowSums = observed.map((row) => row.reduce((s, x) => s + x, 0));
  const colSums = observed[0]!.map((_, j) => observed.reduce((s, row) => s + row[j]!, 0));
  let disagreeObserved = 0;
  let disagreeExpected = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w = ((i - j) / (k - 1)) ** 2;
      disagreeObserved += w * observed[i]![j]!;
      disagreeExpected += w * rowSums[i]! * colSums[j]!;
    }
  }
  return 1 - disagreeObserved / disagreeExpected;
}

/** The data of one organisation's wave as text, independent of ids and row order. */
async function fingerprint(waveId: string): Promise<string> {
  const [row] = await query<{ circles: string; people: string; answers: string }>(sql`
    select
      (select string_agg(x, ';' order by x) from (
        select concat_ws('|', c.external_ref, c.site, c.unit, c.experience_date, c.created_at) as x
        from circles c where c.wave_id = ${waveId}) q) as circles,
      (select string_agg(x, ';' order by x) from (
        select concat_ws('|', c.external_ref, p.key, r.relationship, r.status, r.language, r.answered_by, r.created_at,
          r.opened_at, r.started_at, r.completed_at, r.declined_at, r.invited_by_respondent_id is null) as x
        from respondents r join circles c on c.id = r.circle_id join perspectives p on p.id = r.perspective_id
        where r.wave_id = ${waveId}) q) as people,
      (select string_agg(x, ';' order by x) from (
        select concat_ws('|', c.external_ref, p.key, r.created_at, r.relationship, i.key, a.numeric_value,
          a.choice_values::text, a.text_value, a.client_seq, a.answered_at) as x
        from answers a join respondents r on r.id = a.respondent_id join circles c on c.id = r.circle_id
          join perspectives p on p.id = a.perspective_id join items i on i.id = a.item_id
        where a.wave_id = ${waveId}) q) as answers`);
  return `${row!.circles}\n${row!.people}\n${row!.answers}`;
}

describe("seedLarge", () => {
  it("makes an organisation with members, a published survey and one open wave of N circles", async () => {
    expect(result.counts.circles).toBe(CIRCLES);
    const [wave] = await open.db.select().from(waves).where(eq(waves.id, result.waveId));
    expect(wave).toMatchObject({ status: "open", organisationId: result.organisationId, surveyVersionId: result.surveyVersionId });
    const circleRows = await open.db.select().from(circles).where(eq(circles.waveId, result.waveId));
    expect(circleRows).toHaveLength(CIRCLES);
    // Spread over the wave's period and across several sites and units.
    for (const c of circleRows) {
      const day = new Date(`${c.experienceDate}T00:00:00Z`).getTime();
      expect(day).toBeGreaterThanOrEqual(wave!.opensAt!.getTime());
      expect(day).toBeLessThan(NOW.getTime());
      expect(c.createdAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
    }
    expect(new Set(circleRows.map((c) => c.site)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(circleRows.map((c) => `${c.site}/${c.unit}`)).size).toBeGreaterThanOrEqual(10);
    const months = new Set(circleRows.map((c) => c.experienceDate!.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(6);

    // The members sign in with the demo password; the manager's dashboard shows the wave with true counts.
    const [admin] = await open.db.select().from(users).where(eq(users.email, result.accounts[0]!.email));
    expect(await verifyPassword(DEMO_PASSWORD, admin!.passwordHash!)).toBe(true);
    const managerEmail = result.accounts.find((a) => a.role === "manager")!.email;
    const [manager] = await open.db.select().from(users).where(eq(users.email, managerEmail));
    const { surveys } = await callerFor(open, { userId: manager!.id }).dashboard.get();
    expect(surveys).toHaveLength(1);
    expect(surveys[0]!.waves).toEqual([
      expect.objectContaining({
        id: result.waveId,
        status: "open",
        circles: CIRCLES,
        invited: result.counts.respondents,
        completed: people.filter((p) => p.status === "completed").length,
      }),
    ]);
  });

  it("publishes the hospital-stay survey, with advocates, as the app writes a version", async () => {
    expect(definition.perspectives.map((p) => [p.key, p.primary])).toEqual([
      ["patient", true],
      ["family", false],
      ["staff", false],
      ["advocate", false],
    ]);
    expect(new Set(definition.items.map((i) => i.type))).toEqual(
      new Set(["rating5", "rating10", "yesNo", "singleChoice", "multipleChoice", "text"]),
    );
    const rows = await query<{ item: string; perspective: string }>(sql`
      select i.key as item, p.key as perspective from item_perspectives ip
      join items i on i.id = ip.item_id join perspectives p on p.id = ip.perspective_id
      where i.survey_version_id = ${result.surveyVersionId}`);
    const written = rows.map((r) => `${r.item}/${r.perspective}`).sort();
    const defined = definition.items.flatMap((i) => i.askedOf.map((p) => `${i.key}/${p}`)).sort();
    expect(written).toEqual(defined);
    // Frozen like any published version.
    await expect(
      open.db.execute(sql`update perspectives set position = position where survey_version_id = ${result.surveyVersionId}`),
    ).rejects.toThrow();
  });

  it("gives every circle exactly one primary and companions within their limits: most family, some staff, a few advocates", () => {
    const byCircle = new Map<string, RespondentRow[]>();
    for (const p of people) byCircle.set(p.circle_id, [...(byCircle.get(p.circle_id) ?? []), p]);
    expect(byCircle.size).toBe(CIRCLES);
    const limit = Object.fromEntries(definition.perspectives.map((p) => [p.key, p.limitPerCircle]));
    const share = (key: string) => [...byCircle.values()].filter((list) => list.some((p) => p.key === key)).length / CIRCLES;
    for (const list of byCircle.values()) {
      expect(list.filter((p) => p.is_primary)).toHaveLength(1);
      expect(list.find((p) => p.is_primary)!.key).toBe("patient");
      for (const key of Object.keys(limit)) expect(list.filter((p) => p.key === key).length).toBeLessThanOrEqual(limit[key]!);
    }
    expect(share("family")).toBeGreaterThan(0.5);
    expect(share("staff")).toBeGreaterThan(0.25);
    expect(share("staff")).toBeLessThan(0.75);
    expect(share("advocate")).toBeGreaterThan(0);
    expect(share("advocate")).toBeLessThan(0.12);
    // Companions have a relationship, the primary none; some family were invited by the patient after completing.
    expect(people.filter((p) => !p.is_primary).every((p) => p.relationship)).toBe(true);
    expect(people.filter((p) => p.is_primary).every((p) => p.relationship === null)).toBe(true);
    const invitedByPatient = people.filter((p) => p.invited_by_respondent_id);
    expect(invitedByPatient.length).toBeGreaterThan(0);
    for (const p of invitedByPatient) {
      const inviter = people.find((x) => x.id === p.invited_by_respondent_id)!;
      expect(p.key).toBe("family");
      expect(inviter.is_primary && inviter.circle_id === p.circle_id && inviter.status === "completed").toBe(true);
      expect(time(p.created_at)!).toBeGreaterThan(time(inviter.completed_at)!);
      expect(p.invited_by_user_id).toBeNull();
    }
  });

  it("answers only items asked of the respondent's perspective and shown to them, one value within the scale", () => {
    expect(given.length).toBe(result.counts.answers);
    const byKey = new Map(definition.items.map((i) => [i.key, i]));
    const keyOf = new Map(people.map((p) => [p.id, p.key]));
    for (const a of given) {
      const item = byKey.get(a.item_key)!;
      expect(item.askedOf).toContain(keyOf.get(a.respondent_id));
      const values = [a.numeric_value, a.choice_values, a.text_value].filter((v) => v !== null);
      expect(values).toHaveLength(1);
      const value = answerFromColumns(item, {
        numericValue: a.numeric_value === null ? null : Number(a.numeric_value),
        choiceValues: a.choice_values,
        textValue: a.text_value,
      });
      const checked = validateAnswer(item, value);
      expect(checked, `${a.item_key} = ${JSON.stringify(value)}`).toMatchObject({ ok: true });
    }
    for (const p of people) {
      const answers = answersOf(p.id);
      const visible = new Set(visibleItemsFor(definition, p.key, answers).map((i) => i.key));
      for (const k of Object.keys(answers)) expect(visible, `${p.key} answered hidden ${k}`).toContain(k);
    }
    // The condition is followed both ways: pain control is asked only after pain, and then usually answered.
    const painManaged = given.filter((a) => a.item_key === "pain_managed");
    expect(painManaged.length).toBeGreaterThan(20);
  });

  it("keeps statuses, timestamps, responses and answers consistent along the funnel", () => {
    const statuses = new Set(people.map((p) => p.status));
    for (const status of ["invited", "opened", "started", "completed", "declined"]) expect(statuses).toContain(status);
    expect([...statuses].every((s) => ["invited", "opened", "started", "completed", "declined"].includes(s))).toBe(true);
    for (const p of people) {
      const answers = answersOf(p.id);
      const count = Object.keys(answers).length;
      const at = { opened: time(p.opened_at), started: time(p.started_at), completed: time(p.completed_at) };
      expect(at.opened === null).toBe(p.status === "invited");
      expect(at.started !== null).toBe(p.status === "started" || p.status === "completed");
      expect(at.completed !== null).toBe(p.status === "completed");
      expect(p.declined_at !== null).toBe(p.status === "declined");
      for (const t of [time(p.created_at), at.opened, at.started, at.completed, time(p.declined_at)]) {
        if (t !== null) expect(t).toBeLessThanOrEqual(NOW.getTime());
      }
      if (at.opened !== null) expect(at.opened).toBeGreaterThan(time(p.created_at)!);
      if (at.started !== null) expect(at.started).toBeGreaterThan(at.opened!);
      switch (p.status) {
        case "completed":
          expect(p.response_status).toBe("submitted");
          expect(missingRequired(definition, p.key, answers)).toEqual([]);
          break;
        case "started":
          expect(p.response_status).toBe("draft");
          expect(count).toBeGreaterThan(0);
          break;
        default:
          expect(p.response_status).toBeNull();
          expect(count).toBe(0);
      }
      // Answers come one after another between starting and submitting, numbered in order.
      const own = given.filter((a) => a.respondent_id === p.id).sort((a, b) => a.client_seq - b.client_seq);
      own.forEach((a, i) => {
        expect(a.client_seq).toBe(i + 1);
        expect(time(a.answered_at)!).toBeGreaterThan(at.started!);
        expect(time(a.answered_at)!).toBeLessThanOrEqual(at.completed ?? NOW.getTime());
        if (i > 0) expect(time(a.answered_at)!).toBeGreaterThan(time(own[i - 1]!.answered_at)!);
      });
      if (p.status === "started") expect(time(p.response_updated_at)).toBe(time(own[own.length - 1]!.answered_at));
    }
    // Some who started stopped before the required questions: their drafts are incomplete.
    const unfinished = people.filter((p) => p.status === "started" && missingRequired(definition, p.key, answersOf(p.id)).length > 0);
    expect(unfinished.length).toBeGreaterThan(0);
  });

  it("records who answered for every primary who started (self, helped or proxy), and for no one else", () => {
    for (const p of people) {
      const expected = p.is_primary && (p.status === "started" || p.status === "completed");
      expect(p.answered_by !== null).toBe(expected);
    }
    const counts = people.reduce<Record<string, number>>((acc, p) => {
      if (p.answered_by) acc[p.answered_by] = (acc[p.answered_by] ?? 0) + 1;
      return acc;
    }, {});
    expect(Object.keys(counts).sort()).toEqual(["helped", "proxy", "self"]);
    expect(counts.self!).toBeGreaterThan(counts.helped! + counts.proxy!);
    expect(counts).toEqual(result.counts.answeredBy);
  });

  it("leaves free-text comments for a share of those who complete, in their perspective's words", () => {
    const comments = given.filter((a) => a.item_key === "comments");
    const completed = people.filter((p) => p.status === "completed").length;
    expect(comments.length).toBe(result.counts.comments);
    expect(comments.length / completed).toBeGreaterThan(0.15);
    expect(comments.length / completed).toBeLessThan(0.45);
    expect(comments.every((c) => c.text_value && c.text_value.trim().length > 10)).toBe(true);
    const keyOf = new Map(people.map((p) => [p.id, p.key]));
    const from = new Set(comments.map((c) => keyOf.get(c.respondent_id)));
    for (const key of ["patient", "family", "staff"]) expect(from).toContain(key);
  });

  it("gives each link a unique hash and no sealed token (staff reissue a link to hand one out)", () => {
    const hashes = people.map((p) => p.token_hash);
    expect(hashes.every((h) => h !== null && /^[0-9a-f]{64}$/.test(h))).toBe(true);
    expect(new Set(hashes).size).toBe(hashes.length);
    expect(people.every((p) => p.token_sealed === null)).toBe(true);
  });

  it("tells the demo's story: blind spots, a hidden strength, families told less at discharge", async () => {
    const respect = await meanBy("respect");
    expect(respect.staff!).toBeGreaterThan(respect.patient! + 0.25);
    const involved = await meanBy("involved");
    expect(involved.staff!).toBeGreaterThan(involved.patient! + 0.25);
    const pain = await meanBy("pain_managed");
    expect(pain.patient!).toBeGreaterThan(pain.staff! + 0.15);
    const discharge = await meanBy("discharge_info");
    expect(discharge.family!).toBeLessThan(discharge.patient! - 0.07);
    const explained = await meanBy("explained");
    expect(explained.family!).toBeLessThan(explained.patient! - 0.2);
    // Call bells: staff believe help came sooner than patients say.
    const waits = await query<{ key: string; quick: number }>(sql`
      select p.key, avg(case when a.choice_values[1] in ('right_away', 'under_5min') then 1.0 else 0.0 end)::float8 as quick
      from answers a join items i on i.id = a.item_id join perspectives p on p.id = a.perspective_id
      where a.wave_id = ${result.waveId} and i.key = 'call_wait' and a.choice_values[1] <> 'never_needed'
      group by p.key`);
    const quick = Object.fromEntries(waits.map((w) => [w.key, Number(w.quick)]));
    expect(quick.staff!).toBeGreaterThan(quick.patient! + 0.1);
  });

  it("makes answers inside a circle agree without being identical (kappa neither 0 nor 1)", async () => {
    const pairs = await query<{ a: number; b: number }>(sql`
      select pa.numeric_value::int as a, fa.numeric_value::int as b
      from answers pa
      join respondents pr on pr.id = pa.respondent_id and pr.is_primary
      join respondents fr on fr.circle_id = pr.circle_id and not fr.is_primary
      join perspectives fp on fp.id = fr.perspective_id and fp.key = 'family'
      join answers fa on fa.respondent_id = fr.id and fa.item_id = pa.item_id
      join items i on i.id = pa.item_id and i.key in ('respect', 'explained', 'overall')
      where pa.wave_id = ${result.waveId}`);
    expect(pairs.length).toBeGreaterThan(60);
    const kappa = weightedKappa(pairs.map((p) => [Number(p.a), Number(p.b)]), 5);
    expect(kappa).toBeGreaterThan(0.2);
    expect(kappa).toBeLessThan(0.85);
    const exact = pairs.filter((p) => Number(p.a) === Number(p.b)).length / pairs.length;
    expect(exact).toBeGreaterThan(0.25);
    expect(exact).toBeLessThan(0.85);
  });

  it("hands the app data it can carry on with: a reissued link resumes a draft and submits it", async () => {
    const draft = people.find(
      (p) => p.status === "started" && p.key === "patient" && missingRequired(definition, p.key, answersOf(p.id)).length > 0,
    )!;
    const staffEmail = result.accounts.find((a) => a.role === "staff")!.email;
    const [staff] = await open.db.select().from(users).where(eq(users.email, staffEmail));
    const { token } = await callerFor(open, { userId: staff!.id }).respondent.reissueLink({ respondentId: draft.id });
    const phone = respondentCaller(open, token);
    const resumed = await phone.response.get();
    expect(resumed.answers).toEqual(answersOf(draft.id));
    const answers = { ...answersOf(draft.id) };
    let seq = 100;
    for (const key of missingRequired(definition, draft.key, answers)) {
      const item = definition.items.find((i) => i.key === key)!;
      const value = item.type === "rating10" ? 8 : item.type === "yesNo" ? 0 : 4;
      await phone.response.saveAnswer({ itemKey: key, value, seq: seq++ });
      answers[key] = value;
    }
    await phone.response.submit();
    const [row] = await query<{ status: string }>(sql`select status::text as status from respondents where id = ${draft.id}`);
    expect(row!.status).toBe("completed");
  });

  it("makes the same data from the same seed, and other data from another", async () => {
    const run = (seed: number) => seedLarge(open.db, { circles: 40, seed, organisationName: uniqueName("Seed"), now: NOW });
    const [a, b, c] = [await run(7), await run(7), await run(8)];
    const [fa, fb, fc] = [await fingerprint(a.waveId), await fingerprint(b.waveId), await fingerprint(c.waveId)];
    expect(fa.length).toBeGreaterThan(1000);
    expect(fb).toBe(fa);
    expect(fc).not.toBe(fa);
    expect(a.counts).toEqual(b.counts);
  });

  it("refuses to run twice into the same organisation, and bad options, writing nothing", async () => {
    // Counted by name: on PostgreSQL other test files add organisations to the same database meanwhile.
    const named = async (name: string) =>
      (await query<{ n: number }>(sql`select count(*)::int as n from organisations where lower(name) = lower(${name})`))[0]!.n;
    await expect(
      seedLarge(open.db, { circles: 10, seed: 1, organisationName: result.organisationName.toUpperCase(), now: NOW }),
    ).rejects.toThrow(/already in this database/);
    expect(await named(result.organisationName)).toBe(1);
    const fresh = uniqueName("Bad");
    for (const bad of [
      { circles: 0, seed: 1, organisationName: fresh },
      { circles: 2.5, seed: 1, organisationName: fresh },
      { circles: 10, seed: -1, organisationName: fresh },
      { circles: 10, seed: 1, organisationName: "  " },
      { circles: 10, seed: 1, organisationName: "—" },
    ]) {
      await expect(seedLarge(open.db, { ...bad, now: NOW })).rejects.toBeInstanceOf(LargeSeedError);
    }
    expect(await named(fresh)).toBe(0);
  });

  it("closes the wave when asked: unfinished links expire and the database refuses further writes", async () => {
    const closed = await seedLarge(open.db, { circles: 30, seed: 5, organisationName: uniqueName("Closed"), now: NOW, close: true });
    expect(closed.waveStatus).toBe("closed");
    const [wave] = await open.db.select().from(waves).where(eq(waves.id, closed.waveId));
    expect(wave!.status).toBe("closed");
    const statuses = Object.values(closed.counts.funnel).flatMap((s) => Object.keys(s));
    expect(new Set(statuses)).toEqual(new Set(["completed", "declined", "expired"]));
    await expect(
      open.db.insert(circles).values({ organisationId: closed.organisationId, waveId: closed.waveId, externalRef: "LATE" }),
    ).rejects.toThrow();
  });
});

describe("npm run seed:large", () => {
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  const run = (args: string[], env: Record<string, string>) =>
    spawnSync(tsx, ["scripts/seed-large.ts", ...args], { env: { ...process.env, ...env }, encoding: "utf8", timeout: 60_000 });

  it("refuses to run without DATABASE_URL, saying why", () => {
    const out = run(["--circles", "10"], { DATABASE_URL: "" });
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/DATABASE_URL is not set/);
    expect(out.stderr).toMatch(/createdb/);
  });

  it("refuses options that are not whole numbers", () => {
    const out = run(["--circles", "lots"], { DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" });
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/--circles must be a whole number/);
    const unknown = run(["--cirles", "10"], { DATABASE_URL: "" });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option/);
  });
});
