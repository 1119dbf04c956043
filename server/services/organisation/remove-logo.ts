// Admins remove the organisation's logo (audited).
import { eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { organisationLogos } from "@/db/schema";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { Actor } from "@/server/trpc";

export async function removeOrganisationLogo({ db, actor }: { db: Database; actor: Actor }) {
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(organisationLogos)
      .where(eq(organisationLogos.organisationId, actor.organisationId))
      .returning({ contentType: organisationLogos.contentType });
    if (removed.length > 0) {
      await recordAudit(tx, actor, {
        action: "organisation.removeLogo",
        entityType: "organisation",
        entityId: actor.organisationId,
        before: { logo: removed[0]!.contentType },
        after: { logo: null },
      });
    }
    return { removed: removed.length > 0 };
  });
}

