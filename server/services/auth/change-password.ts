// A signed-in member changes their own password: the current one is asked again, and every session of the
// account ends (the page signs this one in again with the new password).
import { eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { memberships, users } from "@/db/schema";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { hashPassword, verifyPassword } from "./password";
import { endSessions } from "./session";

export async function changePassword({
  db,
  userId,
  currentPassword,
  newPassword,
}: {
  db: Database;
  userId: string;
  currentPassword: string;
  newPassword: string;
}) {
  const [user] = await db.select({ passwordHash: users.passwordHash, email: users.email }).from(users).where(eq(users.id, userId));
  if (!user?.passwordHash || !(await verifyPassword(currentPassword, user.passwordHash))) {
    throw new AppError("BAD_REQUEST", "Your current password is not right.", { currentPassword: ["is not right"] });
  }
  if (currentPassword === newPassword) {
    throw new AppError("BAD_REQUEST", "Choose a password different from the current one.", { newPassword: ["is the current password"] });
  }
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
    await endSessions(tx, userId);
    const orgs = await tx.select({ organisationId: memberships.organisationId }).from(memberships).where(eq(memberships.userId, userId));
    for (const { organisationId } of orgs) {
      await recordAudit(tx, { organisationId, userId }, {
        action: "auth.changePassword",
        entityType: "user",
        entityId: userId,
        after: { sessionsEnded: true },
      });
    }
  });
  return { email: user.email };
}

export async function updateProfile({ db, userId, name }: { db: Database; userId: string; name: string }) {
  const [before] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId));
  if (!before) throw new AppError("UNAUTHORIZED", "Please sign in.");
  const [after] = await db.update(users).set({ name }).where(eq(users.id, userId)).returning({ name: users.name, email: users.email });
  return after!;
}
