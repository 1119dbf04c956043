import { and, asc, eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { circles, perspectives, respondents } from "@/db/schema";
import { notFound } from "@/server/errors";
import { recoverLink } from "@/server/respondent-links";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { Actor } from "@/server/trpc";
import { circleScopeCondition } from "./circle-scope";

/** The personal links of a circle's people, to show their QR codes again (audited: links are capabilities). */
export async function getCircleLinks({ db, actor, circleId }: { db: Database; actor: Actor; circleId: string }) {
  const [circle] = await db
    .select({ id: circles.id, externalRef: circles.externalRef })
    .from(circles)
    .where(and(eq(circles.id, circleId), eq(circles.organisationId, actor.organisationId), circleScopeCondition(actor)));
  if (!circle) throw notFound("Circle");
  const rows = await db
    .select({
      id: respondents.id,
      perspectiveKey: perspectives.key,
      perspectiveLabel: perspectives.label,
      relationship: respondents.relationship,
      status: respondents.status,
      tokenHash: respondents.tokenHash,
      tokenSealed: respondents.tokenSealed,
    })
    .from(respondents)
    .innerJoin(perspectives, eq(perspectives.id, respondents.perspectiveId))
    .where(and(eq(respondents.circleId, circle.id), eq(respondents.organisationId, actor.organisationId)))
    .orderBy(asc(perspectives.position), asc(respondents.createdAt));
  await recordAudit(db, actor, { action: "circle.links", entityType: "circle", entityId: circle.id });
  return {
    circle,
    respondents: rows.map(({ tokenHash, tokenSealed, ...r }) => ({ ...r, token: recoverLink({ tokenHash, tokenSealed }) })),
  };
}
