"use client";
// The renderer's words outside the respondent page (the builder's preview, on the staff side): every
// catalog is bundled here, which only staff pages load; the respondent page gets its catalogs as props.
import type { ReactNode } from "react";
import { IntlProvider } from "use-intl";
import type { TLanguage } from "@/lib/survey/languages";
import { respondentCatalog } from "@/messages/respondent/catalogs";

export function SurveyIntlProvider({ language, children }: { language: TLanguage; children: ReactNode }) {
  const { survey } = respondentCatalog(language);
  return (
    <IntlProvider locale={language} messages={{ survey }} timeZone="UTC">
      {children}
    </IntlProvider>
  );
}
