// An organisation's settings as admins edit them: validated the same way by the form and the service.
import { z } from "zod";
import { ZLanguage } from "@/lib/survey/language";
import { MIN_ANONYMITY_THRESHOLD } from "@/lib/wave/settings";

export const MIN_RETENTION_DAYS = 30;
export const MAX_RETENTION_DAYS = 3650;
export const MAX_LOGO_BYTES = 512 * 1024;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .transform((v) => (v === "" ? null : v))
    .nullable();

export const ZOrganisationSettings = z.strictObject({
  name: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters"),
  defaultLanguage: ZLanguage,
  defaultAnonymityThreshold: z
    .int("must be a whole number")
    .min(MIN_ANONYMITY_THRESHOLD, `must be at least ${MIN_ANONYMITY_THRESHOLD}`)
    .max(100, "must be at most 100"),
  /** Shown to respondents on the welcome page: whom to contact with questions. */
  contactText: optionalText(1000),
  /** Shown to respondents on the welcome page: what happens to their answers. */
  privacyText: optionalText(4000),
  /** Days personal data is kept; null keeps it until erased. */
  retentionDays: z
    .int("must be a whole number of days")
    .min(MIN_RETENTION_DAYS, `must be at least ${MIN_RETENTION_DAYS} days`)
    .max(MAX_RETENTION_DAYS, `must be at most ${MAX_RETENTION_DAYS} days`)
    .nullable(),
});
export type TOrganisationSettings = z.infer<typeof ZOrganisationSettings>;

export type TImageType = "image/png" | "image/jpeg" | "image/webp";

/** The image type from the file's first bytes (its magic number), whatever its name or declared type says. */
export function detectImageType(bytes: Uint8Array): TImageType | null {
  const starts = (offset: number, signature: number[]) => signature.every((b, i) => bytes[offset + i] === b);
  if (starts(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (starts(0, [0xff, 0xd8, 0xff])) return "image/jpeg";
  // RIFF <size> WEBP
  if (starts(0, [0x52, 0x49, 0x46, 0x46]) && starts(8, [0x57, 0x45, 0x42, 0x50])) return "image/webp";
  return null;
}
