import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { circles, respondentContacts, respondents, waves } from "@/db/schema";
import { AppError, notFound } from "@/server/errors";
import { circleScopeCondition } from "@/server/services/circle/circle-scope";
import { issueLink } from "@/server/respondent-links";
import { isClosedWaveRefusal } from "@/server/services/wave/closed-wave-refusal";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { Actor } from "@/server/trpc";

/** A new personal link for a respondent (the old one stops working), or none at all when revoking. */
export async function reissueLink({
  db,
  actor,
  respondentId,
  revokeOnly = false,
}: {
  db: Database;
  actor: Actor;
  respondentId: string;
  revokeOnly?: boolean;
}) {
  return db
    .transaction(async (tx) => {
      const [respondent] = await tx
        .select({ id: respondents.id, erasedAt: respondentContacts.erasedAt, waveStatus: waves.status })
        .from(respondents)
        .innerJoin(circles, eq(circles.id, respondents.circleId))
        .innerJoin(waves, eq(waves.id, respondents.waveId))
        .leftJoin(respondentContacts, eq(respondentContacts.respondentId, respondents.id))
        .where(and(eq(respondents.id, respondentId), eq(respondents.organisationId, actor.organisationId), circleScopeCondition(actor)))
        .for("update", { of: respondents });
      if (!respondent) throw notFound("Respondent");
      if (respondent.waveStatus === "closed") throw new AppError("PRECONDITION_FAILED", CLOSED_MESSAGE);
      // An erased person keeps no link: nothing may reach them again.
      if (respondent.erasedAt && !revokeOnly) {
        throw new AppError("PRECONDITION_FAILED", "This person's data was erased at their request: they cannot be given a new link.");
      }
      const link = revokeOnly ? null : issueLink();
      await tx
        .update(respondents)
        .set({ tokenHash: link?.tokenHash ?? null, tokenSealed: link?.tokenSealed ?? null, tokenIssuedAt: link ? new Date() : null })
        .where(eq(respondents.id, respondent.id));
      await recordAudit(tx, actor, {
        action: revokeOnly ? "respondent.revokeLink" : "respondent.reissueLink",
        entityType: "respondent",
        entityId: respondent.id,
      });
      return { respondentId: respondent.id, token: link?.token ?? null };
    })
    .catch((err: unknown) => {
      // The wave closed between the check and the write: the closed-wave trigger (migration 0004) refused it.
      if (isClosedWaveRefusal(err)) throw new AppError("PRECONDITION_FAILED", CLOSED_MESSAGE);
      throw err;
    });
}

const CLOSED_MESSAGE = "This wave is closed: its links can no longer be reissued or revoked.";
