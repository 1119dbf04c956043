import { and, eq, ne } from "drizzle-orm";
import type { Database, Transaction } from "@/db/connect";
import { memberships, organisations, type TMemberRole } from "@/db/schema";
import { AppError, notFound } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { endSessions } from "@/server/services/auth/session";
import type { Actor } from "@/server/trpc";

type Change = { active?: boolean; role?: TMemberRole; scope?: { sites: string[]; units: string[] } };

/**
 * Changes a member's role, active flag or the sites/units a staff member is restricted to. Deactivating
 * ends all of the member's sessions at once (their next request is signed out; every call also re-reads
 * the membership). The organisation always keeps at least one active admin.
 */
export async function updateMember({
  db,
  actor,
  membershipId,
  change,
}: {
  db: Database;
  actor: Actor;
  membershipId: string;
  change: Change;
}) {
  return db.transaction(async (tx) => {
    // One membership change per organisation at a time: two admins demoting each other at once cannot
    // leave none (the second waits, then counts the first's change).
    await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, actor.organisationId)).for("no key update");
    const [member] = await tx
      .select({
        id: memberships.id,
        role: memberships.role,
        active: memberships.active,
        userId: memberships.userId,
        sites: memberships.sites,
        units: memberships.units,
      })
      .from(memberships)
      .where(and(eq(memberships.id, membershipId), eq(memberships.organisationId, actor.organisationId)))
      .for("update");
    if (!member) throw notFound("Member");

    const role = change.role ?? member.role;
    // Restrictions are for staff: a member who becomes admin or manager works everywhere.
    const scope = role !== "staff" ? { sites: [], units: [] } : (change.scope ?? { sites: member.sites, units: member.units });
    if (change.scope && role !== "staff" && (change.scope.sites.length > 0 || change.scope.units.length > 0)) {
      throw new AppError("BAD_REQUEST", "Only staff can be restricted to sites or units.");
    }
    const next = { role, active: change.active ?? member.active, ...scope };
    const losesAdmin = member.role === "admin" && member.active && (next.role !== "admin" || !next.active);
    if (losesAdmin && (await otherActiveAdmins(tx, actor.organisationId, member.id)) === 0) {
      throw new AppError("CONFLICT", "The organisation needs at least one active admin: make someone else admin first.");
    }
    if (member.userId === actor.userId && next.active === false) {
      throw new AppError("CONFLICT", "You cannot deactivate yourself.");
    }

    const [updated] = await tx
      .update(memberships)
      .set({ ...next, updatedAt: new Date() })
      .where(eq(memberships.id, member.id))
      .returning({
        id: memberships.id,
        role: memberships.role,
        active: memberships.active,
        sites: memberships.sites,
        units: memberships.units,
      });
    if (member.active && !next.active) await endSessions(tx, member.userId);
    await recordAudit(tx, actor, {
      action: change.active !== undefined ? "member.setActive" : change.role !== undefined ? "member.setRole" : "member.setScope",
      entityType: "membership",
      entityId: member.id,
      before: { role: member.role, active: member.active, sites: member.sites, units: member.units },
      after: next,
    });
    return updated!;
  });
}

async function otherActiveAdmins(tx: Transaction, organisationId: string, exceptId: string): Promise<number> {
  const rows = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        eq(memberships.role, "admin"),
        eq(memberships.active, true),
        ne(memberships.id, exceptId),
      ),
    );
  return rows.length;
}
