// Staff sign-in with next-auth: email and password, JWT sessions. Roles are not in the token: every
// procedure re-reads the membership from the database, and every request checks that the session has not
// been ended since it was signed (`sessionUserId`, server/services/auth/session.ts), on every way in.
import "server-only";
import { randomBytes } from "node:crypto";
import type { NextAuthOptions, Session } from "next-auth";
import { getServerSession } from "next-auth";
import { cache } from "react";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDatabase } from "@/db/client";
import { clientIp } from "./context";
import { AppError } from "./errors";
import { endSession, liveSessionUser } from "./services/auth/session";
import { verifyCredentials } from "./services/auth/verify-credentials";
import { authSecret } from "./auth-secret";

const SESSION_MAX_AGE_S = 12 * 60 * 60;

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const { db } = await getDatabase();
        const ip = clientIp(new Headers(req.headers as Record<string, string>));
        try {
          return await verifyCredentials({
            db,
            credentials: { email: credentials?.email, password: credentials?.password },
            ip,
          });
        } catch (err) {
          // next-auth passes this message to the sign-in page.
          if (err instanceof AppError) throw new Error(err.message);
          throw err;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = user.sessionVersion ?? 0;
        // Random, so that signing out can end this one session (ended_sessions).
        token.sid = randomBytes(18).toString("base64url");
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub;
      session.sessionVersion = token.sv;
      session.sessionId = token.sid;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (!token?.sub || !token.sid) return;
      const { db } = await getDatabase();
      const expiresAt = new Date(typeof token.exp === "number" ? token.exp * 1000 : Date.now() + SESSION_MAX_AGE_S * 1000);
      await endSession(db, { sessionId: token.sid, userId: token.sub, expiresAt });
    },
  },
};

/**
 * The one answer to "whose live session is this?": the session next-auth decoded (its signature and
 * expiry checked), then the database (not signed out, not ended by a new session version). Every way in
 * calls it: server components and route handlers through `sessionState`, tRPC in `next dev` through the
 * request context, tRPC on the production server (scripts/server.ts) directly.
 */
export async function sessionUserId(session: Session | null): Promise<string | null> {
  const userId = session?.user?.id;
  if (!userId) return null;
  const { db } = await getDatabase();
  return liveSessionUser({ db, session: { userId, sessionVersion: session.sessionVersion, sessionId: session.sessionId } });
}

/**
 * `none`: not signed in; `ended`: a session that was valid but has been ended since (deactivated, password
 * reset) — treated as signed out; `current`: the user's id. Once per server render (React's cache).
 */
export const sessionState = cache(async (): Promise<{ state: "none" | "ended" } | { state: "current"; userId: string }> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return { state: "none" };
  const current = await sessionUserId(session);
  return current ? { state: "current", userId: current } : { state: "ended" };
});

/** The signed-in user's id, or null (also when their session has been ended). */
export async function currentUserId(): Promise<string | null> {
  const session = await sessionState();
  return session.state === "current" ? session.userId : null;
}
