// A respondent answering through the procedures: every answer checked against their own survey, saved
// idempotently by sequence number, submitted once however often it is sent.
import { TRPCError } from "@trpc/server";
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/db/connect";
import { answers, respondents, responses } from "@/db/schema";
import { openTestDatabase } from "@/test/db";
import { callerFor, createOrganisation, openHospitalStayWave, respondentCaller, type TestOrganisation } from "@/test/factories";
import { saveBatching } from "./save-answer";

let open: OpenDatabase;
let org: TestOrganisation;
let surveyWaveId: string;

beforeAll(async () => {
  open = await openTestDatabase();
  org = await createOrganisation(open, "Answers");
  surveyWaveId = (await openHospitalStayWave(open, org, { name: "Answering" })).waveId;
});
afterAll(() => open.close());

async function newCircle() {
  const created = await callerFor(open, { userId: org.staff.id }).circle.create({
    waveId: surveyWaveId,
    circle: { respondents: [{ perspectiveKey: "patient" }, { perspectiveKey: "family", language: "es" }] },
  });
  const [patient, family] = created.respondents;
  return { patient: patient!, family: family!, circleId: created.circleId };
}

function as(token: string) {
  return respondentCaller(open, token);
}

async function codeOf(promise: Promise<unknown>) {
  try {
    await promise;
    return "OK";
  } catch (err) {
    if (err instanceof TRPCError) return `${err.code}: ${err.message}`;
    throw err;
  }
}

describe("saving answers", () => {
  it("saves as given, resumes on another device, and a late older retry never overwrites a newer answer", async () => {
    const { patient } = await newCircle();
    const phone = as(patient.token);
    expect(await phone.response.saveAnswer({ itemKey: "respect", value: 3, seq: 1 })).toEqual({ itemKey: "respect", seq: 1, applied: true });
    expect(await phone.response.saveAnswer({ itemKey: "respect", value: 5, seq: 3 })).toMatchObject({ applied: true });
    expect(await phone.response.saveAnswer({ itemKey: "respect", value: 1, seq: 2 })).toMatchObject({ applied: false });
    // The same save again (a retry after a lost acknowledgement) changes nothing.
    expect(await phone.response.saveAnswer({ itemKey: "respect", value: 5, seq: 3 })).toMatchObject({ applied: false });

    const laptop = as(patient.token);
    const resumed = await laptop.response.get();
    expect(resumed.answers).toEqual({ respect: 5 });
    expect(resumed.sequence).toEqual({ respect: 3 });
    const [row] = await open.db.select().from(respondents).where(eq(respondents.id, patient.id));
    expect(row!.status).toBe("started");
  });

  it("clearing an answer keeps its place, so an older value cannot come back", async () => {
    const { patient } = await newCircle();
    const phone = as(patient.token);
    await phone.response.saveAnswer({ itemKey: "comments", value: "Lovely nurses", seq: 1 });
    await phone.response.saveAnswer({ itemKey: "comments", value: null, seq: 2 });
    await phone.response.saveAnswer({ itemKey: "comments", value: "Lovely nurses", seq: 1 });
    expect((await phone.response.get()).answers).toEqual({});
  });

  it("refuses answers that break the rules, with a clear error, changing nothing", async () => {
    const { patient } = await newCircle();
    const phone = as(patient.token);
    const count = async () =>
      (await open.db.select({ n: sql<number>`count(*)::int` }).from(answers).where(eq(answers.respondentId, patient.id)))[0]!.n;
    const attempts: [string, unknown][] = [
      ["respect", 6],
      ["respect", 2.5],
      ["recommend", -1],
      ["call_wait", "teleported"],
      ["worries", ["pain", "pain"]],
      ["worries", ["pain", "medicines", "test_results", "going_home"]],
      ["comments", "x".repeat(10_000)],
      ["family_welcome", 1], // asked of family and staff, not of the patient
      ["no_such_item", 1], // not in this survey at all
      ["respect", "5"],
    ];
    for (const [itemKey, value] of attempts) {
      const result = await codeOf(phone.response.saveAnswer({ itemKey, value: value as never, seq: 1 }));
      expect(result, `${itemKey} = ${JSON.stringify(value).slice(0, 40)}`).toMatch(/^BAD_REQUEST: /);
    }
    expect(await count()).toBe(0);
    expect(await codeOf(phone.response.saveAnswer({ itemKey: "family_welcome", value: 1, seq: 1 }))).toBe(
      "BAD_REQUEST: This question is not part of your survey.",
    );
  });

  it("a link revoked or a wave closed after its first save is refused at once, whatever this instance remembers", async () => {
    const { patient, family } = await newCircle();
    // The first saves make this process remember who each link belongs to.
    expect(await as(patient.token).response.saveAnswer({ itemKey: "respect", value: 4, seq: 1 })).toMatchObject({ applied: true });
    expect(await as(family.token).response.saveAnswer({ itemKey: "respect", value: 4, seq: 1 })).toMatchObject({ applied: true });

    await callerFor(open, { userId: org.staff.id }).respondent.revokeLink({ respondentId: patient.id });
    expect(await codeOf(as(patient.token).response.saveAnswer({ itemKey: "respect", value: 2, seq: 2 }))).toBe(
      "UNAUTHORIZED: This link is not valid. Please use the link you were sent.",
    );

    const other = await createOrganisation(open, "ClosedAfterSave");
    expect(await as(other.respondentToken).response.saveAnswer({ itemKey: "respect", value: 4, seq: 1 })).toMatchObject({ applied: true });
    await callerFor(open, { userId: other.admin.id }).wave.close({ waveId: other.wave.id });
    expect(await codeOf(as(other.respondentToken).response.saveAnswer({ itemKey: "respect", value: 2, seq: 2 }))).toBe(
      "PRECONDITION_FAILED: This survey has closed, so answers can no longer be saved. Thank you for your time.",
    );

    const kept = await open.db.select().from(answers).where(eq(answers.respondentId, patient.id));
    expect(kept.map((a) => [a.numericValue, a.clientSeq])).toEqual([[4, 1]]);
  });

  it("first answers sent at once (two tabs) make one response and are all kept", async () => {
    const { patient } = await newCircle();
    const keys = ["respect", "explained", "involved", "overall"];
    const results = await Promise.all(keys.map((itemKey, i) => as(patient.token).response.saveAnswer({ itemKey, value: 3, seq: i + 1 })));
    expect(results.every((r) => r.applied)).toBe(true);
    expect(await open.db.select().from(responses).where(eq(responses.respondentId, patient.id))).toHaveLength(1);
    expect(await open.db.select().from(answers).where(eq(answers.respondentId, patient.id))).toHaveLength(keys.length);
  });

  it("many people saving at the same moment each get their own answers, exactly as given", async () => {
    // 90 saves of 60 people: more than one batch holds (64), so batches also run side by side.
    const people = await Promise.all(Array.from({ length: 30 }, () => newCircle()));
    const before = { ...saveBatching };
    const given = people.flatMap(({ patient, family }, n) => [
      { token: patient.token, id: patient.id, itemKey: "respect", value: 1 + (n % 5) },
      { token: patient.token, id: patient.id, itemKey: "worries", value: n % 2 ? ["pain", "medicines"] : ["none"] },
      { token: family.token, id: family.id, itemKey: "comments", value: `Thank you, ward ${n}` },
    ]);
    const results = await Promise.all(given.map((g, i) => as(g.token).response.saveAnswer({ itemKey: g.itemKey, value: g.value, seq: i + 1 })));
    expect(results.every((r) => r.applied)).toBe(true);
    for (const { token, id } of people.flatMap(({ patient, family }) => [patient, family])) {
      const mine = given.filter((g) => g.id === id);
      expect((await as(token).response.get()).answers).toEqual(Object.fromEntries(mine.map((g) => [g.itemKey, g.value])));
    }
    if (open.kind === "postgres") {
      // On a server, saves that meet in time share a statement; none of these needed the fallback.
      expect(saveBatching.batches).toBeGreaterThan(before.batches);
      expect(saveBatching.fallbacks).toBe(before.fallbacks);
    }
  });

  it("an unknown link gets nothing", async () => {
    expect(await codeOf(as("AAAAAAAAAAAAAAAAAAAAAAAA").response.get())).toMatch(/^UNAUTHORIZED/);
  });
});

