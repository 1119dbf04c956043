// "Forgot your password?": one answer whatever the address (nobody learns who has an account), a link
// valid for an hour and usable once, and a limit per address and per network address against abuse.
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { memberships, messages, passwordResetRequests, passwordResets, users } from "@/db/schema";
import { AppError } from "@/server/errors";
import { issueStaffLink } from "./staff-links";

export const RESET_LINK_MINUTES = 60;
export const RESET_WINDOW_MINUTES = 60;
export const MAX_RESETS_PER_EMAIL = 3;
export const MAX_RESETS_PER_IP = 20;

export const RESET_REQUESTED_MESSAGE =
  "If an account uses that address, we have sent it a link to choose a new password. The link works once, for an hour.";

export async function requestPasswordReset({
  db,
  email,
  ip,
  now = new Date(),
}: {
  db: Database;
  /** Lower-case (ZEmail). */
  email: string;
  ip: string;
  now?: Date;
}): Promise<{ message: string }> {
  const since = new Date(now.getTime() - RESET_WINDOW_MINUTES * 60_000);
  const [recent] = await db
    .select({
      byEmail: sql<number>`(count(*) filter (where ${passwordResetRequests.email} = ${email}))::int`,
      byIp: sql<number>`(count(*) filter (where ${passwordResetRequests.ip} = ${ip}))::int`,
    })
    .from(passwordResetRequests)
    .where(and(gt(passwordResetRequests.createdAt, since), sql`(${passwordResetRequests.email} = ${email} or ${passwordResetRequests.ip} = ${ip})`));
  // Counted for every address, known or not: the limit itself says nothing about who has an account.
  if ((recent?.byEmail ?? 0) >= MAX_RESETS_PER_EMAIL || (recent?.byIp ?? 0) >= MAX_RESETS_PER_IP) {
    throw new AppError("TOO_MANY_REQUESTS", `Too many password reset requests. Please wait an hour and try again.`);
  }

  await db.transaction(async (tx) => {
    await tx.insert(passwordResetRequests).values({ email, ip, createdAt: now });
    // Only accounts that can sign in somewhere get a link.
    const [user] = await tx
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          eq(users.email, email),
          sql`exists (select 1 from ${memberships} where ${memberships.userId} = ${users.id} and ${memberships.active})`,
        ),
      );
    if (!user) return;
    // A new link replaces any earlier one still unused.
    const superseded = await tx
      .update(passwordResets)
      .set({ expiresAt: now, tokenSealed: null })
      .where(and(eq(passwordResets.userId, user.id), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)))
      .returning({ id: passwordResets.id });
    for (const old of superseded) {
      await tx
        .update(messages)
        .set({ status: "cancelled" })
        .where(and(eq(messages.passwordResetId, old.id), eq(messages.status, "queued")));
    }
    const link = issueStaffLink();
    const [reset] = await tx
      .insert(passwordResets)
      .values({
        userId: user.id,
        tokenHash: link.tokenHash,
        tokenSealed: link.tokenSealed,
        expiresAt: new Date(now.getTime() + RESET_LINK_MINUTES * 60_000),
        createdAt: now,
      })
      .returning({ id: passwordResets.id });
    await tx.insert(messages).values({
      passwordResetId: reset!.id,
      kind: "password_reset",
      step: 0,
      channel: "email",
      recipient: email,
      language: "en",
      nextAttemptAt: now,
      createdAt: now,
    });
  });
  return { message: RESET_REQUESTED_MESSAGE };
}
