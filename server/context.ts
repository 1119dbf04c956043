// What every procedure knows about its caller: the database, the signed-in user (if any), the
// organisation they asked for, and the respondent link cookie. Roles are checked in server/trpc.ts.
import type { Database, DatabaseKind } from "@/db/connect";

export const ORGANISATION_COOKIE = "circles_org";
export const RESPONDENT_COOKIE = "circles_respondent";

export type Context = {
  db: Database;
  dbKind: DatabaseKind;
  /**
   * The signed-in user from the session, read only by procedures that need it (respondents' calls skip
   * decoding the session); membership and role are re-read from the database on every call.
   */
  getUserId: () => Promise<string | null>;
  /** The organisation chosen in the switcher (a cookie): a wish, checked against memberships. */
  requestedOrganisationId: string | null;
  respondentToken: string | null;
  ip: string;
  /** Response headers of an HTTP call (cookies set by a procedure); absent for server-side callers. */
  resHeaders: Headers | null;
};

export function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

export function clientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
}
