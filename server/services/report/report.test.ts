// The wave report on a fixed data set (test/reference/report-fixture.json, made through the same
// procedures respondents use) against figures computed independently in Python with scipy
// (test/reference/report_expected.py → report-expected.json), to 1e-9; then the anonymity rules.
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/db/connect";
import { rowsOf } from "@/db/sql";
import { erasePersonalData } from "@/server/services/retention/erase-respondent";
import { openTestDatabase } from "@/test/db";
import { addMember, callerFor, codeOf, createOrganisation, createUser, respondentCaller, type TestOrganisation } from "@/test/factories";

type Answers = Record<string, number | string>;
type FixtureCircle = {
  ref: string;
  unit: string;
  experienceDate: string;
  answeredBy: "self" | "helped" | "proxy";
  patient: Answers;
  family: Answers | null;
  staff: Answers | null;
};
const reference = path.join(process.cwd(), "test/reference");
const fixture = JSON.parse(fs.readFileSync(path.join(reference, "report-fixture.json"), "utf8")) as { k: number; circles: FixtureCircle[] };
const expected = JSON.parse(fs.readFileSync(path.join(reference, "report-expected.json"), "utf8")) as {
  groups: Record<string, { n: number; score: number; low: number; high: number; topBox: number; nps?: { estimate: number; low: number; high: number }; distribution: number[] }>;
  gaps: Record<string, { difference: number; low: number; high: number; flag: string | null }>;
  agreement: Record<string, { pairs: number; meanDifference: number; exact: number; withinOne: number; kappaQuadratic: number | null; ac1TopBox: number }>;
};

const FIVE = ["Never", "Rarely", "Sometimes", "Usually", "Always"];
const DEFINITION = {
  format: "circles.survey/1",
  name: "Report fixture",
  defaultLanguage: "en",
  languages: ["en"],
  perspectives: [
    { key: "patient", label: { en: "Patient" }, primary: true },
    { key: "family", label: { en: "Family" }, limitPerCircle: 2 },
    { key: "staff", label: { en: "Staff" }, provider: true },
  ],
  items: [
    {
      key: "respect",
      type: "rating5",
      labels: { en: FIVE },
      askedOf: ["patient", "family", "staff"],
      wording: { patient: { en: "Respect?" }, family: { en: "Respect for them?" }, staff: { en: "Respect shown?" } },
    },
    {
      key: "recommend",
      type: "rating10",
      lowLabel: { en: "Not at all" },
      highLabel: { en: "Certainly" },
      askedOf: ["patient", "family"],
      wording: { patient: { en: "Recommend?" }, family: { en: "Recommend to them?" } },
    },
    {
      key: "clean",
      type: "yesNo",
      askedOf: ["patient", "staff"],
      wording: { patient: { en: "Clean?" }, staff: { en: "Clean ward?" } },
    },
    {
      key: "ward",
      type: "singleChoice",
      choices: ["surgical", "medical", "maternity"].map((value) => ({ value, label: { en: value } })),
      askedOf: ["patient"],
      wording: { patient: { en: "Which ward?" } },
    },
    {
      key: "comment",
      type: "text",
      askedOf: ["patient", "family"],
      wording: { patient: { en: "Anything else?" }, family: { en: "Anything else?" } },
    },
  ],
};

let open: OpenDatabase;
let org: TestOrganisation;
let waveId: string;
let anonymousWaveId: string;

async function makeWave(admin: ReturnType<typeof callerFor>, surveyId: string, name: string, mode: "confidential" | "anonymous") {
  const wave = await admin.wave.create({ surveyId, settings: { name, anonymityMode: mode, anonymityThreshold: fixture.k } });
  await admin.wave.open({ waveId: wave.id });
  const staff = callerFor(open, { userId: org.staff.id });
  for (const c of fixture.circles) {
    const people = (["patient", "family", "staff"] as const).filter((p) => c[p] !== null);
    const created = await staff.circle.create({
      waveId: wave.id,
      circle: {
        externalRef: c.ref,
        site: "Riverside",
        unit: c.unit,
        experienceDate: c.experienceDate,
        respondents: people.map((perspectiveKey) => ({ perspectiveKey })),
      },
    });
    for (const [i, perspective] of people.entries()) {
      const phone = respondentCaller(open, created.respondents[i]!.token);
      let seq = 0;
      for (const [itemKey, value] of Object.entries(c[perspective]!)) {
        await phone.response.saveAnswer({ itemKey, value, seq: ++seq });
      }
      if (perspective === "patient") await phone.response.setAnsweredBy({ answeredBy: c.answeredBy });
      await phone.response.submit();
    }
  }
  return wave.id;
}

