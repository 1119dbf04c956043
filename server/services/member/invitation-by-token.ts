// What an invitation link leads to: the invitation while it can be used, or why it cannot.
import { eq } from "drizzle-orm";
import type { Database, Transaction } from "@/db/connect";
import { memberInvitations, organisations, users } from "@/db/schema";
import { maskEmail } from "@/lib/auth/password-rules";
import { staffLinkHash } from "@/server/services/auth/staff-links";

export type TInvitationState = "open" | "unknown" | "expired" | "used" | "withdrawn";

export async function findInvitation(db: Database | Transaction, token: string, { lock = false } = {}) {
  const hash = staffLinkHash(token);
  if (!hash) return null;
  const query = db
    .select({
      id: memberInvitations.id,
      organisationId: memberInvitations.organisationId,
      organisation: organisations.name,
      email: memberInvitations.email,
      role: memberInvitations.role,
      sites: memberInvitations.sites,
      units: memberInvitations.units,
      expiresAt: memberInvitations.expiresAt,
      acceptedAt: memberInvitations.acceptedAt,
      revokedAt: memberInvitations.revokedAt,
      invitedBy: memberInvitations.invitedBy,
    })
    .from(memberInvitations)
    .innerJoin(organisations, eq(organisations.id, memberInvitations.organisationId))
    .where(eq(memberInvitations.tokenHash, hash));
  const [row] = lock ? await query.for("update", { of: memberInvitations }) : await query;
  return row ?? null;
}

export function invitationState(
  invitation: { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null } | null,
  now: Date,
): TInvitationState {
  if (!invitation) return "unknown";
  if (invitation.acceptedAt) return "used";
  if (invitation.revokedAt) return "withdrawn";
  if (invitation.expiresAt <= now) return "expired";
  return "open";
}

/**
 * For the invitation page: the state and, while open, whom it is from and for. The address is masked (a
 * forwarded link does not give it away); `viewer` says whether the signed-in person is the one invited.
 */
export async function getInvitation({
  db,
  token,
  userId,
  now = new Date(),
}: {
  db: Database;
  token: string;
  userId: string | null;
  now?: Date;
}) {
  const invitation = await findInvitation(db, token);
  const state = invitationState(invitation, now);
  if (!invitation || state !== "open") return { state, invitation: null };
  const [[account], [viewer]] = await Promise.all([
    db.select({ id: users.id }).from(users).where(eq(users.email, invitation.email)),
    userId ? db.select({ email: users.email }).from(users).where(eq(users.id, userId)) : Promise.resolve([]),
  ]);
  return {
    state,
    invitation: {
      organisation: invitation.organisation,
      maskedEmail: maskEmail(invitation.email),
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      /** An account with this address exists: the person signs in to accept instead of creating one. */
      hasAccount: Boolean(account),
      viewer: viewer ? { email: viewer.email, isInvited: viewer.email === invitation.email } : null,
    },
  };
}
