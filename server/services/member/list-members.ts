import { asc, eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { memberships, users } from "@/db/schema";
import type { Actor } from "@/server/trpc";

export async function listMembers({ db, actor }: { db: Database; actor: Actor }) {
  return db
    .select({
      id: memberships.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      active: memberships.active,
      sites: memberships.sites,
      units: memberships.units,
      createdAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, actor.organisationId))
    .orderBy(asc(users.name));
}
