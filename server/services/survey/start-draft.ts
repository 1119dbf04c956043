import type { Database } from "@/db/connect";
import { surveyVersions } from "@/db/schema";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { Actor } from "@/server/trpc";
import { findSurvey, findVersion } from "./find-survey";

/** Editing a published survey starts a new draft version from it; an existing draft is returned as it is. */
export async function startDraft({ db, actor, surveyId }: { db: Database; actor: Actor; surveyId: string }) {
  return db.transaction(async (tx) => {
    await findSurvey(tx, actor, surveyId, true); // the lock serialises two admins starting at once
    const existing = await findVersion(tx, actor, surveyId, { status: "draft" });
    if (existing) return { versionId: existing.id, number: existing.number, revision: existing.revision };
    const newest = await findVersion(tx, actor, surveyId);
    if (!newest) throw new AppError("PRECONDITION_FAILED", "This survey has no version to start from.");
    const [draft] = await tx
      .insert(surveyVersions)
      .values({
        organisationId: actor.organisationId,
        surveyId,
        number: newest.number + 1,
        definition: newest.definition,
        updatedBy: actor.userId,
      })
      .returning({ id: surveyVersions.id, number: surveyVersions.number, revision: surveyVersions.revision });
    await recordAudit(tx, actor, {
      action: "survey.startDraft",
      entityType: "surveyVersion",
      entityId: draft!.id,
      after: { surveyId, number: draft!.number, from: newest.number },
    });
    return { versionId: draft!.id, number: draft!.number, revision: draft!.revision };
  });
}
