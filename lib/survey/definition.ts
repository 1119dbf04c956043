// The portable survey definition: what the builder edits, what export/import read and write, and what
// a version's rows are made from. Structure only (types, sizes, no unknown fields); the rules that
// block publishing — but never saving a draft — are in validate.ts.
import { z } from "zod";
import {
  ZCondition,
  ZMultipleChoiceConfig,
  ZRating10Config,
  ZRating5Config,
  ZSingleChoiceConfig,
  ZTextConfig,
  ZYesNoConfig,
} from "./item";
import { ZLanguage, ZLocalizedText } from "./language";

export const SURVEY_FORMAT = "circles.survey/1";

/** Keys are stable across versions (trends follow them): lowercase letters, digits and underscores. */
export const ZKey = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,63}$/, "a key is 1–64 lowercase letters, digits or _, starting with a letter");

export const ZPerspectiveDefinition = z.strictObject({
  key: ZKey,
  label: ZLocalizedText,
  primary: z.boolean().default(false),
  /** How many respondents of this perspective one circle may have (the primary: exactly 1). */
  limitPerCircle: z.int().min(1).max(50).default(1),
  invitableBy: z
    .strictObject({ organisation: z.boolean(), respondent: z.boolean() })
    .default({ organisation: true, respondent: false }),
  /**
   * Speaks for the organisation (staff, a claims handler, an agent), not for the people it serves:
   * reports call its scores above the primary's a blind spot and below them a hidden strength.
   */
  provider: z.boolean().default(false),
});
export type TPerspectiveDefinition = z.infer<typeof ZPerspectiveDefinition>;

const ZItemBase = z.strictObject({
  key: ZKey,
  required: z.boolean().default(false),
  /** Items with the same page number are shown on one screen, pages in increasing order. */
  page: z.int().min(1).max(100).default(1),
  /** Shown only when an earlier answer of the same respondent matches. */
  condition: ZCondition.nullable().default(null),
  /** The perspectives asked this item (by key)… */
  askedOf: z.array(ZKey).max(20).default([]),
  /** …and the words each of them reads, per language: `{ family: { en: "…", es: "…" } }`. */
  wording: z.record(ZKey, ZLocalizedText).default({}),
});

export const ZItemDefinition = z.discriminatedUnion("type", [
  ZItemBase.extend(ZRating5Config.shape),
  ZItemBase.extend(ZRating10Config.shape),
  ZItemBase.extend(ZYesNoConfig.shape),
  ZItemBase.extend(ZSingleChoiceConfig.shape),
  ZItemBase.extend(ZMultipleChoiceConfig.shape),
  ZItemBase.extend(ZTextConfig.shape),
]);
export type TItemDefinition = z.infer<typeof ZItemDefinition>;

export const ZSurveyDefinition = z.strictObject({
  format: z.literal(SURVEY_FORMAT),
  name: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters"),
  description: z.string().trim().max(2000, "must be at most 2000 characters").default(""),
  defaultLanguage: ZLanguage,
  languages: z.array(ZLanguage).min(1).max(20),
  /** Welcome text per language: who is asking and why. */
  intro: ZLocalizedText.default({}),
  perspectives: z.array(ZPerspectiveDefinition).min(1).max(20),
  items: z.array(ZItemDefinition).max(300),
});
export type TSurveyDefinition = z.infer<typeof ZSurveyDefinition>;
/** What a file or a client may send, before defaults are filled in. */
export type TSurveyDefinitionInput = z.input<typeof ZSurveyDefinition>;

/** Splits an item definition into its type settings (the `config` column) and what every item has. */
export function itemConfigOf(item: TItemDefinition) {
  const { key: _key, required: _required, page: _page, condition: _condition, askedOf: _askedOf, wording: _wording, ...config } =
    item;
  return config;
}
