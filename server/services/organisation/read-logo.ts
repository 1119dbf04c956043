// The logo's bytes for the route that serves it.
import { eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { organisationLogos } from "@/db/schema";

/** For the logo route: the bytes and their type, or null. */
export async function readOrganisationLogo({ db, organisationId }: { db: Database; organisationId: string }) {
  const [row] = await db
    .select({ contentType: organisationLogos.contentType, data: organisationLogos.data, updatedAt: organisationLogos.updatedAt })
    .from(organisationLogos)
    .where(eq(organisationLogos.organisationId, organisationId));
  return row ?? null;
}
