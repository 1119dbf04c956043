// A respondent opening their personal link: which page they get, and "opened" recorded the first time.
// Guessing is rate-limited: failed openings are counted per network address in the database (shared by
// every app instance); past the limit every opening from that address is refused for a while, valid
// links included, so the refusal says nothing about whether a link exists.
import { and, count, eq, gt, inArray, lt } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { linkAttempts, respondents, waves } from "@/db/schema";
import { hashToken, looksLikeToken } from "@/server/tokens";

export type LinkOutcome = "welcome" | "invalid" | "closed" | "submitted" | "blocked";

export const LINK_ATTEMPT_WINDOW_MINUTES = 10;
/**
 * Failed openings per address and window. Links carry 144 random bits, so this is not what keeps them
 * safe: it stops scanning early and keeps the cost of a flood down. There is deliberately no global
 * limit: anyone could use it to lock every respondent out, and guessing from many addresses at once
 * still has no chance against 2^144.
 */
export const MAX_LINK_FAILURES_PER_IP = 20;

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
  const address = rateLimitKey(ip);
  const since = new Date(now.getTime() - LINK_ATTEMPT_WINDOW_MINUTES * 60_000);
  const [failures] = await db
    .select({ n: count() })
    .from(linkAttempts)
    .where(and(eq(linkAttempts.ip, address), gt(linkAttempts.createdAt, since)));
  if ((failures?.n ?? 0) >= MAX_LINK_FAILURES_PER_IP) return "blocked";

  const outcome = await openLink(db, token, now);
  if (outcome === "invalid") {
    await db.insert(linkAttempts).values({ ip: address, createdAt: now });
    // Attempts older than the window count for nothing: drop them (cheap on the created_at index).
    await db.delete(linkAttempts).where(lt(linkAttempts.createdAt, since));
  }
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

/**
 * What one guesser is counted by: an IPv4 address, or an IPv6 address's /64 network (one subscriber
 * usually holds a whole /64, and could otherwise take a fresh address for every guess).
 */
export function rateLimitKey(ip: string): string {
  const address = ip.trim().toLowerCase().replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(":")) return address;
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::") ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right] : left;
  if (groups.length !== 8 || groups.some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return address;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
