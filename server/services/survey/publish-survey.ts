import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { surveyVersions } from "@/db/schema";
import { validateForPublish } from "@/lib/survey/validate";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { Actor } from "@/server/trpc";
import { findSurvey, findVersion } from "./find-survey";
import { whyNotSaved } from "./save-draft";
import { writeVersionRows } from "./write-version-rows";

/** Freezes the draft: its rows are written and the database refuses any change to it from then on. */
export async function publishSurvey({
  db,
  actor,
  surveyId,
  revision,
}: {
  db: Database;
  actor: Actor;
  surveyId: string;
  revision: number;
}) {
  return db.transaction(async (tx) => {
    await findSurvey(tx, actor, surveyId, true);
    const draft = await findVersion(tx, actor, surveyId, { status: "draft" });
    if (!draft || draft.revision !== revision) throw await whyNotSaved(tx, actor, surveyId);

    const issues = validateForPublish(draft.definition);
    if (issues.length > 0) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of issues) (fieldErrors[issue.path] ??= []).push(issue.message);
      throw new AppError(
        "PRECONDITION_FAILED",
        `This draft cannot be published yet: ${issues.length} ${issues.length === 1 ? "problem" : "problems"} to fix.`,
        fieldErrors,
      );
    }
    await writeVersionRows(tx, draft.id, draft.definition);
    const publishedAt = new Date();
    await tx
      .update(surveyVersions)
      .set({ status: "published", publishedAt, publishedBy: actor.userId, updatedAt: publishedAt })
      .where(and(eq(surveyVersions.id, draft.id), eq(surveyVersions.status, "draft")));
    await recordAudit(tx, actor, {
      action: "survey.publish",
      entityType: "surveyVersion",
      entityId: draft.id,
      after: { surveyId, number: draft.number, items: draft.definition.items.length },
    });
    return { versionId: draft.id, number: draft.number };
  });
}
