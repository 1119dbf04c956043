import type { Database } from "@/db/connect";
import { diffDefinitions } from "@/lib/survey/diff";
import { notFound } from "@/server/errors";
import type { Actor } from "@/server/trpc";
import { findSurvey, findVersion } from "./find-survey";

/** What changed between two versions of a survey: items added, removed, reworded or otherwise changed. */
export async function diffSurveyVersions({
  db,
  actor,
  surveyId,
  from,
  to,
}: {
  db: Database;
  actor: Actor;
  surveyId: string;
  from: number;
  to: number;
}) {
  await findSurvey(db, actor, surveyId);
  const [a, b] = await Promise.all([
    findVersion(db, actor, surveyId, { number: from }),
    findVersion(db, actor, surveyId, { number: to }),
  ]);
  if (!a || !b) throw notFound("Survey version");
  return diffDefinitions(a.definition, b.definition);
}