beforeAll(async () => {
  open = await openTestDatabase();
  org = await createOrganisation(open, "Reports");
  const admin = callerFor(open, { userId: org.admin.id });
  const { id } = await admin.survey.import({ definition: DEFINITION });
  const editor = await admin.survey.editor({ surveyId: id });
  await admin.survey.publish({ surveyId: id, revision: editor.draft!.revision });
  waveId = await makeWave(admin, id, "Fixture wave", "confidential");
  anonymousWaveId = await makeWave(admin, id, "Fixture wave (anonymous)", "anonymous");
}, 240_000);
afterAll(() => open.close());

const manager = () => callerFor(open, { userId: org.manager.id });

function close(actual: number | null | undefined, want: number | null | undefined) {
  if (want === null || want === undefined) {
    expect(actual ?? null).toBeNull();
    return;
  }
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
}


describe("the wave report on the fixed data set", () => {
  it("matches the independently computed scores, CIs, top-box, NPS and distributions", async () => {
    const report = await manager().report.wave({ waveId });
    const keyOf = new Map(report.perspectives.map((p) => [p.id, p.key]));
    let checked = 0;
    for (const item of report.items) {
      for (const group of item.groups) {
        const want = expected.groups[`${item.key}:${keyOf.get(group.perspectiveId)}`];
        if (!want) continue;
        expect(group.withheld).toBeNull();
        expect(group.n).toBe(want.n);
        close(group.figures!.score!.estimate, want.score);
        close(group.figures!.score!.low, want.low);
        close(group.figures!.score!.high, want.high);
        close(group.figures!.topBox, want.topBox);
        if (want.nps) {
          close(group.figures!.nps!.estimate, want.nps.estimate);
          close(group.figures!.nps!.low, want.nps.low);
          close(group.figures!.nps!.high, want.nps.high);
        } else {
          expect(group.figures!.nps).toBeNull();
        }
        expect(group.figures!.distribution.map((d) => d.n)).toEqual(want.distribution);
        checked++;
      }
    }
    expect(checked).toBe(Object.keys(expected.groups).length);
  });

  it("matches the gaps with their Welch CIs, flags the staff blind spot, and puts the largest gap first", async () => {
    const report = await manager().report.wave({ waveId });
    const keyOf = new Map(report.perspectives.map((p) => [p.id, p.key]));
    let checked = 0;
    for (const item of report.items) {
      for (const { perspectiveId, gap } of item.gaps) {
        const want = expected.gaps[`${item.key}:${keyOf.get(perspectiveId)}`]!;
        close(gap!.difference, want.difference);
        close(gap!.low, want.low);
        close(gap!.high, want.high);
        expect(gap!.flag).toBe(want.flag);
        checked++;
      }
    }
    expect(checked).toBe(Object.keys(expected.gaps).length);
    const largest = report.items.map((i) => i.largestGap);
    expect(largest).toEqual([...largest].sort((a, b) => b - a));
    expect(report.items[0]!.key).toBe("clean");
  });

  it("matches paired agreement inside circles: pairs, mean difference, exact, within one, weighted kappa, AC1", async () => {
    const report = await manager().report.wave({ waveId });
    const keyOf = new Map(report.perspectives.map((p) => [p.id, p.key]));
    for (const [key, want] of Object.entries(expected.agreement)) {
      const row = report.agreement.find((a) => `${a.itemKey}:${keyOf.get(a.perspectiveA)}:${keyOf.get(a.perspectiveB)}` === key);
      expect(row, key).toBeDefined();
      if (want.pairs < fixture.k) {
        expect(row!.withheld).not.toBeNull();
        continue;
      }
      expect(row!.pairs).toBe(want.pairs);
      close(row!.figures!.meanDifference, want.meanDifference);
      close(row!.figures!.exact, want.exact);
      close(row!.figures!.withinOne, want.withinOne);
      close(row!.figures!.kappaQuadratic, want.kappaQuadratic);
      close(row!.figures!.ac1TopBox, want.ac1TopBox);
    }
  });

  it("counts the funnel per perspective", async () => {
    const report = await manager().report.wave({ waveId });
    const keyOf = new Map(report.perspectives.map((p) => [p.id, p.key]));
    const completed = Object.fromEntries(report.funnel.map((f) => [keyOf.get(f.perspectiveId), f.stages.completed.n]));
    expect(completed).toEqual({ patient: 28, family: 20, staff: 16 });
  });
});

