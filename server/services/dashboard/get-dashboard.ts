import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { circles, respondents, surveys, surveyVersions, waves } from "@/db/schema";
import { circleScopeCondition } from "@/server/services/circle/circle-scope";
import type { Actor } from "@/server/trpc";

/**
 * The organisation's surveys with their waves and real counts: circles, respondents invited and completed;
 * staff restricted to sites/units count only their circles.
 */
export async function getDashboard({ db, actor }: { db: Database; actor: Actor }) {
  const org = actor.organisationId;
  const counts = db
    .select({
      waveId: circles.waveId,
      circles: sql<number>`count(distinct ${circles.id})::int`.as("circles"),
      invited: sql<number>`count(${respondents.id})::int`.as("invited"),
      completed: sql<number>`(count(${respondents.id}) filter (where ${respondents.status} = 'completed'))::int`.as(
        "completed",
      ),
    })
    .from(circles)
    .leftJoin(respondents, eq(respondents.circleId, circles.id))
    .where(and(eq(circles.organisationId, org), circleScopeCondition(actor)))
    .groupBy(circles.waveId)
    .as("counts");

  const [surveyRows, waveRows, versionRows] = await Promise.all([
    db
      .select({ id: surveys.id, name: surveys.name, description: surveys.description, createdAt: surveys.createdAt })
      .from(surveys)
      .where(and(eq(surveys.organisationId, org), isNull(surveys.archivedAt)))
      .orderBy(asc(surveys.name)),
    db
      .select({
        id: waves.id,
        surveyId: waves.surveyId,
        name: waves.name,
        status: waves.status,
        opensAt: waves.opensAt,
        closesAt: waves.closesAt,
        versionNumber: surveyVersions.number,
        circles: sql<number>`coalesce(${counts.circles}, 0)`,
        invited: sql<number>`coalesce(${counts.invited}, 0)`,
        completed: sql<number>`coalesce(${counts.completed}, 0)`,
      })
      .from(waves)
      .innerJoin(surveyVersions, eq(surveyVersions.id, waves.surveyVersionId))
      .leftJoin(counts, eq(counts.waveId, waves.id))
      .where(eq(waves.organisationId, org))
      .orderBy(desc(waves.opensAt), asc(waves.name)),
    db
      .select({ surveyId: surveyVersions.surveyId, number: surveyVersions.number, status: surveyVersions.status })
      .from(surveyVersions)
      .where(eq(surveyVersions.organisationId, org))
      .orderBy(desc(surveyVersions.number)),
  ]);

  return {
    surveys: surveyRows.map((survey) => {
      const versions = versionRows.filter((v) => v.surveyId === survey.id);
      return {
        ...survey,
        latestPublished: versions.find((v) => v.status === "published")?.number ?? null,
        hasDraft: versions.some((v) => v.status === "draft"),
        waves: waveRows.filter((w) => w.surveyId === survey.id),
      };
    }),
  };
}
