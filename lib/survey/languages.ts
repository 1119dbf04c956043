// Languages a survey can be written in, and text given per language. No zod here: respondent pages
// import this at run time and must stay lean (the schemas are in language.ts).

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

/** Short text shown to respondents, given per language: `{ en: "…", es: "…" }`. */
export type TLocalizedText = Partial<Record<TLanguage, string>>;

export function textDirection(language: TLanguage): "ltr" | "rtl" {
  return LANGUAGES[language].dir;
}

/** The text in `language`, else in `fallback`, else the first one given. */
export function localize(text: TLocalizedText, language: TLanguage, fallback: TLanguage = "en"): string {
  return text[language] ?? text[fallback] ?? Object.values(text).find((v) => v !== undefined) ?? "";
}
