// Text direction per language, without importing lib/survey/language.ts at run time: that module
// builds zod schemas at load, which would put all of zod into the respondent's JavaScript. The table
// is checked against LANGUAGES by type, so adding a language or changing a direction fails to compile
// until it is updated here too.
import type { LANGUAGES, TLanguage } from "@/lib/survey/language";

const DIRECTIONS: { [K in TLanguage]: (typeof LANGUAGES)[K]["dir"] } = {
  en: "ltr",
  es: "ltr",
  fr: "ltr",
  de: "ltr",
  pt: "ltr",
  pl: "ltr",
  ar: "rtl",
  he: "rtl",
  ur: "rtl",
};

export function textDirection(language: TLanguage): "ltr" | "rtl" {
  return DIRECTIONS[language];
}
