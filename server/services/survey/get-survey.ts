import { and, desc, eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { surveys, surveyVersions, users, waves } from "@/db/schema";
import { notFound } from "@/server/errors";
import type { Actor } from "@/server/trpc";
import { loadVersionContent } from "./load-version-content";

/** A survey with its version history, the content of its newest version and its waves. */
export async function getSurvey({ db, actor, surveyId }: { db: Database; actor: Actor; surveyId: string }) {
  const [survey] = await db
    .select({ id: surveys.id, name: surveys.name, description: surveys.description, createdAt: surveys.createdAt })
    .from(surveys)
    .where(and(eq(surveys.id, surveyId), eq(surveys.organisationId, actor.organisationId)));
  if (!survey) throw notFound("Survey");

  const [versions, waveRows] = await Promise.all([
    db
      .select({
        id: surveyVersions.id,
        number: surveyVersions.number,
        status: surveyVersions.status,
        languages: surveyVersions.languages,
        defaultLanguage: surveyVersions.defaultLanguage,
        publishedAt: surveyVersions.publishedAt,
        publishedBy: users.name,
      })
      .from(surveyVersions)
      .leftJoin(users, eq(users.id, surveyVersions.publishedBy))
      .where(and(eq(surveyVersions.surveyId, survey.id), eq(surveyVersions.organisationId, actor.organisationId)))
      .orderBy(desc(surveyVersions.number)),
    db
      .select({ id: waves.id, name: waves.name, status: waves.status, opensAt: waves.opensAt, closesAt: waves.closesAt })
      .from(waves)
      .where(and(eq(waves.surveyId, survey.id), eq(waves.organisationId, actor.organisationId)))
      .orderBy(desc(waves.opensAt)),
  ]);
  const newest = versions[0];
  const content = newest ? await loadVersionContent(db, newest.id) : null;
  return { survey, versions, newest: newest && content ? { ...newest, ...content } : null, waves: waveRows };
}
