// Guessing personal links is limited however it is tried: opening /r/<token>, a respondent's calls with a
// made-up cookie, the opt-out page. Failed tries are counted per network address in the database (shared
// by every app instance, `link_attempts`); past the limit, every try from that address is refused for the
// window, valid links included, so that the refusal says nothing about whether a link exists.
import { and, count, eq, gt, lt } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { linkAttempts } from "@/db/schema";
import { AppError } from "@/server/errors";

export const LINK_ATTEMPT_WINDOW_MINUTES = 10;
/**
 * Failed tries per address and window. Links carry 144 random bits, so this is not what keeps them
 * safe: it stops scanning early and keeps the cost of a flood down. There is deliberately no global
 * limit: anyone could use it to lock every respondent out, and guessing from many addresses at once
 * still has no chance against 2^144.
 */
export const MAX_LINK_FAILURES_PER_IP = 20;
export const TOO_MANY_TRIES = "Too many links that do not work were tried from your network. Please wait a few minutes and try again.";

/**
 * Addresses this instance has seen reach the limit, until when: saving an answer (the hot path) checks
 * this instead of the database; the database still counts every failure from every instance.
 */
const blockedUntil = new Map<string, number>();

function since(now: Date) {
  return new Date(now.getTime() - LINK_ATTEMPT_WINDOW_MINUTES * 60_000);
}

/** Whether the address is past the limit, asking the database. */
export async function linkGuessingBlocked(db: Database, ip: string, now = new Date()): Promise<boolean> {
  const address = rateLimitKey(ip);
  const [failures] = await db
    .select({ n: count() })
    .from(linkAttempts)
    .where(and(eq(linkAttempts.ip, address), gt(linkAttempts.createdAt, since(now))));
  const blocked = (failures?.n ?? 0) >= MAX_LINK_FAILURES_PER_IP;
  if (blocked) blockedUntil.set(address, now.getTime() + LINK_ATTEMPT_WINDOW_MINUTES * 60_000);
  return blocked;
}

/** Whether this instance already knows the address is past the limit (no database). */
export function linkGuessingKnownBlocked(ip: string, now = new Date()): boolean {
  const address = rateLimitKey(ip);
  const until = blockedUntil.get(address);
  if (until === undefined) return false;
  if (until > now.getTime()) return true;
  blockedUntil.delete(address);
  return false;
}

/** A try with a link that does not work: counted; then whether the address is now past the limit. */
export async function recordFailedLink(db: Database, ip: string, now = new Date()): Promise<boolean> {
  await db.insert(linkAttempts).values({ ip: rateLimitKey(ip), createdAt: now });
  // Attempts older than the window count for nothing: drop them (cheap on the created_at index).
  await db.delete(linkAttempts).where(lt(linkAttempts.createdAt, since(now)));
  return linkGuessingBlocked(db, ip, now);
}

export function tooManyTries(): AppError {
  return new AppError("TOO_MANY_REQUESTS", TOO_MANY_TRIES);
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
