// The respondent pages rendered on the server alone (invalid link, closed survey, opt-out): their words
// in the browser's language among the catalogs (Accept-Language), through use-intl's createTranslator.
import "server-only";
import { headers } from "next/headers";
import { createTranslator } from "use-intl/core";
import { acceptedLanguage } from "@/components/respondent/preferred-language";
import { textDirection } from "@/lib/survey/languages";
import { RESPONDENT_LOCALES } from "./catalogs";
import { compiledCatalog } from "./compiled";

export async function respondentPageText() {
  const locale = acceptedLanguage((await headers()).get("accept-language"), RESPONDENT_LOCALES) ?? "en";
  const t = createTranslator({ locale, messages: compiledCatalog(locale), namespace: "pages", timeZone: "UTC" });
  return { t, lang: locale, dir: textDirection(locale) };
}
