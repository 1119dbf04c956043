// "Who else was with you?" through the procedures: a companion joins the inviter's own circle with the
// chosen perspective and invited-by; refused before submitting, in a closed wave, for a perspective the
// wave does not offer, and past the limits — also when several invitations race for the last place.
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { OpenDatabase } from "@/db/connect";
import { auditLog, messages, perspectives, respondentContacts, respondents } from "@/db/schema";
import { scheduleMessages } from "@/server/jobs/schedule-messages";
import { describeZodError } from "@/server/trpc";
import { openTestDatabase } from "@/test/db";
import { callerFor, createOrganisation, openHospitalStayWave, respondentCaller, type TestOrganisation } from "@/test/factories";

let open: OpenDatabase;
let org: TestOrganisation;
let waveId: string;

beforeAll(async () => {
  open = await openTestDatabase();
  org = await createOrganisation(open, "Companions");
  waveId = await newWave({ max: 2, channels: ["link", "email"] });
});
afterAll(() => open.close());

/** A hospital-stay wave whose respondents may invite family (at most `max` invited per circle). */
async function newWave({ max, channels = ["link"], keys = ["family"] }: { max: number; channels?: ("link" | "email" | "sms")[]; keys?: string[] }) {
  const { waveId } = await openHospitalStayWave(open, org, {
    name: `Companions ${max}`,
    channels,
    allowCompanionInvites: max > 0,
    companionPerspectiveKeys: max > 0 ? keys : [],
    maxCompanionsPerCircle: max,
  });
  return waveId;
}

function as(token: string) {
  return respondentCaller(open, token);
}

async function codeOf(promise: Promise<unknown>) {
  try {
    await promise;
    return "OK";
  } catch (err) {
    // Through a caller, input errors carry the ZodError; the HTTP formatter would word them the same way.
    if (err instanceof TRPCError) return `${err.code}: ${err.cause instanceof ZodError ? describeZodError(err.cause).message : err.message}`;
    throw err;
  }
}

/** A circle with its patient (and whoever else staff add), the patient's answers sent unless `submitted` is false. */
async function newCircle(wave = waveId, { submitted = true, family = 0 } = {}) {
  const created = await callerFor(open, { userId: org.staff.id }).circle.create({
    waveId: wave,
    circle: { respondents: [{ perspectiveKey: "patient" }, ...Array.from({ length: family }, () => ({ perspectiveKey: "family" }))] },
  });
  const patient = created.respondents.find((r) => r.perspectiveKey === "patient")!;
  if (submitted) {
    const phone = as(patient.token);
    const { definition } = await phone.response.get();
    let seq = 1;
    for (const item of definition.items.filter((i) => i.required && i.askedOf.includes("patient"))) {
      const value = item.type === "rating10" ? 9 : item.type === "yesNo" ? 0 : item.type === "multipleChoice" ? ["none"] : 4;
      await phone.response.saveAnswer({ itemKey: item.key, value, seq: seq++ });
    }
    await phone.response.submit();
  }
  return { circleId: created.circleId, patient };
}

