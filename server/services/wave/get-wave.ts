import { and, asc, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { circles, perspectives, respondents, surveys, surveyVersions, waves } from "@/db/schema";
import { notFound } from "@/server/errors";
import type { Actor } from "@/server/trpc";

/** A wave's settings and its response funnel per perspective (invited → opened → started → completed). */
export async function getWave({ db, actor, waveId }: { db: Database; actor: Actor; waveId: string }) {
  const [wave] = await db
    .select({
      id: waves.id,
      name: waves.name,
      status: waves.status,
      opensAt: waves.opensAt,
      closesAt: waves.closesAt,
      timezone: waves.timezone,
      audience: waves.audience,
      channels: waves.channels,
      reminderDays: waves.reminderDays,
      allowCompanionInvites: waves.allowCompanionInvites,
      companionPerspectiveKeys: waves.companionPerspectiveKeys,
      maxCompanionsPerCircle: waves.maxCompanionsPerCircle,
      anonymityMode: waves.anonymityMode,
      anonymityThreshold: waves.anonymityThreshold,
      surveyId: waves.surveyId,
      surveyName: surveys.name,
      surveyVersionId: waves.surveyVersionId,
      versionNumber: surveyVersions.number,
    })
    .from(waves)
    .innerJoin(surveys, eq(surveys.id, waves.surveyId))
    .innerJoin(surveyVersions, eq(surveyVersions.id, waves.surveyVersionId))
    .where(and(eq(waves.id, waveId), eq(waves.organisationId, actor.organisationId)));
  if (!wave) throw notFound("Wave");

  // Each status counts toward every stage it has passed: a completed respondent was also invited, opened, started.
  const reached = (stage: "opened" | "started" | "completed") => {
    const statuses = {
      opened: ["opened", "started", "completed"],
      started: ["started", "completed"],
      completed: ["completed"],
    }[stage];
    return sql<number>`(count(${respondents.id}) filter (where ${respondents.status} in ${statuses}))::int`;
  };
  const [funnel, [totals]] = await Promise.all([
    db
      .select({
        perspectiveId: perspectives.id,
        key: perspectives.key,
        label: perspectives.label,
        isPrimary: perspectives.isPrimary,
        invited: sql<number>`count(${respondents.id})::int`,
        opened: reached("opened"),
        started: reached("started"),
        completed: reached("completed"),
        declined: sql<number>`(count(${respondents.id}) filter (where ${respondents.status} in ('declined', 'opted_out')))::int`,
      })
      .from(perspectives)
      .leftJoin(
        respondents,
        and(eq(respondents.perspectiveId, perspectives.id), eq(respondents.waveId, wave.id)),
      )
      .where(eq(perspectives.surveyVersionId, wave.surveyVersionId))
      .groupBy(perspectives.id)
      .orderBy(asc(perspectives.position)),
    db
      .select({ circles: sql<number>`count(*)::int` })
      .from(circles)
      .where(and(eq(circles.waveId, wave.id), eq(circles.organisationId, actor.organisationId))),
  ]);
  const [version] = await db
    .select({ definition: surveyVersions.definition })
    .from(surveyVersions)
    .where(eq(surveyVersions.id, wave.surveyVersionId));
  const definition = version!.definition;
  return {
    wave,
    // Response counts are a report: staff (who only start circles) do not get them.
    funnel: actor.role === "staff" ? [] : funnel,
    circleCount: totals?.circles ?? 0,
    /** Who can be in a circle of this wave, for the screens that start circles. */
    perspectives: definition.perspectives.map((p) => ({
      key: p.key,
      label: p.label,
      isPrimary: p.primary,
      limitPerCircle: p.limitPerCircle,
      invitableByOrganisation: p.invitableBy.organisation,
    })),
    languages: definition.languages,
    defaultLanguage: definition.defaultLanguage,
  };
}
