// A circle as staff start it (or an import row group describes it): attributes and the people in it.
import { z } from "zod";
import { ZLanguage } from "@/lib/survey/language";

export const ZPhone = z
  .string()
  .trim()
  .transform((v) => v.replace(/[\s()-]/g, ""))
  .pipe(z.string().regex(/^\+[1-9]\d{7,14}$/, "must be an international number such as +44 7700 900123"));

export const ZNewRespondent = z.strictObject({
  perspectiveKey: z.string().trim().min(1).max(64),
  relationship: z.string().trim().max(60).nullish(),
  name: z.string().trim().max(200).nullish(),
  email: z.email("must be an email address").max(254).nullish(),
  phone: ZPhone.nullish(),
  language: ZLanguage.nullish(),
});
export type TNewRespondent = z.infer<typeof ZNewRespondent>;

export const ZExternalRef = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9._/-]+$/, "use letters, digits and . _ / - only");

export const ZNewCircle = z.strictObject({
  externalRef: ZExternalRef.nullish(),
  site: z.string().trim().min(1).max(100).nullish(),
  unit: z.string().trim().min(1).max(100).nullish(),
  experienceDate: z.iso.date("must be a date such as 2026-11-23").nullish(),
  respondents: z.array(ZNewRespondent).min(1, "add at least the primary respondent").max(50),
});
export type TNewCircle = z.infer<typeof ZNewCircle>;
