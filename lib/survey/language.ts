// The schemas of languages and per-language text (the plain data and helpers are in languages.ts).
import { z } from "zod";
import { LANGUAGES, type TLanguage, type TLocalizedText } from "./languages";

export const ZLanguage = z.enum(Object.keys(LANGUAGES) as [TLanguage, ...TLanguage[]]);

export const ZLocalizedText: z.ZodType<TLocalizedText, TLocalizedText> = z.partialRecord(
  ZLanguage,
  z.string().trim().min(1).max(2000),
);
