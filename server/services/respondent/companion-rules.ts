// What decides whether a respondent may invite companions now, shared by listing and inviting so the
// screen and the server say the same thing. Invitations open once the inviter has submitted their own
// answers (the journey's order, and only people who took part can widen the circle: a forwarded link
// that was never answered cannot be used to add people), and only while the wave is open and allows it.
import { and, count, eq } from "drizzle-orm";
import type { Database, Transaction } from "@/db/connect";
import { perspectives, respondents, responses, surveyVersions, waves } from "@/db/schema";
import type { TLocalizedText } from "@/lib/survey/languages";
import { AppError } from "@/server/errors";
import type { RespondentActor } from "@/server/trpc";

export type TCompanionBlock = "closed" | "notAllowed" | "notSubmitted";

export const COMPANION_BLOCK_MESSAGES: Record<TCompanionBlock, string> = {
  closed: "This survey has closed, so no one else can be invited.",
  notAllowed: "This survey does not let respondents invite the people who were with them.",
  notSubmitted: "Please send your own answers first; then you can invite the people who were with you.",
};

/** The inviter, their wave's companion settings and how full their circle is (read inside the caller's transaction). */
export async function companionContext(db: Database | Transaction, actor: RespondentActor) {
  const [row] = await db
    .select({
      respondentId: respondents.id,
      language: respondents.language,
      isPrimary: respondents.isPrimary,
      waveStatus: waves.status,
      allowCompanionInvites: waves.allowCompanionInvites,
      companionPerspectiveKeys: waves.companionPerspectiveKeys,
      maxCompanionsPerCircle: waves.maxCompanionsPerCircle,
      channels: waves.channels,
      definition: surveyVersions.definition,
      responseStatus: responses.status,
    })
    .from(respondents)
    .innerJoin(waves, and(eq(waves.id, respondents.waveId), eq(waves.organisationId, respondents.organisationId)))
    .innerJoin(surveyVersions, eq(surveyVersions.id, waves.surveyVersionId))
    .leftJoin(responses, eq(responses.respondentId, respondents.id))
    .where(and(eq(respondents.id, actor.respondentId), eq(respondents.organisationId, actor.organisationId)));
  if (!row) throw new AppError("UNAUTHORIZED", "This link is not valid. Please use the link you were sent.");

  const perspectiveRows = await db.select().from(perspectives).where(eq(perspectives.surveyVersionId, actor.surveyVersionId));
  // Everyone in the circle, by perspective, and how many of them respondents invited.
  const inCircle = await db
    .select({ perspectiveId: respondents.perspectiveId, people: count(), invited: count(respondents.invitedByRespondentId) })
    .from(respondents)
    .where(and(eq(respondents.circleId, actor.circleId), eq(respondents.organisationId, actor.organisationId)))
    .groupBy(respondents.perspectiveId);
  const invitedInCircle = inCircle.reduce((sum, r) => sum + r.invited, 0);
  const waveRemaining = Math.max(0, row.maxCompanionsPerCircle - invitedInCircle);

  // The wave names the perspectives; the survey must also let respondents invite them.
  const invitable = perspectiveRows
    .filter((p) => !p.isPrimary && p.invitableByRespondent && row.companionPerspectiveKeys.includes(p.key))
    .map((p) => {
      const people = inCircle.find((r) => r.perspectiveId === p.id)?.people ?? 0;
      return {
        id: p.id,
        key: p.key,
        label: p.label as TLocalizedText,
        remaining: Math.min(waveRemaining, Math.max(0, p.limitPerCircle - people)),
        limitPerCircle: p.limitPerCircle,
      };
    });

  const block: TCompanionBlock | null =
    row.waveStatus !== "open"
      ? "closed"
      : !row.allowCompanionInvites || invitable.length === 0
        ? "notAllowed"
        : row.responseStatus !== "submitted"
          ? "notSubmitted"
          : null;

  return {
    inviter: row,
    perspectiveRows,
    invitable,
    waveRemaining,
    block,
    /** The channels an invitation can be sent through when a contact is given. */
    contactChannels: (["email", "sms"] as const).filter((c) => row.channels.includes(c)),
  };
}

