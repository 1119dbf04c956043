// Whether a staff session is alive: the one check every way in makes (tRPC on the production server and
// in `next dev`, server components, route handlers). Sessions are JWTs, so nothing is stored while they
// live; each carries a random session id and the user's session version from the moment it was signed.
// Raising the version ends every session of that user at once (password change or reset, deactivation);
// signing out records the one session's id in ended_sessions.
import { and, eq, lt, sql } from "drizzle-orm";
import type { Database, Transaction } from "@/db/connect";
import { endedSessions, users } from "@/db/schema";

/** What a session token says of itself (decoded and its signature checked by next-auth). */
export type TSessionClaims = { userId: string; sessionVersion: number | undefined; sessionId: string | undefined };

/** The user's id while the session is alive; null once it has been ended (or it never had an id). */
export async function liveSessionUser({ db, session }: { db: Database; session: TSessionClaims }): Promise<string | null> {
  // Tokens signed before sessions had ids cannot be signed out: they are refused (one sign-in more).
  if (!session.sessionId) return null;
  const [user] = await db
    .select({
      sessionVersion: users.sessionVersion,
      ended: sql<boolean>`exists (select 1 from ${endedSessions} where ${endedSessions.sessionId} = ${session.sessionId})`,
    })
    .from(users)
    .where(eq(users.id, session.userId));
  if (!user || user.ended) return null;
  return user.sessionVersion === (session.sessionVersion ?? 0) ? session.userId : null;
}

/** Signing out: this session is refused from now on, on every path. */
export async function endSession(db: Database, { sessionId, userId, expiresAt }: { sessionId: string; userId: string; expiresAt: Date }) {
  await db.insert(endedSessions).values({ sessionId, userId, expiresAt }).onConflictDoNothing();
}

/** Ends all of a user's sessions (deactivation, password reset): their next request is signed out. */
export async function endSessions(db: Database | Transaction, userId: string): Promise<void> {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}

/** Records of signed-out sessions whose tokens have expired anyway. */
export async function forgetEndedSessions(db: Database, now: Date) {
  await db.delete(endedSessions).where(and(lt(endedSessions.expiresAt, now)));
}
