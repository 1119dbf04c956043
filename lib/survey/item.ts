// The item types of a survey and their settings: one discriminated union, checked before every write.
import { z } from "zod";
import { ZLanguage, ZLocalizedText } from "./language";

export const ITEM_TYPES = ["rating5", "rating10", "yesNo", "singleChoice", "multipleChoice", "text"] as const;
export const ZItemType = z.enum(ITEM_TYPES);
export type TItemType = z.infer<typeof ZItemType>;

export const ZChoice = z.strictObject({
  value: z.string().trim().regex(/^[a-z0-9_-]{1,40}$/, "a choice value is 1–40 lowercase letters, digits, - or _"),
  label: ZLocalizedText,
});

// One schema per type; the builder's item definition extends each with what every item has.
// Choice lists may be empty in a draft: publishing refuses that (validate.ts), saving does not.
export const ZRating5Config = z.strictObject({
  type: z.literal("rating5"),
  /** Five labels per language, from least to most favourable. */
  labels: z.partialRecord(ZLanguage, z.array(z.string().trim().min(1).max(200)).length(5)),
});
export const ZRating10Config = z.strictObject({
  type: z.literal("rating10"),
  lowLabel: ZLocalizedText,
  highLabel: ZLocalizedText,
});
export const ZYesNoConfig = z.strictObject({ type: z.literal("yesNo") });
export const ZSingleChoiceConfig = z.strictObject({ type: z.literal("singleChoice"), choices: z.array(ZChoice).max(50) });
export const ZMultipleChoiceConfig = z.strictObject({
  type: z.literal("multipleChoice"),
  choices: z.array(ZChoice).max(50),
  minSelections: z.int().min(0).max(50).default(0),
  maxSelections: z.int().min(1).max(50).optional(),
});
export const ZTextConfig = z.strictObject({ type: z.literal("text"), maxLength: z.int().min(1).max(10_000).default(2000) });

export const ZItemConfig = z.discriminatedUnion("type", [
  ZRating5Config,
  ZRating10Config,
  ZYesNoConfig,
  ZSingleChoiceConfig,
  ZMultipleChoiceConfig,
  ZTextConfig,
]);
export type TItemConfig = z.infer<typeof ZItemConfig>;

/** The numeric range of a scored item, for the 0–100 score: (value − min) / (max − min) × 100. */
export function scaleOf(type: TItemType): { min: number; max: number } | null {
  switch (type) {
    case "rating5":
      return { min: 1, max: 5 };
    case "rating10":
      return { min: 0, max: 10 };
    case "yesNo":
      return { min: 0, max: 1 };
    default:
      return null;
  }
}

/** Shows an item only when an earlier answer of the same respondent matches. */
export const ZCondition = z.strictObject({
  itemKey: z.string().min(1).max(64),
  op: z.enum(["equals", "oneOf", "atLeast", "atMost"]),
  value: z.union([z.number(), z.string().max(200), z.array(z.union([z.number(), z.string().max(200)])).max(50)]),
});
export type TCondition = z.infer<typeof ZCondition>;
