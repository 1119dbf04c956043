// The command line's `reset-password`: whoever runs it on the server sets an account's password (for a
// server without email, or a locked-out admin). Every session of the account ends; audited.
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { memberships, signInAttempts, users } from "@/db/schema";
import { ZEmail, ZNewPassword } from "@/lib/auth/password-rules";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { hashPassword } from "./password";
import { endSessions } from "./session";

export async function setPassword({ db, email: rawEmail, password }: { db: Database; email: string; password: string }) {
  const email = ZEmail.safeParse(rawEmail);
  if (!email.success) throw new AppError("BAD_REQUEST", "email: must be an email address");
  const checked = ZNewPassword.safeParse(password);
  if (!checked.success) throw new AppError("BAD_REQUEST", `password: ${checked.error.issues.map((i) => i.message).join(", ")}`);
  const passwordHash = await hashPassword(checked.data);
  return db.transaction(async (tx) => {
    const [user] = await tx.update(users).set({ passwordHash }).where(eq(users.email, email.data)).returning({ id: users.id, email: users.email });
    if (!user) throw new AppError("NOT_FOUND", `No account uses ${email.data}.`);
    await endSessions(tx, user.id);
    await tx.delete(signInAttempts).where(and(eq(signInAttempts.email, user.email), eq(signInAttempts.succeeded, false)));
    const orgs = await tx.select({ organisationId: memberships.organisationId }).from(memberships).where(eq(memberships.userId, user.id));
    for (const { organisationId } of orgs) {
      await recordAudit(tx, { organisationId, userId: user.id }, {
        action: "auth.resetPassword",
        entityType: "user",
        entityId: user.id,
        after: { sessionsEnded: true, by: "command line" },
      });
    }
    return user;
  });
}