describe("anonymity", () => {
  const staffGroup = async (filters: Record<string, string>, id = waveId) => {
    const report = await manager().report.wave({ waveId: id, filters });
    const staff = report.perspectives.find((p) => p.key === "staff")!.id;
    return report.items.find((i) => i.key === "respect")!.groups.find((g) => g.perspectiveId === staff)!;
  };

  it("withholds a group of 4 in a k = 5 wave in every filter that isolates it", async () => {
    // Unit C has 4 staff answers.
    const isolated = await staffGroup({ unit: "C" });
    expect(isolated).toMatchObject({ n: null, withheld: "fewerThanK", figures: null });
    // Narrowing further (a month, who answered) never brings it back.
    for (const more of [{ month: "2026-10" }, { month: "2026-11" }, { answeredBy: "self" }] as Record<string, string>[]) {
      const g = await staffGroup({ unit: "C", ...more });
      expect(g.figures).toBeNull();
      expect(g.withheld === "fewerThanK" || g.withheld === "protectsSmallGroup" || g.withheld === "noAnswers").toBe(true);
    }
    const funnel = (await manager().report.wave({ waveId, filters: { unit: "C" } })).funnel;
    const report = await manager().report.wave({ waveId });
    const staff = report.perspectives.find((p) => p.key === "staff")!.id;
    expect(funnel.find((f) => f.perspectiveId === staff)!.stages.completed).toEqual({ n: null, withheld: "fewerThanK" });
  });

  it("cannot be recovered by subtracting two visible totals", async () => {
    // Staff per unit: A 8, B 4, C 4. The whole wave (16) and unit A (8) are visible: 16 − 8 = 8 is
    // B and C together, never one of them.
    expect((await staffGroup({})).n).toBe(16);
    expect((await staffGroup({ unit: "A" })).n).toBe(8);
    expect((await staffGroup({ unit: "B" })).withheld).toBe("fewerThanK");
    // Family per unit: A 10, B 6, C 4 — hiding C alone would give C = total − A − B; so B is hidden too.
    const report = await manager().report.wave({ waveId, filters: { unit: "B" } });
    const family = report.perspectives.find((p) => p.key === "family")!.id;
    const group = report.items.find((i) => i.key === "respect")!.groups.find((g) => g.perspectiveId === family)!;
    expect(group).toMatchObject({ n: null, withheld: "protectsSmallGroup" });
    const a = await manager().report.wave({ waveId, filters: { unit: "A" } });
    expect(a.items.find((i) => i.key === "respect")!.groups.find((g) => g.perspectiveId === family)!.n).toBe(10);
    // Every visible figure of every single-unit view leaves the hidden remainder at k or more.
    const whole = (await staffGroup({})).n!;
    const visible = [];
    for (const unit of ["A", "B", "C"]) {
      const g = await staffGroup({ unit });
      if (g.n !== null) visible.push(g.n);
    }
    const remainder = whole - visible.reduce((s, n) => s + n, 0);
    expect(remainder === 0 || remainder >= fixture.k).toBe(true);
  });

  it("the CSV export leaves the withheld group out, and anonymous waves export no identities", async () => {
    const m = manager();
    const csv = async (id: string, filters: Record<string, string>, form: "long" | "wide", caller = m) => {
      const { chunks } = await caller.report.export({ waveId: id, filters, form });
      let text = "";
      for await (const chunk of chunks) text += chunk;
      return text.trim().split("\r\n");
    };
    const unitC = await csv(waveId, { unit: "C" }, "long");
    expect(unitC[0]).toBe("wave,perspective,item_key,item_type,answer,score_0_100");
    expect(unitC.slice(1).filter((l) => l.split(",")[1] === "staff")).toEqual([]);
    expect(unitC.slice(1).filter((l) => l.split(",")[1] === "family")).toEqual([]);
    // Unfiltered: as many staff respect rows as the report's n.
    const all = await csv(waveId, {}, "long");
    expect(all.filter((l) => l.split(",").slice(1, 3).join(",") === "staff,respect")).toHaveLength(16);
    const wide = await csv(waveId, {}, "wide");
    expect(wide).toHaveLength(1 + 28 + 20 + 16);
    // Identities: only an admin of a confidential wave gets them; contact details never.
    const admin = callerFor(open, { userId: org.admin.id });
    const withIds = await csv(waveId, {}, "long", admin);
    expect(withIds[0]).toContain("respondent_id,circle_ref");
    const anonymous = await csv(anonymousWaveId, {}, "long", admin);
    expect(anonymous[0]).toBe("wave,perspective,item_key,item_type,answer,score_0_100");
    expect(anonymous.join("\n")).not.toContain("RPT-");
    const audits = rowsOf<{ n: number }>(
      await open.db.execute(sql`select count(*)::int as n from audit_log where action = 'report.export' and organisation_id = ${org.organisation.id}`),
    );
    expect(audits[0]!.n).toBe(5);
  });

  it("shows comments only where the group has 10, and never where a filter isolates fewer", async () => {
    const m = manager();
    const whole = await m.report.comments({ waveId });
    const byKey = Object.fromEntries(whole.groups.map((g) => [g.perspectiveKey, g]));
    expect(byKey.patient).toMatchObject({ n: 24, withheld: null });
    expect(byKey.family).toMatchObject({ n: 17, withheld: null });
    expect(whole.total).toBe(24 + 17);
    const found = await m.report.comments({ waveId, search: "parking" });
    expect(found.comments.length).toBeGreaterThan(0);
    expect(found.comments.every((c) => c.text.includes("parking"))).toBe(true);
    // Family comments per unit: A 8, B 5, C 4 — each under 10.
    const unitA = await m.report.comments({ waveId, filters: { unit: "A" } });
    expect(unitA.groups.find((g) => g.perspectiveKey === "family")!.withheld).toBe("fewerThanK");
    expect(unitA.comments.every((c) => c.perspectiveId !== byKey.family!.perspectiveId)).toBe(true);
  });

  it("opens a single circle only for admins of confidential waves, and audits it", async () => {
    const admin = callerFor(open, { userId: org.admin.id });
    const { circles } = await admin.report.disagreements({ waveId });
    expect(circles.length).toBeGreaterThan(0);
    expect(circles.map((c) => c.spread)).toEqual([...circles.map((c) => c.spread)].sort((a, b) => b - a));
    const view = await admin.report.circle({ waveId, circleId: circles[0]!.circleId });
    expect(view.respondents.length).toBeGreaterThanOrEqual(2);
    expect(await codeOf(admin.report.disagreements({ waveId: anonymousWaveId }))).toBe("FORBIDDEN");
    expect(await codeOf(manager().report.disagreements({ waveId }))).toBe("FORBIDDEN");
    expect(await codeOf(manager().report.circle({ waveId, circleId: circles[0]!.circleId }))).toBe("FORBIDDEN");
    const audits = rowsOf<{ n: number }>(
      await open.db.execute(sql`select count(*)::int as n from audit_log where action = 'circle.openAnswers' and organisation_id = ${org.organisation.id}`),
    );
    expect(audits[0]!.n).toBe(1);
  });
});

