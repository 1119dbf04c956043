import { and, desc, eq, type SQL } from "drizzle-orm";
import type { Database, Transaction } from "@/db/connect";
import { surveys, surveyVersions } from "@/db/schema";
import { notFound } from "@/server/errors";
import type { Actor } from "@/server/trpc";

/** The survey if it belongs to the actor's organisation; otherwise exactly "not found". */
export async function findSurvey(db: Database | Transaction, actor: Actor, surveyId: string, lock = false) {
  const query = db
    .select({ id: surveys.id, name: surveys.name, description: surveys.description })
    .from(surveys)
    .where(and(eq(surveys.id, surveyId), eq(surveys.organisationId, actor.organisationId)));
  const [survey] = lock ? await query.for("update") : await query;
  if (!survey) throw notFound("Survey");
  return survey;
}

/** A version of the survey: by number, or the newest (the draft, when there is one). */
export async function findVersion(
  db: Database | Transaction,
  actor: Actor,
  surveyId: string,
  filter: { number?: number; status?: "draft" | "published" } = {},
) {
  const where: SQL[] = [eq(surveyVersions.surveyId, surveyId), eq(surveyVersions.organisationId, actor.organisationId)];
  if (filter.number !== undefined) where.push(eq(surveyVersions.number, filter.number));
  if (filter.status) where.push(eq(surveyVersions.status, filter.status));
  const [version] = await db
    .select()
    .from(surveyVersions)
    .where(and(...where))
    .orderBy(desc(surveyVersions.number))
    .limit(1);
  return version ?? null;
}
