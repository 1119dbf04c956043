// Erasure on request and the retention period: contact details, free text and links go, every trace of
// them; scores stay, so an anonymous wave's report figures do not move; an erased person is never sent a
// reminder afterwards.
import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/db/connect";
import { rowsOf } from "@/db/sql";
import { answers, auditLog, circles, messages, respondentContacts, respondents, waves } from "@/db/schema";
import { runTick } from "@/server/jobs/tick";
import type { MessageTransport, OutgoingMessage } from "@/server/mail/transport";
import { openTestDatabase } from "@/test/db";
import { callerFor, codeOf, createOrganisation, respondentCaller, type TestOrganisation } from "@/test/factories";

const DAY = 86_400_000;
const FIVE = ["Never", "Rarely", "Sometimes", "Usually", "Always"];
const DEFINITION = {
  format: "circles.survey/1",
  name: "Erasure survey",
  defaultLanguage: "en",
  languages: ["en"],
  perspectives: [
    { key: "patient", label: { en: "Patient" }, primary: true },
    { key: "family", label: { en: "Family" }, limitPerCircle: 2 },
  ],
  items: [
    {
      key: "respect",
      type: "rating5",
      labels: { en: FIVE },
      askedOf: ["patient", "family"],
      wording: { patient: { en: "Respect?" }, family: { en: "Respect for them?" } },
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
      key: "comment",
      type: "text",
      askedOf: ["patient", "family"],
      wording: { patient: { en: "Anything else?" }, family: { en: "Anything else?" } },
    },
  ],
};

let open: OpenDatabase;
let org: TestOrganisation;
let surveyId: string;

function recorder() {
  const sent: OutgoingMessage[] = [];
  const transport: MessageTransport = { channels: ["email"], send: async (m) => void sent.push(m) };
  return { sent, transport };
}


type Person = { respondentId: string; token: string; email: string; name: string | null; comment: string };

/**
 * An open wave (anonymous, k = 3, reminders on day 3) of `circles` circles, each a patient and a family
 * member with email addresses; everybody answers and submits except the family member of the last circle.
 */
async function makeWave(
  name: string,
  circlesCount: number,
  { reminderDays = [3], transport = recorder().transport, now = new Date() }: { reminderDays?: number[]; transport?: MessageTransport; now?: Date } = {},
) {
  const admin = callerFor(open, { userId: org.admin.id });
  const wave = await admin.wave.create({
    surveyId,
    settings: { name, anonymityMode: "anonymous", anonymityThreshold: 3, channels: ["link", "email"], reminderDays },
  });
  await admin.wave.open({ waveId: wave.id });
  const staff = callerFor(open, { userId: org.staff.id });
  const tag = randomUUID().slice(0, 8);
  const people: { patient: Person; family: Person }[] = [];
  for (let i = 0; i < circlesCount; i++) {
    const emails = [`patient${i}.${tag}@example.test`, `family${i}.${tag}@example.test`];
    const created = await staff.circle.create({
      waveId: wave.id,
      circle: {
        externalRef: `ERASE-${tag}-${i}`,
        site: "North",
        respondents: [
          { perspectiveKey: "patient", email: emails[0], name: `Patient ${i} ${tag}` },
          { perspectiveKey: "family", relationship: "daughter", email: emails[1] },
        ],
      },
    });
    const pair = created.respondents.map((r, j) => ({
      respondentId: r.id,
      token: r.token,
      email: emails[j]!,
      name: j === 0 ? `Patient ${i} ${tag}` : null,
      comment: `Comment ${j === 0 ? "of the patient" : "of the family"} ${i} ${tag}: the night nurse was kind`,
    }));
    people.push({ patient: pair[0]!, family: pair[1]! });
  }
  // Everybody is invited by email before anyone answers.
  await runTick({ organisationId: org.organisation.id, db: open.db, transport, now });
  for (const [i, { patient, family }] of people.entries()) {
    for (const [j, person] of [patient, family].entries()) {
      if (i === circlesCount - 1 && j === 1) continue; // this one never answers: reminders are due to them
      const phone = respondentCaller(open, person.token);
      await phone.response.saveAnswer({ itemKey: "respect", value: 1 + ((i + j) % 5), seq: 1 });
      await phone.response.saveAnswer({ itemKey: "recommend", value: (i * 3 + j) % 11, seq: 2 });
      await phone.response.saveAnswer({ itemKey: "comment", value: person.comment, seq: 3 });
      await phone.response.submit();
    }
  }
  return { waveId: wave.id, people };
}

