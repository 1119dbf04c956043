import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { respondents } from "@/db/schema";
import { notFound } from "@/server/errors";
import { issueLink } from "@/server/respondent-links";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { Actor } from "@/server/trpc";

/** A new personal link for a respondent (the old one stops working), or none at all when revoking. */
export async function reissueLink({
  db,
  actor,
  respondentId,
  revokeOnly = false,
}: {
  db: Database;
  actor: Actor;
  respondentId: string;
  revokeOnly?: boolean;
}) {
  return db.transaction(async (tx) => {
    const [respondent] = await tx
      .select({ id: respondents.id })
      .from(respondents)
      .where(and(eq(respondents.id, respondentId), eq(respondents.organisationId, actor.organisationId)))
      .for("update");
    if (!respondent) throw notFound("Respondent");
    const link = revokeOnly ? null : issueLink();
    await tx
      .update(respondents)
      .set({ tokenHash: link?.tokenHash ?? null, tokenSealed: link?.tokenSealed ?? null, tokenIssuedAt: link ? new Date() : null })
      .where(eq(respondents.id, respondent.id));
    await recordAudit(tx, actor, {
      action: revokeOnly ? "respondent.revokeLink" : "respondent.reissueLink",
      entityType: "respondent",
      entityId: respondent.id,
    });
    return { respondentId: respondent.id, token: link?.token ?? null };
  });
}
