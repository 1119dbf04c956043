// Staff sessions are JWTs (nothing stored per session), so each carries the user's session version from
// the moment it was signed; raising the version in the database ends every session of that user at once.
import { eq, sql } from "drizzle-orm";
import type { Database, Transaction } from "@/db/connect";
import { users } from "@/db/schema";

/** The user's id when the session is still current, or null when it was ended since it was signed. */
export async function currentSessionUser({
  db,
  userId,
  sessionVersion,
}: {
  db: Database;
  userId: string;
  /** From the token; tokens signed before versions existed carry none and count as version 0. */
  sessionVersion: number | undefined;
}): Promise<string | null> {
  const [user] = await db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, userId));
  if (!user) return null;
  return user.sessionVersion === (sessionVersion ?? 0) ? userId : null;
}

/** Ends all of a user's sessions (deactivation, password reset): their next request is signed out. */
export async function endSessions(db: Database | Transaction, userId: string): Promise<void> {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}
