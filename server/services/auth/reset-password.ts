// Choosing a new password from a reset link: once, within the hour; every session of the account ends.
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { memberships, passwordResets, signInAttempts, users } from "@/db/schema";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { hashPassword } from "./password";
import { endSessions } from "./session";
import { staffLinkHash } from "./staff-links";

export type TResetState = "open" | "unknown" | "expired" | "used";

const REFUSED: Record<Exclude<TResetState, "open">, string> = {
  unknown: "This password reset link is not valid. Ask for a new one.",
  expired: "This password reset link has expired. Ask for a new one.",
  used: "This password reset link has already been used. Ask for a new one if you need to.",
};

async function findReset(db: Database, token: string) {
  const hash = staffLinkHash(token);
  if (!hash) return null;
  const [row] = await db
    .select({ id: passwordResets.id, userId: passwordResets.userId, expiresAt: passwordResets.expiresAt, usedAt: passwordResets.usedAt })
    .from(passwordResets)
    .where(eq(passwordResets.tokenHash, hash));
  return row ?? null;
}

function stateOf(reset: { expiresAt: Date; usedAt: Date | null } | null, now: Date): TResetState {
  if (!reset) return "unknown";
  if (reset.usedAt) return "used";
  if (reset.expiresAt <= now) return "expired";
  return "open";
}

export async function getPasswordReset({ db, token, now = new Date() }: { db: Database; token: string; now?: Date }) {
  const reset = await findReset(db, token);
  const state = stateOf(reset, now);
  return { state, message: state === "open" ? null : REFUSED[state] };
}

export async function resetPassword({ db, token, password, now = new Date() }: { db: Database; token: string; password: string; now?: Date }) {
  const passwordHash = await hashPassword(password);
  const hash = staffLinkHash(token);
  return db.transaction(async (tx) => {
    const [reset] = hash
      ? await tx
          .select({ id: passwordResets.id, userId: passwordResets.userId, expiresAt: passwordResets.expiresAt, usedAt: passwordResets.usedAt })
          .from(passwordResets)
          .where(eq(passwordResets.tokenHash, hash))
          .for("update")
      : [];
    const state = stateOf(reset ?? null, now);
    if (state !== "open") throw new AppError(state === "unknown" ? "NOT_FOUND" : "PRECONDITION_FAILED", REFUSED[state]);
    const [user] = await tx
      .update(users)
      .set({ passwordHash })
      .where(eq(users.id, reset!.userId))
      .returning({ id: users.id, email: users.email });
    await tx.update(passwordResets).set({ usedAt: now, tokenSealed: null }).where(eq(passwordResets.id, reset!.id));
    await endSessions(tx, user!.id);
    // Whoever holds the mailbox may sign in again at once, even after a run of failed attempts.
    await tx.delete(signInAttempts).where(and(eq(signInAttempts.email, user!.email), eq(signInAttempts.succeeded, false)));
    // Recorded in every organisation the account belongs to, for its admins to see.
    const orgs = await tx.select({ organisationId: memberships.organisationId }).from(memberships).where(eq(memberships.userId, user!.id));
    for (const { organisationId } of orgs) {
      await recordAudit(tx, { organisationId, userId: user!.id }, {
        action: "auth.resetPassword",
        entityType: "user",
        entityId: user!.id,
        after: { sessionsEnded: true },
      });
    }
    return { email: user!.email };
  });
}
