// The key that seals respondent link tokens, derived from the app's secret (never the secret itself).
import { hkdfSync } from "node:crypto";
import { authSecret } from "./auth-secret";

let key: Buffer | undefined;

export function linkKey(): Buffer {
  key ??= Buffer.from(hkdfSync("sha256", authSecret(), "circles", "respondent-link-token", 32));
  return key;
}
