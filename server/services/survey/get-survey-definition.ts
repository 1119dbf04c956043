import type { Database } from "@/db/connect";
import { notFound } from "@/server/errors";
import type { Actor } from "@/server/trpc";
import { findSurvey, findVersion } from "./find-survey";

/** A version's definition: the one asked for, or the newest (the draft, when there is one). */
export async function getSurveyDefinition({
  db,
  actor,
  surveyId,
  version,
}: {
  db: Database;
  actor: Actor;
  surveyId: string;
  version?: number;
}) {
  await findSurvey(db, actor, surveyId);
  const row = await findVersion(db, actor, surveyId, { number: version });
  if (!row) throw notFound("Survey version");
  return {
    versionId: row.id,
    number: row.number,
    status: row.status,
    revision: row.revision,
    updatedAt: row.updatedAt,
    definition: row.definition,
  };
}
