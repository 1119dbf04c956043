// The key that seals respondent link tokens, derived from the app's secret (never the secret itself).
import { hkdfSync } from "node:crypto";
import { env } from "@/lib/env.mjs";
import { authSecret } from "./auth-secret";

let key: Buffer | undefined;
let previous: Buffer[] | undefined;

const derive = (secret: string) => Buffer.from(hkdfSync("sha256", secret, "circles", "respondent-link-token", 32));

/** The key new links are sealed with. */
export function linkKey(): Buffer {
  key ??= derive(authSecret());
  return key;
}

/** Every key a stored link may be sealed with: the current one first, then those of rotated secrets. */
export function linkKeys(): Buffer[] {
  previous ??= env.CIRCLES_PREVIOUS_SECRETS.map(derive);
  return [linkKey(), ...previous];
}
