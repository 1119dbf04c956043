// Staff sign-in: checks email and password, and refuses guessing (per address and per network address).
import { and, eq, gt, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/connect";
import { memberships, signInAttempts, users } from "@/db/schema";
import { AppError } from "@/server/errors";
import { dummyPasswordHash, verifyPassword } from "./password";

export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;

export const ZCredentials = z.strictObject({
  email: z.email().max(254).transform((v) => v.toLowerCase()),
  password: z.string().min(1).max(200),
});

export type SignedInUser = { id: string; email: string; name: string; sessionVersion: number };

/** Returns the user, or throws AppError: UNAUTHORIZED (one message whatever was wrong) or TOO_MANY_REQUESTS. */
export async function verifyCredentials({
  db,
  credentials,
  ip,
  now = new Date(),
  requireMembership = true,
}: {
  db: Database;
  credentials: unknown;
  ip: string;
  now?: Date;
  /** False when the password only proves who someone is (accepting an invitation before being a member). */
  requireMembership?: boolean;
}): Promise<SignedInUser> {
  const wrong = new AppError("UNAUTHORIZED", "That email and password do not match an account.");
  const parsed = ZCredentials.safeParse(credentials);
  if (!parsed.success) throw wrong;
  const { email, password } = parsed.data;

  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60_000);
  const [failures] = await db
    .select({
      byEmail: sql<number>`(count(*) filter (where ${signInAttempts.email} = ${email}))::int`,
      byIp: sql<number>`(count(*) filter (where ${signInAttempts.ip} = ${ip}))::int`,
    })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.succeeded, false), gt(signInAttempts.createdAt, since)));
  if ((failures?.byEmail ?? 0) >= MAX_FAILURES_PER_EMAIL || (failures?.byIp ?? 0) >= MAX_FAILURES_PER_IP) {
    throw new AppError(
      "TOO_MANY_REQUESTS",
      `Too many failed sign-ins. Please wait ${SIGN_IN_WINDOW_MINUTES} minutes and try again.`,
    );
  }

  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      passwordHash: users.passwordHash,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.email, email));
  // An unknown address costs the same time as a wrong password.
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
  let hasMembership = false;
  if (ok && user) {
    hasMembership =
      !requireMembership ||
      (
        await db
          .select({ id: memberships.id })
          .from(memberships)
          .where(and(eq(memberships.userId, user.id), eq(memberships.active, true)))
          .limit(1)
      ).length > 0;
  }

  await db.insert(signInAttempts).values({ email, ip, succeeded: ok && hasMembership, createdAt: now });
  if (!ok || !user) throw wrong;
  if (!hasMembership) throw new AppError("FORBIDDEN", "Your account is not an active member of any organisation.");
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
