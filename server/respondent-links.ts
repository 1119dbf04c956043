// Issuing a respondent's personal link: the token is returned once to the caller; the database keeps its
// hash and its sealed form.
import { generateToken, hashToken, sealToken, unsealToken } from "./tokens";
import { linkKey, linkKeys } from "./link-key";

export type IssuedLink = { token: string; tokenHash: string; tokenSealed: string };

export function issueLink(): IssuedLink {
  const token = generateToken();
  return { token, tokenHash: hashToken(token), tokenSealed: sealToken(token, linkKey()) };
}

/** The link token again (for a reminder or a reprinted QR code), if it is still the one whose hash is stored. */
export function recoverLink(row: { tokenHash: string | null; tokenSealed: string | null }): string | null {
  if (!row.tokenHash || !row.tokenSealed) return null;
  for (const key of linkKeys()) {
    const token = unsealToken(row.tokenSealed, key);
    if (token && hashToken(token) === row.tokenHash) return token;
  }
  return null;
}
