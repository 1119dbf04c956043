// Links emailed to staff (member invitations, password resets): 144 random bits like respondent links,
// kept as a SHA-256 to find them and sealed under a key of their own (derived from the app secret), so that
// the worker can put the link in the email; the sealed copy is dropped once the link is used.
import { hkdfSync } from "node:crypto";
import { authSecret } from "@/server/auth-secret";
import { generateToken, hashToken, looksLikeToken, sealToken, unsealToken } from "@/server/tokens";

let key: Buffer | undefined;
function staffLinkKey(): Buffer {
  key ??= Buffer.from(hkdfSync("sha256", authSecret(), "circles", "staff-link-token", 32));
  return key;
}

export type StaffLink = { token: string; tokenHash: string; tokenSealed: string };

export function issueStaffLink(): StaffLink {
  const token = generateToken();
  return { token, tokenHash: hashToken(token), tokenSealed: sealToken(token, staffLinkKey()) };
}

/** The token again, if it was sealed with this app's key and still matches the stored hash. */
export function recoverStaffLink(row: { tokenHash: string; tokenSealed: string | null }): string | null {
  if (!row.tokenSealed) return null;
  const token = unsealToken(row.tokenSealed, staffLinkKey());
  return token && hashToken(token) === row.tokenHash ? token : null;
}

/** The hash to look a link up by, or null for anything that cannot be a token (never reaches the database). */
export function staffLinkHash(token: string): string | null {
  return looksLikeToken(token) ? hashToken(token) : null;
}