describe("who may see reports", () => {
  it("staff cannot reach any report procedure", async () => {
    const staff = callerFor(open, { userId: org.staff.id });
    expect(await codeOf(staff.report.wave({ waveId }))).toBe("FORBIDDEN");
    expect(await codeOf(staff.report.trends({ waveId }))).toBe("FORBIDDEN");
    expect(await codeOf(staff.report.comments({ waveId }))).toBe("FORBIDDEN");
    expect(await codeOf(staff.report.export({ waveId, form: "long" }))).toBe("FORBIDDEN");
  });

  it("another organisation's wave does not exist", async () => {
    const other = await createOrganisation(open, "Elsewhere");
    const outsider = await createUser(open, "Outsider manager");
    await addMember(open, other.organisation.id, outsider.id, "manager");
    expect(await codeOf(callerFor(open, { userId: outsider.id }).report.wave({ waveId }))).toBe("NOT_FOUND");
  });

  it("trends follow each item and perspective across the survey's waves", async () => {
    const trends = await manager().report.trends({ waveId });
    expect(trends.waves.map((w) => w.id)).toEqual([waveId, anonymousWaveId]);
    const line = trends.series.find((s) => s.itemKey === "respect" && s.perspectiveKey === "patient")!;
    expect(line.points).toHaveLength(2);
    close(line.points[0]!.score!.estimate, expected.groups["respect:patient"]!.score);
    close(line.points[1]!.score!.estimate, expected.groups["respect:patient"]!.score);
  });
});

