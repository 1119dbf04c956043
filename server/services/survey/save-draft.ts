import { and, eq, sql } from "drizzle-orm";
import type { Database, Transaction } from "@/db/connect";
import { surveys, surveyVersions, users } from "@/db/schema";
import type { TSurveyDefinition } from "@/lib/survey/definition";
import { validateForPublish } from "@/lib/survey/validate";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { Actor } from "@/server/trpc";
import { findSurvey, findVersion } from "./find-survey";

/**
 * Saves the draft if nobody else saved it since `revision` (optimistic concurrency: two admins editing at
 * once are told, never silently overwritten). Problems that block publishing never block saving.
 */
export async function saveDraft({
  db,
  actor,
  surveyId,
  revision,
  definition,
}: {
  db: Database;
  actor: Actor;
  surveyId: string;
  revision: number;
  definition: TSurveyDefinition;
}) {
  return db.transaction(async (tx) => {
    await findSurvey(tx, actor, surveyId, true); // serialises with publishing
    const [saved] = await tx
      .update(surveyVersions)
      .set({ definition, revision: sql`${surveyVersions.revision} + 1`, updatedAt: new Date(), updatedBy: actor.userId })
      .where(
        and(
          eq(surveyVersions.surveyId, surveyId),
          eq(surveyVersions.organisationId, actor.organisationId),
          eq(surveyVersions.status, "draft"),
          eq(surveyVersions.revision, revision),
        ),
      )
      .returning({ id: surveyVersions.id, revision: surveyVersions.revision, updatedAt: surveyVersions.updatedAt });
    if (!saved) throw await whyNotSaved(tx, actor, surveyId);
    await tx
      .update(surveys)
      .set({ name: definition.name, description: definition.description })
      .where(and(eq(surveys.id, surveyId), eq(surveys.organisationId, actor.organisationId)));
    await recordAudit(tx, actor, {
      action: "survey.saveDraft",
      entityType: "surveyVersion",
      entityId: saved.id,
      before: { revision },
      after: { revision: saved.revision },
    });
    return { revision: saved.revision, updatedAt: saved.updatedAt, issues: validateForPublish(definition) };
  });
}

/** The draft was not where the caller thought: gone (published meanwhile) or saved by someone else. */
export async function whyNotSaved(tx: Database | Transaction, actor: Actor, surveyId: string): Promise<AppError> {
  const draft = await findVersion(tx, actor, surveyId, { status: "draft" });
  if (!draft) {
    return new AppError("CONFLICT", "This draft has been published or replaced meanwhile. Reload to see the current version.");
  }
  const [who] = draft.updatedBy
    ? await tx.select({ name: users.name }).from(users).where(eq(users.id, draft.updatedBy))
    : [];
  const when = draft.updatedAt.toISOString().slice(11, 16);
  return new AppError(
    "CONFLICT",
    `${who?.name ?? "Someone"} saved this draft at ${when} UTC after you opened it. ` +
      "Reload to see their changes; your unsaved edits are kept on screen.",
  );
}