/** Every place a person's details or words could be left behind, as text. */
async function traces(values: string[]) {
  const found: string[] = [];
  for (const value of values) {
    const like = `%${value}%`;
    const result = await open.db.execute(sql`
      select 'respondent_contacts' as t from respondent_contacts where coalesce(name, '') || coalesce(email, '') || coalesce(phone, '') like ${like}
      union all select 'answers' from answers where text_value like ${like}
      union all select 'messages' from messages where recipient || coalesce(body, '') || coalesce(subject, '') || coalesce(last_error, '') like ${like}
      union all select 'audit_log' from audit_log where coalesce(before::text, '') || coalesce(after::text, '') like ${like}`);
    found.push(...rowsOf<{ t: string }>(result).map((r) => `${r.t}: ${value}`));
  }
  return found;
}

beforeAll(async () => {
  open = await openTestDatabase();
  org = await createOrganisation(open, "Erasure");
  const admin = callerFor(open, { userId: org.admin.id });
  ({ id: surveyId } = await admin.survey.import({ definition: DEFINITION }));
  const editor = await admin.survey.editor({ surveyId });
  await admin.survey.publish({ surveyId, revision: editor.draft!.revision });
}, 120_000);
afterAll(() => open.close());

describe("erasure on request", () => {
  it("leaves an anonymous wave's report figures as they were and removes every trace of the person", async () => {
    const { sent, transport } = recorder();
    const { waveId, people } = await makeWave("Erasure wave", 6, { transport });
    const target = people[0]!.patient;
    expect(sent.some((m) => m.to === target.email)).toBe(true);
    expect(await traces([target.email, target.comment])).not.toEqual([]);

    const manager = callerFor(open, { userId: org.manager.id });
    const before = await manager.report.wave({ waveId });
    const scored = before.items.flatMap((i) => i.groups.filter((g) => g.figures?.score));
    expect(scored.length).toBeGreaterThan(0);

    const admin = callerFor(open, { userId: org.admin.id });
    const found = await admin.retention.findRespondents({ query: target.email.toUpperCase() });
    expect(found.respondents.map((r) => r.respondentId)).toEqual([target.respondentId]);
    expect(await codeOf(admin.retention.eraseRespondent({ respondentId: target.respondentId, reason: " " }))).toBe("BAD_REQUEST");
    expect(await codeOf(manager.retention.eraseRespondent({ respondentId: target.respondentId, reason: "Asked by letter" }))).toBe(
      "FORBIDDEN",
    );
    const erased = await admin.retention.eraseRespondent({ respondentId: target.respondentId, reason: "Asked by letter on 2 Nov" });
    expect(erased.alreadyErased).toBe(false);

    const after = await manager.report.wave({ waveId });
    expect(after.items).toEqual(before.items);
    expect(after.funnel).toEqual(before.funnel);

    expect(await traces([target.email, target.comment, target.name!])).toEqual([]);
    const [contact] = await open.db.select().from(respondentContacts).where(eq(respondentContacts.respondentId, target.respondentId));
    expect(contact).toMatchObject({ name: null, email: null, phone: null, doNotContact: true });
    expect(contact!.erasedAt).toBeInstanceOf(Date);
    const [person] = await open.db.select().from(respondents).where(eq(respondents.id, target.respondentId));
    expect(person).toMatchObject({ tokenHash: null, tokenSealed: null, status: "completed" });
    const kept = await open.db.select().from(answers).where(eq(answers.respondentId, target.respondentId));
    expect(kept.filter((a) => a.numericValue !== null)).toHaveLength(2);
    expect(kept.every((a) => a.textValue === null)).toBe(true);
    const [circle] = await open.db.select().from(circles).where(eq(circles.id, (await open.db.select({ c: respondents.circleId }).from(respondents).where(eq(respondents.id, target.respondentId)))[0]!.c));
    expect(circle!.externalRef).toBeNull();
    // The family member of that circle keeps their details: only the person who asked is erased.
    expect(await traces([people[0]!.family.email])).not.toEqual([]);

    const [entry] = await open.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "respondent.erase"), eq(auditLog.entityId, target.respondentId)));
    expect(entry).toMatchObject({ actorUserId: org.admin.id, after: { reason: "Asked by letter on 2 Nov", texts: 1 } });

    // Nothing brings them back: no new link, and erasing again changes nothing.
    expect(await codeOf(admin.respondent.reissueLink({ respondentId: target.respondentId }))).toBe("PRECONDITION_FAILED");
    expect((await admin.retention.eraseRespondent({ respondentId: target.respondentId, reason: "Again" })).alreadyErased).toBe(true);
    expect(await admin.retention.findRespondents({ query: target.email })).toEqual({ respondents: [], understood: true });
  });

  it("means no reminder ever reaches the person again, while others still get theirs", async () => {
    const { sent, transport } = recorder();
    const t0 = new Date();
    const { people } = await makeWave("Reminder wave", 2, { transport, now: t0 });
    const waiting = people[1]!.family; // invited, never answers
    const other = people[1]!.patient; // completed: gets no reminder either way
    expect(sent.filter((m) => m.to === waiting.email)).toHaveLength(1);

    // A control that has not been erased, added in another circle of the same wave, gets its reminder.
    await callerFor(open, { userId: org.staff.id }).circle.create({
      waveId: (await open.db.select({ w: respondents.waveId }).from(respondents).where(eq(respondents.id, waiting.respondentId)))[0]!.w,
      circle: { respondents: [{ perspectiveKey: "patient", email: `control.${randomUUID()}@example.test` }] },
    });
    await runTick({ organisationId: org.organisation.id, db: open.db, transport, now: t0 });

    await callerFor(open, { userId: org.admin.id }).retention.eraseRespondent({ respondentId: waiting.respondentId, reason: "Phoned us" });
    const before = sent.length;
    for (const days of [3, 4, 10, 30]) {
      await runTick({ organisationId: org.organisation.id, db: open.db, transport, now: new Date(t0.getTime() + days * DAY) });
    }
    const later = sent.slice(before);
    expect(later.filter((m) => m.to === waiting.email)).toEqual([]);
    expect(later.filter((m) => m.to === other.email)).toEqual([]);
    expect(later.some((m) => m.body.includes("/r/") && m.subject?.startsWith("Reminder"))).toBe(true);
    const theirs = await open.db.select().from(messages).where(eq(messages.respondentId, waiting.respondentId));
    expect(theirs.map((m) => [m.kind, m.recipient])).toEqual([["invitation", "[erased]"]]);
  });
});