describe("the report cube follows the answers", () => {
  it("a new completed response, a changed circle and an erased comment show in the next report", async () => {
    const m = manager();
    const respectPatient = async () => {
      const report = await m.report.wave({ waveId });
      const patient = report.perspectives.find((p) => p.isPrimary)!.id;
      return report.items.find((i) => i.key === "respect")!.groups.find((g) => g.perspectiveId === patient)!.n;
    };
    expect(await respectPatient()).toBe(28);
    const created = await callerFor(open, { userId: org.staff.id }).circle.create({
      waveId,
      circle: { unit: "A", respondents: [{ perspectiveKey: "patient" }] },
    });
    const phone = respondentCaller(open, created.respondents[0]!.token);
    await phone.response.saveAnswer({ itemKey: "respect", value: 4, seq: 1 });
    // A draft does not count…
    expect(await respectPatient()).toBe(28);
    await phone.response.submit();
    // …a submitted response does, at once.
    expect(await respectPatient()).toBe(29);
    // A circle moved to another unit moves its answers in the filtered views.
    const unitA = async () => {
      const report = await m.report.wave({ waveId, filters: { unit: "A" } });
      const patient = report.perspectives.find((p) => p.isPrimary)!.id;
      return report.items.find((i) => i.key === "respect")!.groups.find((g) => g.perspectiveId === patient)!.n;
    };
    expect(await unitA()).toBe(15);
    await open.db.execute(sql`update circles set unit = 'B' where id = ${created.circleId}`);
    expect(await unitA()).toBe(14);
    // Free text removed from a completed response (erasure) leaves the comment counts.
    const before = (await m.report.comments({ waveId })).total;
    await open.db.execute(sql`
      update answers set text_value = null
      where id = (select a.id from answers a join items i on i.id = a.item_id
                  where a.wave_id = ${waveId} and i.key = 'comment' and a.text_value is not null limit 1)`);
    expect((await m.report.comments({ waveId })).total).toBe(before - 1);
  });

  it("erasing a person rebuilds their wave's report, also when their link was already gone", async () => {
    const versionOf = async () =>
      Number(rowsOf<{ version: number }>(await open.db.execute(sql`select version from report_versions where wave_id = ${waveId}`))[0]?.version ?? 0);
    const [person] = rowsOf<{ id: string }>(
      await open.db.execute(sql`select r.id from respondents r where r.wave_id = ${waveId} and r.status = 'completed'
        and exists (select 1 from answers a where a.respondent_id = r.id and a.text_value is not null) limit 1`),
    );
    // The link went earlier (revoked): erasing changes no respondent row, only answers and contacts.
    await open.db.execute(sql`update respondents set token_hash = null, token_sealed = null where id = ${person!.id}`);
    const before = await versionOf();
    await open.db.transaction((tx) => erasePersonalData(tx, org.organisation.id, [person!.id], new Date()));
    expect(await versionOf()).toBeGreaterThan(before);
  });
});
