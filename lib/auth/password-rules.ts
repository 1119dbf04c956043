// What a new staff password must be: long enough to resist guessing (NIST SP 800-63B: length, no
// composition rules), short enough to hash cheaply. Shared by the forms and the services.
import { z } from "zod";

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

export const ZNewPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`);

export const ZEmail = z
  .email("must be an email address")
  .max(254, "must be at most 254 characters")
  .transform((v) => v.toLowerCase());

/** `m•••@example.org`: enough for the owner to recognise the address, not enough to read it off a screen. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "•••";
  return `${email[0]}•••${email.slice(at)}`;
}