describe("the retention period", () => {
  it("removes contact details, free text and links once past it (from the close of a closed wave), keeping the scores", async () => {
    const own = await createOrganisation(open, "Retention");
    const ownAdmin = callerFor(open, { userId: own.admin.id });
    const { name } = await ownAdmin.organisation.settings();
    await ownAdmin.organisation.updateSettings({
      settings: { name, defaultLanguage: "en", defaultAnonymityThreshold: 5, contactText: null, privacyText: null, retentionDays: 30 },
    });
    // This organisation's own copy of the survey, waves and people.
    const { id } = await ownAdmin.survey.import({ definition: DEFINITION });
    const editor = await ownAdmin.survey.editor({ surveyId: id });
    await ownAdmin.survey.publish({ surveyId: id, revision: editor.draft!.revision });
    const saved = { org, surveyId };
    org = own;
    surveyId = id;
    try {
      const open1 = await makeWave("Open wave", 3, { reminderDays: [] });
      const closed = await makeWave("Closed wave", 3, { reminderDays: [] });
      const t0 = new Date();
      await ownAdmin.wave.close({ waveId: closed.waveId });
      const manager = callerFor(open, { userId: own.manager.id });
      const reportBefore = await manager.report.wave({ waveId: closed.waveId });
      const everyone = [...open1.people, ...closed.people].flatMap((p) => [p.patient, p.family]);

      // Within the period nothing goes.
      await runTick({ organisationId: own.organisation.id, db: open.db, transport: recorder().transport, now: new Date(t0.getTime() + 29 * DAY) });
      const seen = new Set((await traces(everyone.map((p) => p.email))).map((t) => t.slice(t.indexOf(": ") + 2)));
      expect(seen.size).toBe(everyone.length);

      // Past it, everything personal goes, in the closed wave too; the figures stay.
      const result = await runTick({ organisationId: own.organisation.id, db: open.db, transport: recorder().transport, now: new Date(t0.getTime() + 31 * DAY) });
      // Our twelve people and six circles, and the factory's own circle of one.
      expect(result.retention).toMatchObject([{ organisationId: own.organisation.id, respondents: everyone.length + 1, circles: 7 }]);
      expect(await traces([...everyone.map((p) => p.email), ...everyone.map((p) => p.comment)])).toEqual([]);
      const ids = everyone.map((p) => p.respondentId);
      const left = await open.db.select().from(respondents).where(inArray(respondents.id, ids));
      expect(left.every((r) => r.tokenHash === null)).toBe(true);
      const scores = await open.db.select().from(answers).where(and(inArray(answers.respondentId, ids), sql`${answers.numericValue} is not null`));
      expect(scores).toHaveLength((everyone.length - 2) * 2);
      expect((await manager.report.wave({ waveId: closed.waveId })).items).toEqual(reportBefore.items);
      const [wave] = await open.db.select().from(waves).where(eq(waves.id, closed.waveId));
      expect(wave!.status).toBe("closed");
      const [entry] = await open.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.organisationId, own.organisation.id), eq(auditLog.action, "retention.apply")));
      expect(entry).toMatchObject({ actorUserId: null, after: { respondents: everyone.length + 1 } });

      // A second run finds nothing more to do.
      const again = await runTick({ organisationId: own.organisation.id, db: open.db, transport: recorder().transport, now: new Date(t0.getTime() + 32 * DAY) });
      expect(again.retention).toEqual([]);
    } finally {
      ({ org, surveyId } = saved);
    }
  });
});
