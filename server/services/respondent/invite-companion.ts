// "Who else was with you?": a respondent who has submitted adds a companion to their own circle. The
// companion becomes a respondent of the same circle with the chosen perspective, invited by this
// respondent, with a personal link (returned once here, recoverable later by list-companions). A
// contact given is stored apart, and the worker's next tick queues the invitation in the outbox like
// any invitation (server/jobs/schedule-messages.ts).
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { auditLog, circles } from "@/db/schema";
import type { TCompanionRelationship } from "@/lib/respondent/companions";
import type { TLanguage } from "@/lib/survey/languages";
import { AppError } from "@/server/errors";
import { insertRespondents } from "@/server/services/circle/create-circle";
import type { RespondentActor } from "@/server/trpc";
import { COMPANION_BLOCK_MESSAGES, companionContext } from "./companion-rules";

export type TInviteCompanion = {
  perspectiveKey: string;
  relationship: TCompanionRelationship;
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  /** The language the companion is first offered (the inviter's, usually); theirs to change. */
  language?: TLanguage | null;
};

export async function inviteCompanion({ db, actor, companion }: { db: Database; actor: RespondentActor; companion: TInviteCompanion }) {
  return db.transaction(async (tx) => {
    // The circle's row is the lock: two invitations into one circle (two phones, a double tap) take
    // turns here, so the second counts the first before it checks the limits.
    const [circle] = await tx
      .select({ id: circles.id })
      .from(circles)
      .where(and(eq(circles.id, actor.circleId), eq(circles.organisationId, actor.organisationId)))
      .for("update");
    if (!circle) throw new AppError("UNAUTHORIZED", "This link is not valid. Please use the link you were sent.");

    const { inviter, perspectiveRows, invitable, waveRemaining, block, contactChannels } = await companionContext(tx, actor);
    if (block === "closed" || block === "notSubmitted") throw new AppError("PRECONDITION_FAILED", COMPANION_BLOCK_MESSAGES[block]);
    if (block === "notAllowed") throw new AppError("FORBIDDEN", COMPANION_BLOCK_MESSAGES[block]);

    const perspective = invitable.find((p) => p.key === companion.perspectiveKey);
    if (!perspective) {
      throw new AppError("BAD_REQUEST", "This survey does not let respondents invite that kind of person.", {
        perspectiveKey: [`"${companion.perspectiveKey}" cannot be invited by a respondent in this wave`],
      });
    }
    const fieldErrors: Record<string, string[]> = {};
    if (companion.email && !contactChannels.includes("email")) {
      fieldErrors.contact = ["this survey does not send invitations by email: share the link instead"];
    }
    if (companion.phone && !contactChannels.includes("sms")) {
      fieldErrors.contact = ["this survey does not send invitations by text message: share the link instead"];
    }
    if (companion.language && !inviter.definition.languages.includes(companion.language)) {
      fieldErrors.language = [`this survey is not available in ${companion.language}`];
    }
    if (Object.keys(fieldErrors).length > 0) throw new AppError("BAD_REQUEST", "Some details of this person cannot be used.", fieldErrors);

    if (waveRemaining === 0) {
      throw new AppError("CONFLICT", "No one else can be invited to this circle: it has as many invited people as this survey allows.");
    }
    if (perspective.remaining === 0) {
      throw new AppError("CONFLICT", `No one else can be invited as ${perspective.key}: a circle has at most ${perspective.limitPerCircle}.`);
    }

    const [person] = await insertRespondents(tx, {
      organisationId: actor.organisationId,
      waveId: actor.waveId,
      people: [
        {
          circleId: actor.circleId,
          perspectiveKey: perspective.key,
          relationship: companion.relationship,
          name: companion.name || null,
          email: companion.email ?? null,
          phone: companion.phone ?? null,
          language: companion.language ?? (inviter.language as TLanguage | null) ?? null,
        },
      ],
      perspectiveRows,
      defaultLanguage: inviter.definition.defaultLanguage,
      invitedByRespondentId: actor.respondentId,
    });
    // A respondent has no user account: the entry names them instead. Contact details stay out of the log.
    await tx.insert(auditLog).values({
      organisationId: actor.organisationId,
      actorUserId: null,
      action: "respondent.inviteCompanion",
      entityType: "respondent",
      entityId: person!.id,
      after: {
        invitedByRespondentId: actor.respondentId,
        circleId: actor.circleId,
        perspective: perspective.key,
        relationship: companion.relationship,
        contact: companion.email ? "email" : companion.phone ? "sms" : null,
      },
    });
    return {
      id: person!.id,
      perspectiveKey: perspective.key,
      relationship: companion.relationship,
      token: person!.token,
    };
  });
}
