// What every procedure knows about its caller: the database, the signed-in user (if any), the
// organisation they asked for, and the respondent link cookie. Roles are checked in server/trpc.ts.
import { BlockList, isIP } from "node:net";
import type { Database, DatabaseKind } from "@/db/connect";
import { env } from "@/lib/env.mjs";

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
  /** The call came over HTTPS (`requestIsHttps`): cookies a procedure sets are Secure. */
  secure?: boolean;
  /** Where an HTTP call came from, for the same-origin check of mutations; absent for server-side callers. */
  request?: RequestOrigin | null;
};

/** What a browser says of a request's origin, read from its headers (`requestOriginOf`). */
export type RequestOrigin = {
  host: string | null;
  origin: string | null;
  secFetchSite: string | null;
  /** The media type, lower case, without parameters. */
  contentType: string | null;
  /** The app's public address (CIRCLES_PUBLIC_URL), for a proxy in front that rewrites Host. */
  publicOrigin?: string | null;
};

export function requestOriginOf(headers: RequestHeaders): RequestOrigin {
  return {
    host: headers.get("host"),
    origin: headers.get("origin"),
    secFetchSite: headers.get("sec-fetch-site"),
    contentType: headers.get("content-type")?.split(";", 1)[0]!.trim().toLowerCase() || null,
  };
}

/**
 * Why a mutation is refused as coming from elsewhere, or null when it may run. Browsers send Origin (and
 * Sec-Fetch-Site) with every POST; a page of another origin — another site, or another port of this host
 * — cannot send a mutation that passes, whatever its content type. Mutations take JSON only: none needs
 * a form body (an upload travels as JSON too), and a form is what a page of another origin can send
 * without asking. Clients that are not browsers send neither header; they cannot carry a victim's cookies.
 */
export function crossOriginRefusal(request: RequestOrigin): string | null {
  if (request.contentType !== "application/json") return "Changes are accepted only as JSON (content-type: application/json).";
  if (request.secFetchSite && request.secFetchSite !== "same-origin") return "Changes are accepted only from this site's own pages.";
  if (request.origin !== null) {
    let host: string | null = null;
    try {
      host = new URL(request.origin).host;
    } catch {
      host = null;
    }
    const ours = (host !== null && host === request.host) || (!!request.publicOrigin && request.origin === request.publicOrigin);
    if (!ours) return "Changes are accepted only from this site's own pages.";
  }
  return null;
}

/** What is read of a request's headers: a fetch Headers, or the production server's view of Node's. */
export type RequestHeaders = { get(name: string): string | null };

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

/** The proxies CIRCLES_TRUSTED_PROXIES names, as a set of addresses and networks. */
export function trustedProxies(entries: string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, prefix] = entry.split("/") as [string, string | undefined];
    const type = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list;
}

const TRUSTED = trustedProxies(env.CIRCLES_TRUSTED_PROXIES);

function isTrusted(list: BlockList, ip: string): boolean {
  const address = ip.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const family = isIP(v4 ?? address);
  if (!family) return false;
  return list.check(v4 ?? address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's network address. The production server (scripts/server.ts) appends the address that
 * connected to X-Forwarded-For, as a proxy does, so the header's last entry is the socket's peer. That is
 * the client, unless it is one of the proxies the operator named (CIRCLES_TRUSTED_PROXIES): then the entry
 * that proxy appended is believed, and so on leftwards until an address that is not a trusted proxy.
 * Everything left of that is whatever the client chose to send, and never read.
 */
export function clientIp(headers: RequestHeaders, trusted: BlockList = TRUSTED): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (chain.length === 0) return "unknown";
  for (let i = chain.length - 1; i > 0; i--) if (!isTrusted(trusted, chain[i]!)) return chain[i]!;
  return chain[0]!;
}

/**
 * Whether the browser's request came over HTTPS: to this server directly (`protocol`), or to a proxy the
 * operator trusts that connected to us and says so in X-Forwarded-Proto. Cookies are Secure then.
 */
export function requestIsHttps(headers: RequestHeaders, protocol: string | null = null, trusted: BlockList = TRUSTED): boolean {
  if (protocol === "https:") return true;
  const peer = (headers.get("x-forwarded-for") ?? "").split(",").pop()?.trim();
  if (!peer || !isTrusted(trusted, peer)) return false;
  return (headers.get("x-forwarded-proto") ?? "").split(",").pop()?.trim().toLowerCase() === "https";
}
