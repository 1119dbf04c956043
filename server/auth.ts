// Staff sign-in with next-auth: email and password, JWT sessions. Roles are not in the token: every
// procedure re-reads the membership from the database.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDatabase } from "@/db/client";
import { clientIp } from "./context";
import { AppError } from "./errors";
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
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub;
      return session;
    },
  },
};

/** The signed-in user's id, or null. */
export async function currentUserId(): Promise<string | null> {
  const session = await getServerSession(authOptions);
  return session?.user?.id ?? null;
}
