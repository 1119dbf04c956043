import type { Database } from "@/db/connect";
import { perspectives, surveys, surveyVersions } from "@/db/schema";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { Actor } from "@/server/trpc";

/** A new survey with a first draft version holding its one primary perspective, ready for the builder. */
export async function createSurvey({
  db,
  actor,
  name,
  description,
}: {
  db: Database;
  actor: Actor;
  name: string;
  description: string;
}) {
  return db.transaction(async (tx) => {
    const [survey] = await tx
      .insert(surveys)
      .values({ organisationId: actor.organisationId, name, description, createdBy: actor.userId })
      .returning({ id: surveys.id, name: surveys.name });
    if (!survey) throw new Error("insert returned no survey");
    const [version] = await tx
      .insert(surveyVersions)
      .values({ organisationId: actor.organisationId, surveyId: survey.id, number: 1 })
      .returning({ id: surveyVersions.id });
    if (!version) throw new Error("insert returned no version");
    await tx.insert(perspectives).values({
      surveyVersionId: version.id,
      key: "primary",
      label: { en: "Customer" },
      isPrimary: true,
      position: 0,
    });
    await recordAudit(tx, actor, {
      action: "survey.create",
      entityType: "survey",
      entityId: survey.id,
      after: { name, description },
    });
    return { id: survey.id, versionId: version.id };
  });
}
