// Respondent link tokens: 144 random bits, base64url (24 characters, short enough for a QR code or an SMS).
// Only the SHA-256 of a token is stored; a token is high-entropy, so no salt or slow hash is needed.
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_BYTES = 18;

export function generateToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function looksLikeToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{24}$/.test(value);
}
