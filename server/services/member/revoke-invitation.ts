// Withdraws an invitation: its link stops working at once and an unsent email is not sent.
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { memberInvitations, messages } from "@/db/schema";
import { AppError, notFound } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { Actor } from "@/server/trpc";

export async function revokeInvitation({ db, actor, invitationId }: { db: Database; actor: Actor; invitationId: string }) {
  return db.transaction(async (tx) => {
    const [invitation] = await tx
      .select({
        id: memberInvitations.id,
        email: memberInvitations.email,
        acceptedAt: memberInvitations.acceptedAt,
        revokedAt: memberInvitations.revokedAt,
      })
      .from(memberInvitations)
      .where(and(eq(memberInvitations.id, invitationId), eq(memberInvitations.organisationId, actor.organisationId)))
      .for("update");
    if (!invitation) throw notFound("Invitation");
    if (invitation.acceptedAt) throw new AppError("CONFLICT", "This invitation has already been accepted.");
    if (invitation.revokedAt) return { id: invitation.id };
    const now = new Date();
    await tx.update(memberInvitations).set({ revokedAt: now, tokenSealed: null }).where(eq(memberInvitations.id, invitation.id));
    await tx
      .update(messages)
      .set({ status: "cancelled", lockedUntil: null })
      .where(and(eq(messages.memberInvitationId, invitation.id), eq(messages.status, "queued")));
    await recordAudit(tx, actor, {
      action: "member.revokeInvitation",
      entityType: "invitation",
      entityId: invitation.id,
      before: { email: invitation.email, open: true },
      after: { open: false },
    });
    return { id: invitation.id };
  });
}
