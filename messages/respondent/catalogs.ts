// The respondent's words, one ICU message catalog per locale (JSON beside this file), read through
// use-intl. English is the reference: every other catalog has exactly its keys (lib/i18n test).
// The app hands use-intl these catalogs compiled (compiled.ts); the raw text is the source and what the
// catalog test reads.
import type { TLanguage } from "@/lib/survey/languages";
import ar from "./ar.json";
import de from "./de.json";
import en from "./en.json";
import es from "./es.json";
import fr from "./fr.json";
import pt from "./pt.json";

export type TRespondentCatalog = typeof en;
/** What the respondent's phone needs; the server pages' words ("pages") stay on the server. */
export type TRespondentClientMessages = Pick<TRespondentCatalog, "respondent" | "survey" | "companions">;

/** `satisfies` makes a catalog that lacks one of English's keys a type error too. */
export const RESPONDENT_CATALOGS = { en, es, fr, de, pt, ar } satisfies Partial<Record<TLanguage, TRespondentCatalog>>;
export type TRespondentLocale = keyof typeof RESPONDENT_CATALOGS;
export const RESPONDENT_LOCALES = Object.keys(RESPONDENT_CATALOGS) as TRespondentLocale[];

export function hasCatalog(language: string): language is TRespondentLocale {
  return Object.hasOwn(RESPONDENT_CATALOGS, language);
}

/** The catalog of `language`, else English (a survey may be written in a language we have no words for yet). */
export function respondentCatalog(language: TLanguage): TRespondentCatalog {
  return hasCatalog(language) ? RESPONDENT_CATALOGS[language] : en;
}

import type {} from "use-intl";

declare module "use-intl" {
  interface AppConfig {
    // Keys of useTranslations()/createTranslator() are checked against the English catalog.
    Messages: TRespondentCatalog;
  }
}
