// Respondent link tokens: 144 random bits, base64url (24 characters, short enough for a QR code or an SMS).
// The database keeps the token's SHA-256 (to find the respondent) and the token sealed with AES-256-GCM
// (so that reminders and a reprinted QR code carry the same link); never the token itself.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

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

/** `v1.<iv>.<ciphertext+tag>`, base64url; `key` is 32 bytes. */
export function sealToken(token: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(token, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return `v1.${iv.toString("base64url")}.${body.toString("base64url")}`;
}

/** The token, or null when it was sealed with another key (the secret changed) or tampered with. */
export function unsealToken(sealed: string, key: Buffer): string | null {
  const [version, iv, body] = sealed.split(".");
  if (version !== "v1" || !iv || !body) return null;
  try {
    const raw = Buffer.from(body, "base64url");
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    return Buffer.concat([decipher.update(raw.subarray(0, raw.length - 16)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
