import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    /** The user's session version when this session was signed (server/services/auth/session.ts). */
    sessionVersion?: number;
    /** This session's random id: signing out ends it (server/services/auth/session.ts). */
    sessionId?: string;
  }
  interface User {
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sv?: number;
    sid?: string;
  }
}
