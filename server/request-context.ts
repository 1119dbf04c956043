// The context of a real HTTP call: the database, the session from next-auth, and our cookies.
import "server-only";
import { getDatabase } from "@/db/client";
import { currentUserId } from "./auth";
import { clientIp, ORGANISATION_COOKIE, readCookie, RESPONDENT_COOKIE, type Context, type RequestHeaders } from "./context";

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
  };
}
