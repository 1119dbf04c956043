// A respondent opening their personal link: which page they get, and "opened" recorded the first time.
// Guessing is rate-limited: failed openings are counted per network address in the database (shared by
// every app instance); past the limit every opening from that address is refused for a while, valid
// links included, so the refusal says nothing about whether a link exists.
import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { respondents, waves } from "@/db/schema";
import { linkGuessingBlocked, recordFailedLink } from "./link-guessing";
import { hashToken, looksLikeToken } from "@/server/tokens";

export type LinkOutcome = "welcome" | "invalid" | "closed" | "submitted" | "blocked";

export { LINK_ATTEMPT_WINDOW_MINUTES, MAX_LINK_FAILURES_PER_IP, rateLimitKey } from "./link-guessing";

/**
 * Unknown, revoked and malformed links are one and the same "invalid": nothing hints which. "blocked":
 * too many failed openings from this address lately (the caller answers 429 with the same page).
 */
export async function enterWithLink({
  db,
  token,
  ip,
  now = new Date(),
}: {
  db: Database;
  token: string;
  /** The client's network address (server/context.ts `clientIp`). */
  ip: string;
  now?: Date;
}): Promise<LinkOutcome> {
  if (await linkGuessingBlocked(db, ip, now)) return "blocked";
  const outcome = await openLink(db, token, now);
  if (outcome === "invalid") await recordFailedLink(db, ip, now);
  return outcome;
}

async function openLink(db: Database, token: string, now: Date): Promise<Exclude<LinkOutcome, "blocked">> {
  if (!looksLikeToken(token)) return "invalid";
  const [row] = await db
    .select({ id: respondents.id, status: respondents.status, waveStatus: waves.status })
    .from(respondents)
    .innerJoin(waves, eq(waves.id, respondents.waveId))
    .where(eq(respondents.tokenHash, hashToken(token)))
    .limit(1);
  if (!row) return "invalid";
  if (row.waveStatus === "closed") return "closed";
  if (row.waveStatus !== "open") return "invalid";
  if (row.status === "completed") return "submitted";
  await db
    .update(respondents)
    .set({ status: "opened", openedAt: now })
    .where(and(eq(respondents.id, row.id), inArray(respondents.status, ["invited", "sent"])));
  return "welcome";
}
