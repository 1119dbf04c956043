import { and, desc, eq, type SQL } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { surveys, waves } from "@/db/schema";
import { notFound } from "@/server/errors";
import type { Actor } from "@/server/trpc";

export async function listWaves({ db, actor, surveyId }: { db: Database; actor: Actor; surveyId?: string }) {
  const where: SQL[] = [eq(waves.organisationId, actor.organisationId)];
  if (surveyId) {
    const [survey] = await db
      .select({ id: surveys.id })
      .from(surveys)
      .where(and(eq(surveys.id, surveyId), eq(surveys.organisationId, actor.organisationId)));
    if (!survey) throw notFound("Survey");
    where.push(eq(waves.surveyId, surveyId));
  }
  return db
    .select({
      id: waves.id,
      surveyId: waves.surveyId,
      surveyName: surveys.name,
      name: waves.name,
      status: waves.status,
      opensAt: waves.opensAt,
      closesAt: waves.closesAt,
    })
    .from(waves)
    .innerJoin(surveys, eq(surveys.id, waves.surveyId))
    .where(and(...where))
    .orderBy(desc(waves.opensAt), desc(waves.createdAt));
}
