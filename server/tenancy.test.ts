// No one in where they don't belong: an id from another organisation behaves exactly like an id that
// does not exist, for every procedure that takes an id.
import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { OpenDatabase } from "@/db/connect";
import { SURVEY_FORMAT, type TSurveyDefinition } from "@/lib/survey/definition";
import { appRouter } from "@/server/root";
import { openTestDatabase } from "@/test/db";
import { callerFor, createOrganisation, type TestOrganisation } from "@/test/factories";

let open: OpenDatabase;
let mine: TestOrganisation;
let theirs: TestOrganisation;
let theirInvitationId: string;

beforeAll(async () => {
  open = await openTestDatabase();
  mine = await createOrganisation(open, "Mine");
  theirs = await createOrganisation(open, "Theirs");
  const invitation = await callerFor(open, { userId: theirs.admin.id }).member.invite({
    email: `invitee.${randomUUID()}@theirs.test`,
    role: "manager",
  });
  theirInvitationId = invitation.id;
});
afterAll(() => open.close());

type Caller = ReturnType<typeof callerFor>;

const minimalDefinition = {
  format: SURVEY_FORMAT,
  name: "Minimal",
  description: "",
  defaultLanguage: "en",
  languages: ["en"],
  intro: {},
  perspectives: [
    { key: "patient", label: { en: "Patient" }, primary: true, limitPerCircle: 1, invitableBy: { organisation: true, respondent: false }, provider: false },
  ],
  items: [],
} satisfies TSurveyDefinition;
type Case = { call: (c: Caller, id: string) => Promise<unknown>; foreignId: () => string };

/** Every procedure whose input takes an id, with the other organisation's id of the right kind. */
const cases: Record<string, Case> = {
  "survey.get": { call: (c, id) => c.survey.get({ surveyId: id }), foreignId: () => theirs.survey.id },
  "survey.definition": { call: (c, id) => c.survey.definition({ surveyId: id }), foreignId: () => theirs.survey.id },
  "survey.export": { call: (c, id) => c.survey.export({ surveyId: id }), foreignId: () => theirs.survey.id },
  "survey.diff": { call: (c, id) => c.survey.diff({ surveyId: id, from: 1, to: 1 }), foreignId: () => theirs.survey.id },
  "survey.editor": { call: (c, id) => c.survey.editor({ surveyId: id }), foreignId: () => theirs.survey.id },
  "survey.startDraft": { call: (c, id) => c.survey.startDraft({ surveyId: id }), foreignId: () => theirs.survey.id },
  "survey.saveDraft": {
    call: (c, id) => c.survey.saveDraft({ surveyId: id, revision: 0, definition: minimalDefinition }),
    foreignId: () => theirs.survey.id,
  },
  "survey.publish": { call: (c, id) => c.survey.publish({ surveyId: id, revision: 0 }), foreignId: () => theirs.survey.id },
  "wave.list": { call: (c, id) => c.wave.list({ surveyId: id }), foreignId: () => theirs.survey.id },
  "wave.get": { call: (c, id) => c.wave.get({ waveId: id }), foreignId: () => theirs.wave.id },
  "wave.create": {
    call: (c, id) => c.wave.create({ surveyId: id, settings: { name: "Foreign" } }),
    foreignId: () => theirs.survey.id,
  },
  "wave.update": { call: (c, id) => c.wave.update({ waveId: id, settings: { name: "Foreign" } }), foreignId: () => theirs.wave.id },
  "wave.open": { call: (c, id) => c.wave.open({ waveId: id }), foreignId: () => theirs.wave.id },
  "wave.close": { call: (c, id) => c.wave.close({ waveId: id }), foreignId: () => theirs.wave.id },
  "report.wave": { call: (c, id) => c.report.wave({ waveId: id }), foreignId: () => theirs.wave.id },
  "report.trends": { call: (c, id) => c.report.trends({ waveId: id }), foreignId: () => theirs.wave.id },
  "report.comments": { call: (c, id) => c.report.comments({ waveId: id }), foreignId: () => theirs.wave.id },
  "report.export": { call: (c, id) => c.report.export({ waveId: id, form: "long" }), foreignId: () => theirs.wave.id },
  "report.disagreements": { call: (c, id) => c.report.disagreements({ waveId: id }), foreignId: () => theirs.wave.id },
  "report.circle": {
    call: (c, id) => c.report.circle({ waveId: id, circleId: theirs.circle.id }),
    foreignId: () => theirs.wave.id,
  },
  "circle.list": { call: (c, id) => c.circle.list({ waveId: id }), foreignId: () => theirs.wave.id },
  "circle.create": {
    call: (c, id) => c.circle.create({ waveId: id, circle: { respondents: [{ perspectiveKey: "patient" }] } }),
    foreignId: () => theirs.wave.id,
  },
  "circle.importPreview": { call: (c, id) => c.circle.importPreview({ waveId: id, csv: "circle_ref,perspective\nA,patient" }), foreignId: () => theirs.wave.id },
  "circle.import": { call: (c, id) => c.circle.import({ waveId: id, csv: "circle_ref,perspective\nA,patient" }), foreignId: () => theirs.wave.id },
  "message.list": {
    call: async (c, id) => {
      // A foreign wave filter gives an empty list, never the other organisation's messages.
      const result = await c.message.list({ waveId: id });
      if (result.messages.length === 0) throw new TRPCError({ code: "NOT_FOUND", message: "Wave not found." });
      return result;
    },
    foreignId: () => theirs.wave.id,
  },
  "circle.links": { call: (c, id) => c.circle.links({ circleId: id }), foreignId: () => theirs.circle.id },
  "respondent.reissueLink": { call: (c, id) => c.respondent.reissueLink({ respondentId: id }), foreignId: () => theirs.respondent.id },
  "respondent.revokeLink": { call: (c, id) => c.respondent.revokeLink({ respondentId: id }), foreignId: () => theirs.respondent.id },
  "circle.get": { call: (c, id) => c.circle.get({ circleId: id }), foreignId: () => theirs.circle.id },
  "member.setActive": {
    call: (c, id) => c.member.setActive({ membershipId: id, active: false }),
    foreignId: () => theirs.memberships.staff.id,
  },
  "member.setRole": {
    call: (c, id) => c.member.setRole({ membershipId: id, role: "manager" }),
    foreignId: () => theirs.memberships.staff.id,
  },
  "member.setScope": {
    call: (c, id) => c.member.setScope({ membershipId: id, scope: { sites: ["North"], units: [] } }),
    foreignId: () => theirs.memberships.staff.id,
  },
  "member.revokeInvitation": {
    call: (c, id) => c.member.revokeInvitation({ invitationId: id }),
    foreignId: () => theirInvitationId,
  },
  "retention.eraseRespondent": {
    call: (c, id) => c.retention.eraseRespondent({ respondentId: id, reason: "Asked by phone" }),
    foreignId: () => theirs.respondent.id,
  },
  "organisation.switch": {
    call: (c, id) => c.organisation.switch({ organisationId: id }),
    foreignId: () => theirs.organisation.id,
  },
};

