import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { memberships, organisations } from "@/db/schema";
import { notFound } from "@/server/errors";

/** Checks the user may work in `organisationId`; an organisation they do not belong to does not exist for them. */
export async function switchOrganisation({
  db,
  userId,
  organisationId,
}: {
  db: Database;
  userId: string;
  organisationId: string;
}) {
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(
      and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId), eq(memberships.active, true)),
    );
  if (!row) throw notFound("Organisation");
  return row;
}
