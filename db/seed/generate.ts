// Generates one wave's circles, respondents, contacts, responses and answers as plain rows,
// with statuses and timestamps that agree with each other and with the wave's period.
import type { answers, circles, respondentContacts, respondents, responses, TRespondentStatus } from "@/db/schema";
import { issueLink } from "@/server/respondent-links";
import { circleTruth, completeAnswers, type CircleTruth, type GivenAnswer } from "./answers";
import type { CommentPools } from "./comments";
import { fakeContact } from "./people";
import type { Rng } from "./random";
import type { InsertedPerspective, InsertedSurvey } from "./survey";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** [name, share of circles, effect on the circle's quality of care in standard deviations] */
export type Attribute = readonly (readonly [string, number, number])[];

export type CompanionPlan = {
  perspectiveKey: string;
  /** Share of circles with at least one. */
  rate: number;
  /** Share of those with a second one (up to the perspective's limit). */
  secondRate: number;
  relationships: readonly string[];
};

export type WavePlan = {
  organisationId: string;
  waveId: string;
  survey: InsertedSurvey;
  circleCount: number;
  /** Experience dates fall in [experienceFrom, experienceTo]. */
  experienceFrom: Date;
  experienceTo: Date;
  /** Nothing happens after this: events planned later become unfinished statuses. */
  cutoff: Date;
  /** The status of a respondent who never opened the link by the cutoff. */
  unopened: Extract<TRespondentStatus, "sent" | "expired">;
  statusWeights: Partial<Record<TRespondentStatus, number>>;
  /** Multiplies the weight of `completed` per perspective key: the funnels differ. */
  completionFactor: Record<string, number>;
  companions: CompanionPlan[];
  sites: Attribute;
  units: Attribute;
  externalRef: (index: number) => string;
  /** Points added per item key in this wave (a trend). */
  shift: Record<string, number>;
  /** Share of circles answering in Spanish; these perspectives always answer in English. */
  spanishRate: number;
  englishOnly: string[];
  /** Who added circles: [user id, weight]. */
  inviters: readonly (readonly [string, number])[];
  /** A companion perspective the primary respondent may invite after completing. */
  respondentInvites?: { perspectiveKey: string; rate: number };
  contacts: { perspectiveKeys: string[]; rate: number };
  comments: CommentPools;
};

export type WaveRows = {
  circles: (typeof circles.$inferInsert)[];
  respondents: (typeof respondents.$inferInsert)[];
  contacts: (typeof respondentContacts.$inferInsert)[];
  responses: (typeof responses.$inferInsert)[];
  answers: (typeof answers.$inferInsert)[];
};

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const later = (d: Date, ms: number) => new Date(d.getTime() + ms);

type RespondentSeed = {
  perspective: InsertedPerspective;
  relationship: string | null;
  language: string;
  invitedAt: Date;
  invitedByUserId: string | null;
  invitedByRespondentId: string | null;
};

/** Timestamps and answers of one respondent, cut at the wave's cutoff. */
function lifeOf(rng: Rng, plan: WavePlan, seed: RespondentSeed, truth: CircleTruth) {
  const key = seed.perspective.key;
  const weights = Object.entries(plan.statusWeights).map(([status, w]) => {
    const factor = status === "completed" ? (plan.completionFactor[key] ?? 1) : 1;
    return [status as TRespondentStatus, w * factor] as const;
  });
  let status = rng.weighted(weights);
  const openedAt = later(seed.invitedAt, rng.int(5 * MINUTE, rng.chance(0.7) ? 8 * HOUR : 3 * DAY));
  const startedAt = later(openedAt, rng.int(10_000, 4 * MINUTE));
  const declinedAt = later(openedAt, rng.int(20_000, 3 * MINUTE));

  let given: GivenAnswer[] = [];
  if (status === "completed" || status === "started") {
    given = completeAnswers(rng, truth, plan.survey.items, {
      perspectiveKey: key,
      isPrimary: seed.perspective.isPrimary,
      language: seed.language,
      shift: plan.shift,
      comments: plan.comments,
    });
    // Someone who started but did not finish stopped part-way through.
    if (status === "started") given = given.slice(0, rng.int(1, Math.max(1, given.length - 2)));
  }
  let t = startedAt;
  const answeredAt = given.map(() => (t = later(t, rng.int(8_000, 75_000))));
  const completedAt = later(t, rng.int(10_000, 60_000));

  // Cut at the cutoff: what had not happened by then did not happen.
  if (status === "completed" && completedAt > plan.cutoff) status = "started";
  if (status === "started") {
    given = given.filter((_, i) => (answeredAt[i] as Date) <= plan.cutoff);
    if (given.length === 0) status = "opened";
  }
  if (status === "declined" && declinedAt > plan.cutoff) status = "opened";
  if (status === "opened" && openedAt > plan.cutoff) status = plan.unopened;
  if (plan.unopened === "expired" && (status === "invited" || status === "sent")) status = "expired";

  const hasOpened = ["opened", "started", "completed", "declined"].includes(status);
  const hasStarted = status === "started" || status === "completed";
  return {
    status,
    openedAt: hasOpened ? openedAt : null,
    startedAt: hasStarted ? startedAt : null,
    completedAt: status === "completed" ? completedAt : null,
    declinedAt: status === "declined" ? declinedAt : null,
    given,
    answeredAt,
  };
}

function companionSeeds(rng: Rng, plan: WavePlan, base: Omit<RespondentSeed, "perspective" | "relationship">) {
  const seeds: RespondentSeed[] = [];
  for (const companion of plan.companions) {
    const perspective = plan.survey.perspectives.find((p) => p.key === companion.perspectiveKey);
    if (!perspective || !rng.chance(companion.rate)) continue;
    const count = perspective.limitPerCircle > 1 && rng.chance(companion.secondRate) ? 2 : 1;
    for (let i = 0; i < count; i++) {
      seeds.push({
        ...base,
        perspective,
        relationship: rng.pick(companion.relationships),
        language: plan.englishOnly.includes(perspective.key) ? "en" : base.language,
        // Staff are asked a little after the patient; family are often added on the same visit.
        invitedAt: later(base.invitedAt, rng.int(0, 6 * HOUR)),
      });
    }
  }
  return seeds;
}

export function generateWave(rng: Rng, plan: WavePlan): WaveRows {
  const rows: WaveRows = { circles: [], respondents: [], contacts: [], responses: [], answers: [] };
  const primary = plan.survey.perspectives.find((p) => p.isPrimary);
  if (!primary) throw new Error("seed survey without a primary perspective");
  const span = plan.experienceTo.getTime() - plan.experienceFrom.getTime();
  const latestInvite = later(plan.cutoff, -30 * MINUTE);

  for (let index = 0; index < plan.circleCount; index++) {
    const [site, , siteEffect] = rng.weighted(plan.sites.map((s) => [s, s[1]] as const));
    const [unit, , unitEffect] = rng.weighted(plan.units.map((u) => [u, u[1]] as const));
    const experienceDate = new Date(plan.experienceFrom.getTime() + Math.floor(rng.next() * (span / DAY + 1)) * DAY);
    const truth = circleTruth(rng, rng.normal(siteEffect + unitEffect, 1), plan.survey.items);
    const inviter = rng.weighted(plan.inviters);
    // Invitations go out on the day after the experience or the next, in working hours.
    let invitedAt = later(experienceDate, rng.int(1, 2) * DAY + rng.int(8 * HOUR, 18 * HOUR));
    if (invitedAt > latestInvite) invitedAt = latestInvite;

    const circleId = crypto.randomUUID();
    rows.circles.push({
      id: circleId,
      organisationId: plan.organisationId,
      waveId: plan.waveId,
      externalRef: plan.externalRef(index),
      site,
      unit,
      experienceDate: isoDate(experienceDate),
      createdBy: inviter,
      createdAt: invitedAt,
    });

    const language = rng.chance(plan.spanishRate) ? "es" : "en";
    const base = { language, invitedAt, invitedByUserId: inviter, invitedByRespondentId: null };
    const seeds: RespondentSeed[] = [
      { ...base, perspective: primary, relationship: null },
      ...companionSeeds(rng, plan, base),
    ];

    let primaryId: string | null = null;
    let primaryCompletedAt: Date | null = null;
    for (const seed of seeds) {
      // A few companions come from the primary respondent's "who else was with you?" after submitting.
      const invite = plan.respondentInvites;
      if (
        invite &&
        seed.perspective.key === invite.perspectiveKey &&
        primaryId &&
        primaryCompletedAt &&
        rng.chance(invite.rate)
      ) {
        seed.invitedByRespondentId = primaryId;
        seed.invitedByUserId = null;
        seed.invitedAt = later(primaryCompletedAt, rng.int(MINUTE, 5 * MINUTE));
        if (seed.invitedAt > latestInvite) continue;
      }
      if (seed.invitedAt > latestInvite) seed.invitedAt = latestInvite;
      const id = crypto.randomUUID();
      const life = lifeOf(rng, plan, seed, truth);
      if (seed.perspective.isPrimary) {
        primaryId = id;
        primaryCompletedAt = life.completedAt;
      }
      rows.respondents.push({
        id,
        organisationId: plan.organisationId,
        waveId: plan.waveId,
        circleId,
        perspectiveId: seed.perspective.id,
        isPrimary: seed.perspective.isPrimary,
        relationship: seed.relationship,
        status: life.status,
        language: seed.language,
        // The plain token is thrown away: demo links cannot be opened, only reissued.
        ...sealedLink(),
        tokenIssuedAt: seed.invitedAt,
        invitedByRespondentId: seed.invitedByRespondentId,
        invitedByUserId: seed.invitedByUserId,
        answeredBy:
          seed.perspective.isPrimary && life.startedAt
            ? rng.weighted([["self", 0.82], ["helped", 0.12], ["proxy", 0.06]] as const)
            : null,
        createdAt: seed.invitedAt,
        openedAt: life.openedAt,
        startedAt: life.startedAt,
        completedAt: life.completedAt,
        declinedAt: life.declinedAt,
      });

      if (plan.contacts.perspectiveKeys.includes(seed.perspective.key) && rng.chance(plan.contacts.rate)) {
        rows.contacts.push({
          respondentId: id,
          organisationId: plan.organisationId,
          ...fakeContact(rng, seed.language),
          doNotContact: life.status === "declined" && rng.chance(0.5),
        });
      }

      if (life.startedAt && life.given.length > 0) {
        const responseId = crypto.randomUUID();
        const lastAnswerAt = life.answeredAt[life.given.length - 1] as Date;
        rows.responses.push({
          id: responseId,
          organisationId: plan.organisationId,
          waveId: plan.waveId,
          perspectiveId: seed.perspective.id,
          respondentId: id,
          surveyVersionId: plan.survey.versionId,
          status: life.completedAt ? "submitted" : "draft",
          startedAt: life.startedAt,
          updatedAt: life.completedAt ?? lastAnswerAt,
          submittedAt: life.completedAt,
        });
        life.given.forEach(({ item, value }, i) => {
          const at = life.answeredAt[i] as Date;
          rows.answers.push({
            organisationId: plan.organisationId,
            waveId: plan.waveId,
            perspectiveId: seed.perspective.id,
            respondentId: id,
            responseId,
            itemId: item.id,
            numericValue: value.numericValue ?? null,
            choiceValues: value.choiceValues ?? null,
            textValue: value.textValue ?? null,
            clientSeq: i + 1,
            answeredAt: at,
            updatedAt: at,
          });
        });
      }
    }
  }
  return rows;
}

/** A personal link as the app issues it; the plain token is dropped (staff can reprint it from the sealed copy). */
function sealedLink() {
  const { tokenHash, tokenSealed } = issueLink();
  return { tokenHash, tokenSealed };
}
