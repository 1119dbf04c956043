import { and, desc, eq, lt, or, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { circles, respondents, waves } from "@/db/schema";
import { notFound } from "@/server/errors";
import type { Actor } from "@/server/trpc";
import { circleScopeCondition } from "./circle-scope";

export type CircleCursor = { createdAt: Date; id: string };

/**
 * A page of a wave's circles, newest first, each with how many of its respondents completed; staff
 * restricted to sites/units see only theirs.
 */
export async function listCircles({
  db,
  actor,
  waveId,
  limit,
  cursor,
  site,
  unit,
}: {
  db: Database;
  actor: Actor;
  waveId: string;
  limit: number;
  cursor?: CircleCursor;
  site?: string;
  unit?: string;
}) {
  const [wave] = await db
    .select({ id: waves.id })
    .from(waves)
    .where(and(eq(waves.id, waveId), eq(waves.organisationId, actor.organisationId)));
  if (!wave) throw notFound("Wave");

  const where: (SQL | undefined)[] = [
    eq(circles.waveId, wave.id),
    eq(circles.organisationId, actor.organisationId),
    circleScopeCondition(actor),
  ];
  if (site) where.push(eq(circles.site, site));
  if (unit) where.push(eq(circles.unit, unit));
  if (cursor) {
    where.push(
      or(lt(circles.createdAt, cursor.createdAt), and(eq(circles.createdAt, cursor.createdAt), lt(circles.id, cursor.id)))!,
    );
  }
  const rows = await db
    .select({
      id: circles.id,
      externalRef: circles.externalRef,
      site: circles.site,
      unit: circles.unit,
      experienceDate: circles.experienceDate,
      createdAt: circles.createdAt,
      respondents: sql<number>`count(${respondents.id})::int`,
      completed: sql<number>`(count(${respondents.id}) filter (where ${respondents.status} = 'completed'))::int`,
    })
    .from(circles)
    .leftJoin(respondents, eq(respondents.circleId, circles.id))
    .where(and(...where))
    .groupBy(circles.id)
    .orderBy(desc(circles.createdAt), desc(circles.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    circles: page,
    nextCursor: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}
