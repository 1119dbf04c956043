// A second, non-demo organisation with its own survey and wave: proves that nothing crosses tenants
// (the consultant belongs to both; the Harbour admin must never see Riverside, and the reverse).
import type { Transaction } from "@/db/connect";
import { memberships, organisations, waves } from "@/db/schema";
import { HARBOUR_COMMENTS } from "./comments";
import { generateWave, type WaveRows } from "./generate";
import type { Rng } from "./random";
import { insertSurvey, type SeedSurvey } from "./survey";
import { insertWaveRows } from "./write";

export const HARBOUR_SLUG = "harbour-insurance";

const CLAIM_EXPERIENCE: SeedSurvey = {
  name: "Claim experience",
  description: "How a claim felt to the policyholder, the family member helping them and the claims handler.",
  languages: ["en"],
  defaultLanguage: "en",
  intro: {
    en:
      "Harbour Insurance would like to know how your claim went. It takes two minutes; your answers are " +
      "confidential and are reported only in groups.",
  },
  perspectives: [
    {
      key: "policyholder",
      label: { en: "Policyholder" },
      isPrimary: true,
      limitPerCircle: 1,
      invitableByOrganisation: true,
      invitableByRespondent: false,
    },
    {
      key: "family_member",
      label: { en: "Family member" },
      isPrimary: false,
      limitPerCircle: 2,
      invitableByOrganisation: true,
      invitableByRespondent: true,
    },
    {
      key: "claims_handler",
      label: { en: "Claims handler" },
      isPrimary: false,
      limitPerCircle: 1,
      invitableByOrganisation: true,
      invitableByRespondent: false,
      provider: true,
    },
  ],
  items: [
    {
      key: "kept_informed",
      config: { type: "rating5", labels: { en: ["Very poorly", "Poorly", "Adequately", "Well", "Very well"] } },
      required: true,
      page: 1,
      wordings: {
        policyholder: { en: "How well were you kept informed about your claim?" },
        family_member: { en: "How well were you and your relative kept informed about the claim?" },
        claims_handler: { en: "How well do you think this customer was kept informed about their claim?" },
      },
      story: { kind: "score", mean: 64, bias: { claims_handler: 14, family_member: -6 } },
    },
    {
      key: "handled_fairly",
      config: {
        type: "rating5",
        labels: { en: ["Very unfairly", "Unfairly", "Neither fairly nor unfairly", "Fairly", "Very fairly"] },
      },
      required: true,
      page: 1,
      wordings: {
        policyholder: { en: "How fairly was your claim handled?" },
        family_member: { en: "How fairly was your relative's claim handled?" },
      },
      story: { kind: "score", mean: 70, bias: { family_member: -3 } },
    },
    {
      key: "settled_on_time",
      config: { type: "yesNo" },
      required: false,
      page: 1,
      wordings: {
        policyholder: { en: "Was your claim settled within the time you were told?" },
        family_member: { en: "Was the claim settled within the time you were told?" },
        claims_handler: { en: "Was this claim settled within the time the customer was told?" },
      },
      story: { kind: "score", mean: 60, bias: { claims_handler: 8 } },
    },
    {
      key: "recommend",
      config: {
        type: "rating10",
        lowLabel: { en: "Not at all likely" },
        highLabel: { en: "Extremely likely" },
      },
      required: true,
      page: 2,
      wordings: {
        policyholder: { en: "How likely are you to recommend Harbour Insurance to a friend or colleague?" },
        family_member: { en: "How likely are you to recommend Harbour Insurance to a friend or colleague?" },
        claims_handler: {
          en: "How likely would you be to recommend Harbour Insurance to a friend making a similar claim?",
        },
      },
      story: { kind: "score", mean: 68, bias: { claims_handler: 5 } },
    },
    {
      key: "comments",
      config: { type: "text", maxLength: 2000 },
      required: false,
      page: 2,
      wordings: {
        policyholder: { en: "Is there anything else you would like to tell us about your claim?" },
        family_member: { en: "Is there anything else you would like to tell us?" },
        claims_handler: { en: "Is there anything about this claim we should learn from?" },
      },
      story: { kind: "comment", rate: 0.3 },
    },
  ],
};

