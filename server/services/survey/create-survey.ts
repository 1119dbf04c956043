import { eq } from "drizzle-orm";
import type { Database, Transaction } from "@/db/connect";
import { organisations, surveys, surveyVersions } from "@/db/schema";
import { SURVEY_FORMAT, type TSurveyDefinition } from "@/lib/survey/definition";
import { ZLanguage } from "@/lib/survey/language";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { Actor } from "@/server/trpc";

/** A new survey whose first draft holds `definition`; the builder, import and templates all end here. */
export async function insertSurveyWithDraft(
  tx: Transaction,
  actor: Actor,
  definition: TSurveyDefinition,
  action: string,
  detail: Record<string, unknown> = {},
) {
  const [survey] = await tx
    .insert(surveys)
    .values({
      organisationId: actor.organisationId,
      name: definition.name,
      description: definition.description,
      createdBy: actor.userId,
    })
    .returning({ id: surveys.id });
  const [version] = await tx
    .insert(surveyVersions)
    .values({ organisationId: actor.organisationId, surveyId: survey!.id, number: 1, definition, updatedBy: actor.userId })
    .returning({ id: surveyVersions.id });
  await recordAudit(tx, actor, {
    action,
    entityType: "survey",
    entityId: survey!.id,
    after: { name: definition.name, perspectives: definition.perspectives.length, items: definition.items.length, ...detail },
  });
  return { id: survey!.id, versionId: version!.id };
}

/** A blank survey: one primary perspective in the organisation's language, no items yet. */
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
    const [org] = await tx
      .select({ language: organisations.defaultLanguage })
      .from(organisations)
      .where(eq(organisations.id, actor.organisationId));
    const language = ZLanguage.catch("en").parse(org?.language);
    const definition: TSurveyDefinition = {
      format: SURVEY_FORMAT,
      name,
      description,
      defaultLanguage: language,
      languages: [language],
      intro: {},
      perspectives: [
        {
          key: "customer",
          label: { [language]: "Customer" },
          primary: true,
          limitPerCircle: 1,
          invitableBy: { organisation: true, respondent: false },
          provider: false,
        },
      ],
      items: [],
    };
    return insertSurveyWithDraft(tx, actor, definition, "survey.create");
  });
}
