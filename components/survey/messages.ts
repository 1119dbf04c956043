// The renderer's own words (not the survey author's), from the "survey" namespace of the respondent
// catalogs (messages/respondent/<locale>.json) through use-intl: the form needs an IntlProvider above it
// (the respondent page has one; the builder's preview uses SurveyIntlProvider). The translator itself
// is handed to the questions, so plurals and placeholders are ICU's, in the catalog.
import { useTranslations } from "use-intl";

export type TSurveyMessages = ReturnType<typeof useTranslations<"survey">>;

/** The renderer's translator in the surrounding IntlProvider's locale. */
export function useSurveyMessages(): TSurveyMessages {
  return useTranslations("survey");
}

/** The hint under a multiple-choice question, or null when any number of choices is fine. */
export function selectionHint(messages: TSurveyMessages, minSelections: number, max: number | undefined): string | null {
  // An answer always has at least one choice, so a minimum of 1 needs no words.
  const min = minSelections <= 1 && max !== 1 ? 0 : minSelections;
  if (max !== undefined && min > 0) return min === max ? messages("chooseExactly", { count: min }) : messages("chooseBetween", { min, max });
  if (max !== undefined) return messages("chooseAtMost", { max });
  if (min > 0) return messages("chooseAtLeast", { min });
  return null;
}
