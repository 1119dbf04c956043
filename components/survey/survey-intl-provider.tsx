"use client";
// The renderer's words outside the respondent page (the builder's preview, on the staff side), handed
// over by the server page already compiled, like the respondent page's (messages/respondent/compiled.ts).
import type { ReactNode } from "react";
import { IntlProvider } from "use-intl";
import type { TLanguage } from "@/lib/survey/languages";
import type { TRespondentCatalog } from "@/messages/respondent/catalogs";

export type TSurveyRendererMessages = Partial<Record<TLanguage, Pick<TRespondentCatalog, "survey">>>;

export function SurveyIntlProvider({
  language,
  messages,
  children,
}: {
  language: TLanguage;
  messages: Pick<TRespondentCatalog, "survey"> | undefined;
  children: ReactNode;
}) {
  return (
    <IntlProvider locale={language} messages={messages} timeZone="UTC">
      {children}
    </IntlProvider>
  );
}
