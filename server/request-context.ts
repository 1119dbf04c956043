// The context of a real HTTP call: the database, the session from next-auth, and our cookies.
import "server-only";
import { getDatabase } from "@/db/client";
import { env } from "@/lib/env.mjs";
import { currentUserId } from "./auth";
import { clientIp, ORGANISATION_COOKIE, readCookie, requestIsHttps, requestOriginOf, RESPONDENT_COOKIE, type Context, type RequestHeaders } from "./context";

const PUBLIC_ORIGIN = new URL(env.CIRCLES_PUBLIC_URL).origin;

export async function createRequestContext({ headers, resHeaders }: { headers: RequestHeaders; resHeaders: Headers | null }): Promise<Context> {
  const { db, kind } = await getDatabase();
  let userId: Promise<string | null> | undefined;
  const cookie = headers.get("cookie");
  return {
    db,
    dbKind: kind,
    getUserId: () => (userId ??= currentUserId()),
    requestedOrganisationId: readCookie(cookie, ORGANISATION_COOKIE),
    respondentToken: readCookie(cookie, RESPONDENT_COOKIE),
    ip: clientIp(headers),
    resHeaders,
    secure: requestIsHttps(headers),
    request: { ...requestOriginOf(headers), publicOrigin: PUBLIC_ORIGIN },
  };
}
