import { and, asc, eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { circles, perspectives, respondents, waves } from "@/db/schema";
import { notFound } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { Actor } from "@/server/trpc";
import { circleScopeCondition } from "./circle-scope";

/** One circle's attributes and who is in it (perspective, relationship, status) — never their answers; audited. */
export async function getCircle({ db, actor, circleId }: { db: Database; actor: Actor; circleId: string }) {
  const [circle] = await db
    .select({
      id: circles.id,
      waveId: circles.waveId,
      waveName: waves.name,
      externalRef: circles.externalRef,
      site: circles.site,
      unit: circles.unit,
      experienceDate: circles.experienceDate,
      createdAt: circles.createdAt,
    })
    .from(circles)
    .innerJoin(waves, eq(waves.id, circles.waveId))
    .where(and(eq(circles.id, circleId), eq(circles.organisationId, actor.organisationId), circleScopeCondition(actor)));
  if (!circle) throw notFound("Circle");
  // Every opening of a single circle is on the record (who looked at whom, and when).
  await recordAudit(db, actor, { action: "circle.view", entityType: "circle", entityId: circle.id, after: { waveId: circle.waveId } });
  const members = await db
    .select({
      id: respondents.id,
      perspectiveKey: perspectives.key,
      perspectiveLabel: perspectives.label,
      isPrimary: respondents.isPrimary,
      relationship: respondents.relationship,
      status: respondents.status,
      invitedByRespondentId: respondents.invitedByRespondentId,
      createdAt: respondents.createdAt,
    })
    .from(respondents)
    .innerJoin(perspectives, eq(perspectives.id, respondents.perspectiveId))
    .where(and(eq(respondents.circleId, circle.id), eq(respondents.organisationId, actor.organisationId)))
    .orderBy(asc(perspectives.position), asc(respondents.createdAt));
  return { circle, respondents: members };
}
