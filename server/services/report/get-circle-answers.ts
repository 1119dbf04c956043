// One circle of a confidential wave, side by side: each item with every respondent's answer. Admins
// only; every opening is audited.
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { circles } from "@/db/schema";
import { rowsOf } from "@/db/sql";
import { notFound } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { Actor } from "@/server/trpc";
import { assertCirclesMayBeOpened } from "./list-disagreements";
import { loadReportScope } from "./report-scope";

export async function getCircleAnswers({ db, actor, waveId, circleId }: { db: Database; actor: Actor; waveId: string; circleId: string }) {
  const scope = await loadReportScope({ db, actor, waveId });
  assertCirclesMayBeOpened(scope, actor);
  const [circle] = await db
    .select({ id: circles.id, externalRef: circles.externalRef, site: circles.site, unit: circles.unit, experienceDate: circles.experienceDate })
    .from(circles)
    .where(and(eq(circles.id, circleId), eq(circles.waveId, scope.wave.id), eq(circles.organisationId, actor.organisationId)));
  if (!circle) throw notFound("Circle");
  const respondentRows = rowsOf<{ id: string; perspective_id: string; relationship: string | null; status: string; answered_by: string | null }>(
    await db.execute(sql`
      select r.id, r.perspective_id, r.relationship, r.status, r.answered_by
      from respondents r join perspectives pe on pe.id = r.perspective_id
      where r.circle_id = ${circle.id} and r.organisation_id = ${actor.organisationId}
      order by pe.position, r.created_at`),
  );
  const answerRows = rowsOf<{ respondent_id: string; item_id: string; numeric_value: number | null; choice_values: string[] | null; text_value: string | null }>(
    await db.execute(sql`
      select a.respondent_id, a.item_id, a.numeric_value, a.choice_values, a.text_value
      from answers a join respondents r on r.id = a.respondent_id
      where r.circle_id = ${circle.id} and a.organisation_id = ${actor.organisationId}`),
  );
  await recordAudit(db, actor, { action: "circle.openAnswers", entityType: "circle", entityId: circle.id, after: { waveId: scope.wave.id } });
  return {
    circle,
    perspectives: scope.perspectives.map(({ id, key, label }) => ({ id, key, label })),
    defaultLanguage: scope.defaultLanguage,
    respondents: respondentRows.map((r) => ({
      id: r.id,
      perspectiveId: r.perspective_id,
      relationship: r.relationship,
      status: r.status,
      answeredBy: r.answered_by,
    })),
    items: scope.items.map((item) => ({
      id: item.id,
      key: item.key,
      type: item.type,
      config: item.config,
      wording: item.askedOf[0]?.wording ?? {},
      answers: answerRows
        .filter((a) => a.item_id === item.id)
        .map((a) => ({
          respondentId: a.respondent_id,
          numericValue: a.numeric_value === null ? null : Number(a.numeric_value),
          choiceValues: a.choice_values,
          textValue: a.text_value,
        })),
    })),
  };
}
