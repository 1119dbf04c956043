import { and, eq, ne } from "drizzle-orm";
import type { Database, Transaction } from "@/db/connect";
import { memberships, type TMemberRole } from "@/db/schema";
import { AppError, notFound } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { Actor } from "@/server/trpc";

type Change = { active?: boolean; role?: TMemberRole };

/**
 * Changes a member's role or active flag. Deactivation takes effect on the member's next call, since
 * every call re-reads the membership. The organisation always keeps at least one active admin.
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
    // Lock the organisation's admin rows: two admins demoting each other at once cannot leave none.
    const [member] = await tx
      .select({ id: memberships.id, role: memberships.role, active: memberships.active, userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.id, membershipId), eq(memberships.organisationId, actor.organisationId)))
      .for("update");
    if (!member) throw notFound("Member");

    const next = { role: change.role ?? member.role, active: change.active ?? member.active };
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
      .returning({ id: memberships.id, role: memberships.role, active: memberships.active });
    await recordAudit(tx, actor, {
      action: change.active !== undefined ? "member.setActive" : "member.setRole",
      entityType: "membership",
      entityId: member.id,
      before: { role: member.role, active: member.active },
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
    )
    .for("update");
  return rows.length;
}
