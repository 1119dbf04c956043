// Accepting an invitation: by the account with the invited address (signed in), or by creating that
// account. A link used with another address, after it expired, after it was withdrawn, or a second time is
// refused, and nothing is written.
import { and, eq } from "drizzle-orm";
import type { Database, Transaction } from "@/db/connect";
import { memberInvitations, memberships, users } from "@/db/schema";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { hashPassword } from "@/server/services/auth/password";
import { verifyCredentials } from "@/server/services/auth/verify-credentials";
import { findInvitation, invitationState, type TInvitationState } from "./invitation-by-token";

export const WRONG_ADDRESS_MESSAGE =
  "This invitation was sent to another email address. Only the person it was sent to can accept it: ask an admin to invite you at your own address.";

const REFUSED: Record<Exclude<TInvitationState, "open">, string> = {
  unknown: "This invitation link is not valid. Check that you used the whole link, or ask an admin to invite you again.",
  expired: "This invitation has expired. Ask an admin of the organisation to invite you again.",
  used: "This invitation has already been used. Sign in with the account that accepted it.",
  withdrawn: "This invitation was withdrawn by an admin of the organisation.",
};

/** The signed-in user accepts: their account's address must be the invited one. */
export async function acceptInvitation({ db, token, userId, now = new Date() }: { db: Database; token: string; userId: string; now?: Date }) {
  return db.transaction(async (tx) => {
    const invitation = await openInvitation(tx, token, now);
    const [user] = await tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, userId));
    if (!user) throw new AppError("UNAUTHORIZED", "Please sign in.");
    if (user.email !== invitation.email) throw new AppError("FORBIDDEN", WRONG_ADDRESS_MESSAGE);
    return join(tx, invitation, user.id, now);
  });
}

/** Someone without an account accepts by creating it, with the address the invitation was sent to. */
export async function acceptInvitationWithNewAccount({
  db,
  token,
  email,
  name,
  password,
  now = new Date(),
}: {
  db: Database;
  token: string;
  /** Lower-case (ZEmail). */
  email: string;
  name: string;
  password: string;
  now?: Date;
}) {
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const invitation = await openInvitation(tx, token, now);
    if (email !== invitation.email) throw new AppError("FORBIDDEN", WRONG_ADDRESS_MESSAGE);
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (existing) {
      throw new AppError("CONFLICT", "An account with this address already exists: sign in with it to accept the invitation.");
    }
    const [user] = await tx.insert(users).values({ email, name, passwordHash }).returning({ id: users.id });
    return join(tx, invitation, user!.id, now);
  });
}

/**
 * Someone with an account accepts with its password (they may not be able to sign in yet: a former member,
 * or an account without any organisation). The password is checked, rate-limited, like a sign-in.
 */
export async function acceptInvitationWithPassword({
  db,
  token,
  email,
  password,
  ip,
  now = new Date(),
}: {
  db: Database;
  token: string;
  /** Lower-case (ZEmail). */
  email: string;
  password: string;
  ip: string;
  now?: Date;
}) {
  const invitation = await findInvitation(db, token);
  const state = invitationState(invitation, now);
  if (state !== "open") throw new AppError(state === "unknown" ? "NOT_FOUND" : "PRECONDITION_FAILED", REFUSED[state]);
  if (email !== invitation!.email) throw new AppError("FORBIDDEN", WRONG_ADDRESS_MESSAGE);
  const user = await verifyCredentials({ db, credentials: { email, password }, ip, now, requireMembership: false });
  return db.transaction(async (tx) => join(tx, await openInvitation(tx, token, now), user.id, now));
}

type OpenInvitation = NonNullable<Awaited<ReturnType<typeof findInvitation>>>;

async function openInvitation(tx: Transaction, token: string, now: Date): Promise<OpenInvitation> {
  // Locked: of two acceptances at once, the second sees the first's and is refused as used.
  const invitation = await findInvitation(tx, token, { lock: true });
  const state = invitationState(invitation, now);
  if (state !== "open") throw new AppError(state === "unknown" ? "NOT_FOUND" : "PRECONDITION_FAILED", REFUSED[state]);
  return invitation!;
}

async function join(tx: Transaction, invitation: OpenInvitation, userId: string, now: Date) {
  const [existing] = await tx
    .select({ id: memberships.id, role: memberships.role, active: memberships.active })
    .from(memberships)
    .where(and(eq(memberships.organisationId, invitation.organisationId), eq(memberships.userId, userId)))
    .for("update");
  if (existing?.active) throw new AppError("CONFLICT", `You are already a member of ${invitation.organisation}.`);
  const values = { role: invitation.role, active: true, sites: invitation.sites, units: invitation.units, updatedAt: now };
  const [membership] = existing
    ? await tx.update(memberships).set(values).where(eq(memberships.id, existing.id)).returning({ id: memberships.id })
    : await tx
        .insert(memberships)
        .values({ organisationId: invitation.organisationId, userId, ...values, createdAt: now })
        .returning({ id: memberships.id });
  await tx
    .update(memberInvitations)
    .set({ acceptedAt: now, acceptedBy: userId, tokenSealed: null })
    .where(eq(memberInvitations.id, invitation.id));
  await recordAudit(
    tx,
    { organisationId: invitation.organisationId, userId },
    {
      action: "member.acceptInvitation",
      entityType: "membership",
      entityId: membership!.id,
      before: existing ? { role: existing.role, active: existing.active } : null,
      after: { invitationId: invitation.id, role: invitation.role, active: true, sites: invitation.sites, units: invitation.units },
    },
  );
  return { organisationId: invitation.organisationId, organisation: invitation.organisation, membershipId: membership!.id };
}
