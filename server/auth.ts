// Staff sign-in with next-auth: email and password, JWT sessions. Roles are not in the token: every
// procedure re-reads the membership from the database, and every request checks that the session has not
// been ended since it was signed (the user's session version, server/services/auth/session.ts).
import "server-only";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import { cache } from "react";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDatabase } from "@/db/client";
import { clientIp } from "./context";
import { AppError } from "./errors";
import { currentSessionUser } from "./services/auth/session";
import { verifyCredentials } from "./services/auth/verify-credentials";
import { authSecret } from "./auth-secret";

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
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
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub;
      session.sessionVersion = token.sv;
      return session;
    },
  },
};

/**
 * `none`: not signed in; `ended`: a session that was valid but has been ended since (deactivated, password
 * reset) — treated as signed out; `current`: the user's id. Once per server render (React's cache).
 */
export const sessionState = cache(async (): Promise<{ state: "none" | "ended" } | { state: "current"; userId: string }> => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) return { state: "none" };
  const { db } = await getDatabase();
  const current = await currentSessionUser({ db, userId, sessionVersion: session.sessionVersion });
  return current ? { state: "current", userId: current } : { state: "ended" };
});

/** The signed-in user's id, or null (also when their session has been ended). */
export async function currentUserId(): Promise<string | null> {
  const session = await sessionState();
  return session.state === "current" ? session.userId : null;
}
