// Admins invite colleagues by email: a single-use link, bound to that address, valid for a week, sent
// through the outbox. Inviting the same address again withdraws the previous link.
import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { memberInvitations, memberships, messages, users, type TMemberRole } from "@/db/schema";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { issueStaffLink } from "@/server/services/auth/staff-links";
import type { Actor } from "@/server/trpc";

export const INVITATION_DAYS = 7;

export async function inviteMember({
  db,
  actor,
  email,
  role,
  sites,
  units,
  now = new Date(),
}: {
  db: Database;
  actor: Actor;
  /** Lower-case (ZEmail). */
  email: string;
  role: TMemberRole;
  sites: string[];
  units: string[];
  now?: Date;
}) {
  if (role !== "staff" && (sites.length > 0 || units.length > 0)) {
    throw new AppError("BAD_REQUEST", "Only staff can be restricted to sites or units.", {
      sites: ["only for staff"],
    });
  }
  return db.transaction(async (tx) => {
    const [member] = await tx
      .select({ active: memberships.active })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organisationId, actor.organisationId), eq(users.email, email)));
    if (member?.active) {
      throw new AppError("CONFLICT", `${email} is already a member of this organisation.`, {
        email: ["already a member"],
      });
    }
    const withdrawn = await tx
      .update(memberInvitations)
      .set({ revokedAt: now, tokenSealed: null })
      .where(
        and(
          eq(memberInvitations.organisationId, actor.organisationId),
          eq(memberInvitations.email, email),
          isNull(memberInvitations.acceptedAt),
          isNull(memberInvitations.revokedAt),
        ),
      )
      .returning({ id: memberInvitations.id });
    const link = issueStaffLink();
    const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
    const [invitation] = await tx
      .insert(memberInvitations)
      .values({
        organisationId: actor.organisationId,
        email,
        role,
        sites,
        units,
        tokenHash: link.tokenHash,
        tokenSealed: link.tokenSealed,
        invitedBy: actor.userId,
        expiresAt,
        createdAt: now,
      })
      .returning({ id: memberInvitations.id, email: memberInvitations.email, role: memberInvitations.role, expiresAt: memberInvitations.expiresAt });
    // The worker composes and sends it (or keeps it in the outbox when no email transport is configured).
    await tx.insert(messages).values({
      organisationId: actor.organisationId,
      memberInvitationId: invitation!.id,
      kind: "member_invitation",
      step: 0,
      channel: "email",
      recipient: email,
      language: "en",
      nextAttemptAt: now,
      createdAt: now,
    });
    await recordAudit(tx, actor, {
      action: "member.invite",
      entityType: "invitation",
      entityId: invitation!.id,
      after: { email, role, sites, units, expiresAt: expiresAt.toISOString(), replaces: withdrawn.map((w) => w.id) },
    });
    return invitation!;
  });
}