describe("inviting a companion", () => {
  it("adds a respondent to the inviter's circle with the chosen perspective, invited by them, with a link of their own", async () => {
    const { circleId, patient } = await newCircle();
    const phone = as(patient.token);
    const before = await phone.respondent.listCompanions();
    expect(before).toMatchObject({ block: null, remaining: 2, contactChannels: ["email"], companions: [] });
    expect(before.perspectives).toEqual([{ key: "family", label: { en: "Family", es: "Familia" }, remaining: 2 }]);

    const invited = await phone.respondent.inviteCompanion({
      perspectiveKey: "family",
      relationship: "child",
      name: "  Maria  ",
      contact: "maria@example.test",
      language: "es",
    });
    expect(invited).toMatchObject({ perspectiveKey: "family", relationship: "child" });

    const [row] = await open.db.select().from(respondents).where(eq(respondents.id, invited.id));
    const [family] = await open.db.select().from(perspectives).where(eq(perspectives.id, row!.perspectiveId));
    expect(row).toMatchObject({
      circleId,
      waveId,
      organisationId: org.organisation.id,
      isPrimary: false,
      relationship: "child",
      language: "es",
      status: "invited",
      invitedByRespondentId: patient.id,
      invitedByUserId: null,
    });
    expect(family!.key).toBe("family");
    const [contact] = await open.db.select().from(respondentContacts).where(eq(respondentContacts.respondentId, invited.id));
    expect(contact).toMatchObject({ name: "Maria", email: "maria@example.test", phone: null });
    const [audit] = await open.db.select().from(auditLog).where(and(eq(auditLog.action, "respondent.inviteCompanion"), eq(auditLog.entityId, invited.id)));
    expect(audit!.after).toEqual({ invitedByRespondentId: patient.id, circleId, perspective: "family", relationship: "child", contact: "email" });
    expect(JSON.stringify(audit)).not.toContain("maria@");

    // The companion's link works: they are a family member of that circle.
    const companion = await as(invited.token).response.get();
    expect(companion).toMatchObject({ perspectiveKey: "family", isPrimary: false, submitted: false });

    // Back on the thanks screen later (a reload, another device): the companion and the same link again.
    const after = await as(patient.token).respondent.listCompanions();
    expect(after.remaining).toBe(1);
    expect(after.companions).toEqual([
      {
        id: invited.id,
        perspectiveKey: "family",
        perspectiveLabel: { en: "Family", es: "Familia" },
        relationship: "child",
        name: "Maria",
        sentBy: "email",
        answered: false,
        token: invited.token,
      },
    ]);

    // The contact given gets the invitation through the outbox, like anyone staff add with a contact.
    await scheduleMessages(open.db, new Date(), org.organisation.id);
    const queued = await open.db.select().from(messages).where(eq(messages.respondentId, invited.id));
    expect(queued).toMatchObject([{ kind: "invitation", channel: "email", recipient: "maria@example.test", language: "es" }]);
  });

  it("lists only the companions this respondent invited, not those staff added", async () => {
    const { patient } = await newCircle(waveId, { family: 1 });
    expect((await as(patient.token).respondent.listCompanions()).companions).toEqual([]);
  });

  it("refuses before the inviter has submitted, and says so in the listing", async () => {
    const { patient, circleId } = await newCircle(waveId, { submitted: false });
    const phone = as(patient.token);
    expect((await phone.respondent.listCompanions()).block).toBe("notSubmitted");
    expect(await codeOf(phone.respondent.inviteCompanion({ perspectiveKey: "family", relationship: "parent" }))).toBe(
      "PRECONDITION_FAILED: Please send your own answers first; then you can invite the people who were with you.",
    );
    expect(await open.db.select().from(respondents).where(eq(respondents.circleId, circleId))).toHaveLength(1);
  });

  it("refuses a perspective the wave does not offer (staff, the primary, an unknown one)", async () => {
    const { patient, circleId } = await newCircle();
    const phone = as(patient.token);
    for (const perspectiveKey of ["staff", "patient", "nobody"]) {
      expect(await codeOf(phone.respondent.inviteCompanion({ perspectiveKey, relationship: "other" }))).toBe(
        "BAD_REQUEST: This survey does not let respondents invite that kind of person.",
      );
    }
    expect(await open.db.select().from(respondents).where(eq(respondents.circleId, circleId))).toHaveLength(1);
  });

  it("refuses bad details with a clear error: a contact that is neither email nor phone, a channel the wave does not send, oversized input", async () => {
    const { patient, circleId } = await newCircle();
    const phone = as(patient.token);
    expect(await codeOf(phone.respondent.inviteCompanion({ perspectiveKey: "family", relationship: "child", contact: "call me maybe" }))).toMatch(
      /^BAD_REQUEST: Invalid input — contact: must be an email address or a mobile number/,
    );
    expect(await codeOf(phone.respondent.inviteCompanion({ perspectiveKey: "family", relationship: "child", contact: "+44 7700 900123" }))).toBe(
      "BAD_REQUEST: Some details of this person cannot be used.",
    );
    expect(await codeOf(phone.respondent.inviteCompanion({ perspectiveKey: "family", relationship: "child", name: "x".repeat(201) }))).toMatch(
      /^BAD_REQUEST: Invalid input — name: /,
    );
    // @ts-expect-error — a relationship outside the list
    expect(await codeOf(phone.respondent.inviteCompanion({ perspectiveKey: "family", relationship: "boss" }))).toMatch(/^BAD_REQUEST: Invalid input — relationship/);
    expect(await codeOf(phone.respondent.inviteCompanion({ perspectiveKey: "family", relationship: "child", language: "pl" }))).toBe(
      "BAD_REQUEST: Some details of this person cannot be used.",
    );
    expect(await open.db.select().from(respondents).where(eq(respondents.circleId, circleId))).toHaveLength(1);
  });

  it("refuses when the wave does not allow invitations, and once it has closed", async () => {
    const noInvites = await newWave({ max: 0 });
    const { patient } = await newCircle(noInvites);
    expect((await as(patient.token).respondent.listCompanions()).block).toBe("notAllowed");
    expect(await codeOf(as(patient.token).respondent.inviteCompanion({ perspectiveKey: "family", relationship: "child" }))).toBe(
      "FORBIDDEN: This survey does not let respondents invite the people who were with them.",
    );

    const closing = await newWave({ max: 2 });
    const { patient: late, circleId } = await newCircle(closing);
    const first = await as(late.token).respondent.inviteCompanion({ perspectiveKey: "family", relationship: "friend" });
    await callerFor(open, { userId: org.admin.id }).wave.close({ waveId: closing });
    const listing = await as(late.token).respondent.listCompanions();
    expect(listing.block).toBe("closed");
    // A closed wave's links no longer work, so none is shown again.
    expect(listing.companions).toMatchObject([{ id: first.id, token: null }]);
    expect(await codeOf(as(late.token).respondent.inviteCompanion({ perspectiveKey: "family", relationship: "child" }))).toBe(
      "PRECONDITION_FAILED: This survey has closed, so no one else can be invited.",
    );
    expect(await open.db.select().from(respondents).where(eq(respondents.circleId, circleId))).toHaveLength(2);
  });

  it("enforces the wave's limit per circle and the perspective's own limit", async () => {
    // The wave allows 3 invited, but family is limited to 2 per circle by the survey.
    const roomy = await newWave({ max: 3 });
    const { patient, circleId } = await newCircle(roomy);
    const phone = as(patient.token);
    await phone.respondent.inviteCompanion({ perspectiveKey: "family", relationship: "child" });
    await phone.respondent.inviteCompanion({ perspectiveKey: "family", relationship: "parent" });
    expect(await codeOf(phone.respondent.inviteCompanion({ perspectiveKey: "family", relationship: "sibling" }))).toBe(
      "CONFLICT: No one else can be invited as family: a circle has at most 2.",
    );
    expect((await phone.respondent.listCompanions()).block).toBe("full");

    // The wave allows 1 invited: the first is accepted, the second refused.
    const tight = await newWave({ max: 1 });
    const other = await newCircle(tight);
    await as(other.patient.token).respondent.inviteCompanion({ perspectiveKey: "family", relationship: "child" });
    expect(await codeOf(as(other.patient.token).respondent.inviteCompanion({ perspectiveKey: "family", relationship: "parent" }))).toBe(
      "CONFLICT: No one else can be invited to this circle: it has as many invited people as this survey allows.",
    );
    expect(await open.db.select().from(respondents).where(eq(respondents.circleId, circleId))).toHaveLength(3);
    expect(await open.db.select().from(respondents).where(eq(respondents.circleId, other.circleId))).toHaveLength(2);
  });

  it("a companion counts towards the perspective's limit together with those staff added", async () => {
    const { patient } = await newCircle(waveId, { family: 1 });
    const phone = as(patient.token);
    await phone.respondent.inviteCompanion({ perspectiveKey: "family", relationship: "child" });
    expect(await codeOf(phone.respondent.inviteCompanion({ perspectiveKey: "family", relationship: "parent" }))).toBe(
      "CONFLICT: No one else can be invited as family: a circle has at most 2.",
    );
  });

  it("invitations racing for the last place: exactly one wins", async () => {
    const { patient, circleId } = await newCircle();
    const phone = as(patient.token);
    await phone.respondent.inviteCompanion({ perspectiveKey: "family", relationship: "child" });
    // Two phones of the circle (the patient's, and the same link opened twice) race for the one place left.
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => as(patient.token).respondent.inviteCompanion({ perspectiveKey: "family", relationship: i % 2 ? "friend" : "carer" })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) {
      if (r.status === "rejected") expect((r.reason as TRPCError).code).toBe("CONFLICT");
    }
    const people = await open.db.select().from(respondents).where(eq(respondents.circleId, circleId));
    expect(people.filter((p) => p.invitedByRespondentId === patient.id)).toHaveLength(2);
  });
});