describe("submitting", () => {
  it("re-checks required questions on the server", async () => {
    const { family } = await newCircle();
    const phone = as(family.token);
    await phone.response.saveAnswer({ itemKey: "respect", value: 4, seq: 1 });
    const refused = await codeOf(phone.response.submit());
    expect(refused).toBe("BAD_REQUEST: Some required questions have no answer yet.");
  });

  it("fifty submits at once store one response", async () => {
    const { patient } = await newCircle();
    const phone = as(patient.token);
    const { definition } = await phone.response.get();
    let seq = 1;
    for (const item of definition.items.filter((i) => i.required && i.askedOf.includes("patient"))) {
      const value = item.type === "rating10" ? 9 : item.type === "yesNo" ? 0 : item.type === "multipleChoice" ? ["none"] : 4;
      await phone.response.saveAnswer({ itemKey: item.key, value, seq: seq++ });
    }
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => as(patient.token).response.submit()));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(50);
    const rows = await open.db.select().from(responses).where(eq(responses.respondentId, patient.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.status).toBe("submitted");
    const [respondent] = await open.db.select().from(respondents).where(eq(respondents.id, patient.id));
    expect(respondent!.status).toBe("completed");
    expect(await codeOf(phone.response.saveAnswer({ itemKey: "respect", value: 1, seq: 99 }))).toMatch(/^CONFLICT: /);
  });

  it("after the wave closes, answers are refused with a clear message", async () => {
    const other = await createOrganisation(open, "ClosedAnswers");
    await callerFor(open, { userId: other.admin.id }).wave.close({ waveId: other.wave.id });
    const result = await codeOf(as(other.respondentToken).response.saveAnswer({ itemKey: "respect", value: 4, seq: 1 }));
    expect(result).toBe("PRECONDITION_FAILED: This survey has closed, so answers can no longer be saved. Thank you for your time.");
  });

  it("the database itself refuses any write to a closed wave's answers, the whole statement; erasure may", async () => {
    const { patient } = await newCircle();
    await as(patient.token).response.saveAnswer({ itemKey: "respect", value: 4, seq: 1 });
    const other = await createOrganisation(open, "ClosedRows");
    await as(other.respondentToken).response.saveAnswer({ itemKey: "respect", value: 4, seq: 1 });
    await callerFor(open, { userId: other.admin.id }).wave.close({ waveId: other.wave.id });
    const [closedAnswer] = await open.db.select().from(answers).where(eq(answers.respondentId, other.respondent.id));
    const refused = /wave [0-9a-f-]+ is closed: its answers cannot change/;
    const messageOf = (promise: Promise<unknown>) => promise.then(() => "written", (err: Error) => `${err.message} ${String(err.cause ?? "")}`);

    // One statement over an open wave's answer and a closed wave's: neither changes.
    expect(await messageOf(open.db.update(answers).set({ numericValue: 1, clientSeq: 50 }).where(inArray(answers.respondentId, [patient.id, other.respondent.id])))).toMatch(refused);
    expect(await messageOf(open.db.delete(answers).where(eq(answers.id, closedAnswer!.id)))).toMatch(refused);
    const after = await open.db.select().from(answers).where(inArray(answers.respondentId, [patient.id, other.respondent.id]));
    expect(after.map((a) => [a.numericValue, a.clientSeq])).toEqual([
      [4, 1],
      [4, 1],
    ]);

    // Erasure and retention run in maintenance mode (migration 0004): there, the closed wave's answers can change.
    await open.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('circles.maintenance', 'on', true)`);
      await tx.update(answers).set({ textValue: null }).where(eq(answers.id, closedAnswer!.id));
      await tx.delete(answers).where(eq(answers.id, closedAnswer!.id));
    });
    // …and outside it, nothing comes back.
    expect(await messageOf(open.db.insert(answers).values(closedAnswer!))).toMatch(refused);
    expect(await open.db.select().from(answers).where(eq(answers.respondentId, other.respondent.id))).toEqual([]);
  });

  it("declining stops reminders", async () => {
    const { family } = await newCircle();
    await as(family.token).response.decline();
    const [row] = await open.db.select().from(respondents).where(eq(respondents.id, family.id));
    expect(row!.status).toBe("declined");
  });
});

describe("declining, then answering after all", () => {
  it("a declined respondent who answers is started again, completed on submit, and a later decline changes nothing", async () => {
    const { patient } = await newCircle();
    const phone = as(patient.token);
    const statusOf = async () => (await open.db.select().from(respondents).where(eq(respondents.id, patient.id)))[0]!;
    await phone.response.decline();
    expect((await statusOf()).status).toBe("declined");

    const { definition } = await phone.response.get();
    let seq = 1;
    for (const item of definition.items.filter((i) => i.required && i.askedOf.includes("patient"))) {
      const value = item.type === "rating10" ? 9 : item.type === "yesNo" ? 0 : item.type === "multipleChoice" ? ["none"] : 4;
      await phone.response.saveAnswer({ itemKey: item.key, value, seq: seq++ });
    }
    const started = await statusOf();
    expect(started.status).toBe("started");
    expect(started.declinedAt).toBeNull();

    await phone.response.submit();
    expect((await statusOf()).status).toBe("completed");
    const [response] = await open.db.select().from(responses).where(eq(responses.respondentId, patient.id));
    expect(response!.status).toBe("submitted");

    // Declining after submitting is harmless: status and response still agree.
    await phone.response.decline();
    expect((await statusOf()).status).toBe("completed");
  });
});

describe("reading a closed wave", () => {
  it("gives no questions and no answers, only that it has closed", async () => {
    const other = await createOrganisation(open, "ClosedRead");
    await as(other.respondentToken).response.saveAnswer({ itemKey: "respect", value: 4, seq: 1 });
    await callerFor(open, { userId: other.admin.id }).wave.close({ waveId: other.wave.id });
    expect(await codeOf(as(other.respondentToken).response.get())).toBe(
      "PRECONDITION_FAILED: This survey has closed, so answers can no longer be saved. Thank you for your time.",
    );
  });
});

describe("who is answering", () => {
  it("is stored for the primary and refused for companions", async () => {
    const { patient, family } = await newCircle();
    expect(await as(patient.token).response.setAnsweredBy({ answeredBy: "helped" })).toEqual({ answeredBy: "helped" });
    const [row] = await open.db.select().from(respondents).where(eq(respondents.id, patient.id));
    expect(row!.answeredBy).toBe("helped");
    expect((await as(patient.token).response.get()).answeredBy).toBe("helped");
    expect(await codeOf(as(family.token).response.setAnsweredBy({ answeredBy: "self" }))).toMatch(/^BAD_REQUEST: /);
  });
});