export async function seedHarbour(
  tx: Transaction,
  rng: Rng,
  ctx: { adminId: string; consultantId: string; now: Date },
): Promise<{ rows: WaveRows }> {
  const organisationId = crypto.randomUUID();
  const createdAt = new Date("2026-07-01T09:00:00Z");
  await tx.insert(organisations).values({
    id: organisationId,
    name: "Harbour Insurance",
    slug: HARBOUR_SLUG,
    defaultLanguage: "en",
    defaultAnonymityThreshold: 5,
    contactText: "Questions about this survey? Call Customer Care on 0117 496 0457.",
    privacyText: "Your answers are used only to improve our claims service and are reported in groups of five or more.",
    isDemo: false,
    createdAt,
  });
  await tx.insert(memberships).values([
    { organisationId, userId: ctx.adminId, role: "admin", createdAt, updatedAt: createdAt },
    { organisationId, userId: ctx.consultantId, role: "manager", createdAt, updatedAt: createdAt },
  ]);

  const survey = await insertSurvey(tx, CLAIM_EXPERIENCE, {
    organisationId,
    createdBy: ctx.adminId,
    createdAt: new Date("2026-08-10T10:00:00Z"),
    publishedAt: new Date("2026-09-15T10:00:00Z"),
  });

  const opensAt = new Date("2026-09-30T23:00:00Z"); // 1 October, midnight in London (BST)
  const closesAt = new Date("2026-12-31T23:59:59Z");
  const waveId = crypto.randomUUID();
  await tx.insert(waves).values({
    id: waveId,
    organisationId,
    surveyId: survey.surveyId,
    surveyVersionId: survey.versionId,
    name: "Q4 2026",
    status: "open",
    opensAt,
    closesAt,
    timezone: "Europe/London",
    channels: ["link", "email"],
    reminderDays: [5],
    allowCompanionInvites: true,
    companionPerspectiveKeys: ["family_member"],
    maxCompanionsPerCircle: 2,
    anonymityMode: "confidential",
    anonymityThreshold: 5,
    createdBy: ctx.adminId,
    createdAt: new Date("2026-09-20T10:00:00Z"),
    openedAt: opensAt,
  });

  // As at Riverside: the wave has run until now, and for at least a month.
  const monthIn = opensAt.getTime() + 30 * 86_400_000;
  const cutoff = new Date(Math.min(closesAt.getTime(), Math.max(ctx.now.getTime(), monthIn)));
  let ref = 2000;
  const rows = generateWave(rng, {
    organisationId,
    waveId,
    survey,
    circleCount: 40,
    experienceFrom: new Date("2026-10-01T00:00:00Z"),
    experienceTo: new Date(Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth(), cutoff.getUTCDate() - 3)),
    cutoff,
    unopened: "sent",
    statusWeights: { completed: 50, sent: 20, opened: 12, started: 10, declined: 8 },
    completionFactor: { claims_handler: 1.3 },
    companions: [
      { perspectiveKey: "family_member", rate: 0.35, secondRate: 0.1, relationships: ["spouse or partner", "child"] },
      { perspectiveKey: "claims_handler", rate: 0.8, secondRate: 0, relationships: ["claims handler"] },
    ],
    sites: [
      ["Bristol", 0.6, 0],
      ["Leeds", 0.4, -0.2],
    ],
    units: [
      ["Motor", 0.5, 0],
      ["Home", 0.35, -0.3],
      ["Travel", 0.15, 0.2],
    ],
    externalRef: () => `HI-2026-${String((ref += rng.int(1, 5))).padStart(6, "0")}`,
    shift: {},
    spanishRate: 0,
    englishOnly: [],
    inviters: [[ctx.adminId, 1]],
    respondentInvites: { perspectiveKey: "family_member", rate: 0.2 },
    contacts: { perspectiveKeys: ["policyholder", "family_member"], rate: 0.7 },
    comments: HARBOUR_COMMENTS,
  });
  await insertWaveRows(tx, rows);
  return { rows };
}
