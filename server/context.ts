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

/**
 * The client's network address, from X-Forwarded-For (the production server, scripts/server.ts, appends
 * the address of whoever connected, as a proxy does). Entries are read from the right, skipping private
 * and loopback addresses (our own proxies and load balancers): the first public one is the client. The
 * entries left of it are whatever the client chose to send, so they are never trusted. When every entry
 * is private (an intranet), the leftmost is taken.
 */
export function clientIp(headers: RequestHeaders): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (chain.length === 0) return headers.get("x-real-ip")?.trim() || "unknown";
  for (let i = chain.length - 1; i >= 0; i--) if (!isPrivateAddress(chain[i]!)) return chain[i]!;
  return chain[0]!;
}

export function isPrivateAddress(ip: string): boolean {
  const address = ip.toLowerCase().replace(/^::ffff:(?=\d+\.)/, "");
  const v4 = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(address);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
  }
  // Loopback, unique local (fc00::/7) and link-local (fe80::/10).
  return address === "::1" || /^f[cd][0-9a-f]{0,2}:/.test(address) || /^fe[89ab][0-9a-f]?:/.test(address);
}