async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(TRPCError);
    const e = err as TRPCError;
    return { code: e.code, message: e.message };
  }
  throw new Error("expected the call to be refused");
}

describe("tenant isolation", () => {
  it("covers every procedure whose input takes an id", () => {
    const takesId = Object.entries(appRouter._def.procedures)
      .filter(([, procedure]) => {
        const inputs = (procedure as unknown as { _def: { inputs: unknown[] } })._def.inputs;
        return inputs.some((input) => {
          const schema = input instanceof z.ZodDefault ? input.def.innerType : input;
          return schema instanceof z.ZodObject && Object.keys(schema.shape).some((key) => key.endsWith("Id"));
        });
      })
      .map(([path]) => path)
      .sort();
    expect(takesId).toEqual(Object.keys(cases).sort());
  });

  for (const [path, { call, foreignId }] of Object.entries(cases)) {
    it(`${path}: another organisation's id gets the same error as an id that does not exist`, async () => {
      const caller = callerFor(open, { userId: mine.admin.id });
      const missing = await errorOf(call(caller, randomUUID()));
      const foreign = await errorOf(call(caller, foreignId()));
      expect(missing.code).toBe("NOT_FOUND");
      expect(foreign).toEqual(missing);
    });
  }

  it("the other organisation's member still reaches their own data", async () => {
    const caller = callerFor(open, { userId: theirs.admin.id });
    await expect(caller.survey.get({ surveyId: theirs.survey.id })).resolves.toMatchObject({
      survey: { id: theirs.survey.id },
    });
    await expect(caller.circle.get({ circleId: theirs.circle.id })).resolves.toMatchObject({
      circle: { id: theirs.circle.id },
    });
  });

  it("asking for an organisation by cookie that one does not belong to does not let one in", async () => {
    const caller = callerFor(open, { userId: mine.admin.id, organisationId: theirs.organisation.id });
    const current = await caller.organisation.current();
    expect(current.organisation.id).toBe(mine.organisation.id);
    const { surveys } = await caller.dashboard.get();
    expect(surveys.map((s) => s.id)).toEqual([mine.survey.id]);
  });

  it("a refused foreign change leaves the other organisation's rows as they were", async () => {
    const caller = callerFor(open, { userId: mine.admin.id });
    await errorOf(caller.member.setActive({ membershipId: theirs.memberships.staff.id, active: false }));
    const staff = callerFor(open, { userId: theirs.staff.id });
    await expect(staff.dashboard.get()).resolves.toBeTruthy();
  });
});
