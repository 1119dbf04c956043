import { and, asc, eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { memberships, organisationLogos, organisations, users } from "@/db/schema";
import type { Actor } from "@/server/trpc";
import { logoUrl } from "./get-settings";

/** The organisation the member works in, their role, and every organisation they may switch to. */
export async function getCurrentOrganisation({ db, actor }: { db: Database; actor: Actor }) {
  const [rows, [user], [details]] = await Promise.all([
    db
      .select({
        organisationId: organisations.id,
        name: organisations.name,
        isDemo: organisations.isDemo,
        role: memberships.role,
      })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(and(eq(memberships.userId, actor.userId), eq(memberships.active, true)))
      .orderBy(asc(organisations.name)),
    db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, actor.userId)),
    db
      .select({
        defaultLanguage: organisations.defaultLanguage,
        defaultAnonymityThreshold: organisations.defaultAnonymityThreshold,
        logoUpdatedAt: organisationLogos.updatedAt,
      })
      .from(organisations)
      .leftJoin(organisationLogos, eq(organisationLogos.organisationId, organisations.id))
      .where(eq(organisations.id, actor.organisationId)),
  ]);
  const current = rows.find((r) => r.organisationId === actor.organisationId);
  if (!current || !user) throw new Error("actor's membership vanished between the check and the read");
  return {
    organisation: {
      id: current.organisationId,
      name: current.name,
      isDemo: current.isDemo,
      defaultLanguage: details?.defaultLanguage ?? "en",
      defaultAnonymityThreshold: details?.defaultAnonymityThreshold ?? 5,
      logoUrl: details?.logoUpdatedAt ? logoUrl(current.organisationId, details.logoUpdatedAt) : null,
    },
    role: actor.role,
    /** Where a staff member restricted to sites/units works; null: everywhere. */
    scope: actor.scope ?? null,
    user,
    organisations: rows.map((r) => ({ id: r.organisationId, name: r.name, role: r.role })),
  };
}
