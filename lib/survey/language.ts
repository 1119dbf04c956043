// Languages a survey can be written in, and text given per language.
import { z } from "zod";

/** BCP 47 primary tags the product ships with; right-to-left ones are marked. */
export const LANGUAGES = {
  en: { name: "English", dir: "ltr" },
  es: { name: "Español", dir: "ltr" },
  fr: { name: "Français", dir: "ltr" },
  de: { name: "Deutsch", dir: "ltr" },
  pt: { name: "Português", dir: "ltr" },
  pl: { name: "Polski", dir: "ltr" },
  ar: { name: "العربية", dir: "rtl" },
  he: { name: "עברית", dir: "rtl" },
  ur: { name: "اردو", dir: "rtl" },
} as const;

export type TLanguage = keyof typeof LANGUAGES;
export const ZLanguage = z.enum(Object.keys(LANGUAGES) as [TLanguage, ...TLanguage[]]);

export function textDirection(language: TLanguage): "ltr" | "rtl" {
  return LANGUAGES[language].dir;
}

/** Short text shown to respondents, given per language: `{ en: "…", es: "…" }`. */
export const ZLocalizedText = z.partialRecord(ZLanguage, z.string().trim().min(1).max(2000));
export type TLocalizedText = z.infer<typeof ZLocalizedText>;

/** The text in `language`, else in `fallback`, else the first one given. */
export function localize(text: TLocalizedText, language: TLanguage, fallback: TLanguage = "en"): string {
  return text[language] ?? text[fallback] ?? Object.values(text).find((v) => v !== undefined) ?? "";
}
