// Invitations not yet accepted or withdrawn (expired ones too, to re-send), newest first.
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { memberInvitations, messages, users } from "@/db/schema";
import type { Actor } from "@/server/trpc";

export async function listInvitations({ db, actor, now = new Date() }: { db: Database; actor: Actor; now?: Date }) {
  const rows = await db
    .select({
      id: memberInvitations.id,
      email: memberInvitations.email,
      role: memberInvitations.role,
      sites: memberInvitations.sites,
      units: memberInvitations.units,
      createdAt: memberInvitations.createdAt,
      expiresAt: memberInvitations.expiresAt,
      invitedBy: users.name,
      messageStatus: messages.status,
    })
    .from(memberInvitations)
    .leftJoin(users, eq(users.id, memberInvitations.invitedBy))
    .leftJoin(messages, eq(messages.memberInvitationId, memberInvitations.id))
    .where(
      and(
        eq(memberInvitations.organisationId, actor.organisationId),
        isNull(memberInvitations.acceptedAt),
        isNull(memberInvitations.revokedAt),
      ),
    )
    .orderBy(desc(memberInvitations.createdAt))
    .limit(200);
  return rows.map((r) => ({ ...r, expired: r.expiresAt <= now }));
}
