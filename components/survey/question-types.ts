// What every question component receives from the survey form.
import type { TItemDefinition } from "@/lib/survey/definition";
import type { TLanguage } from "@/lib/survey/languages";
import type { TAnswerValue } from "@/lib/survey/logic";
import type { TSurveyMessages } from "./messages";
import type { TWords } from "./text";

export type THeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export type TQuestionProps<T extends TItemDefinition["type"]> = {
  item: Extract<TItemDefinition, { type: T }>;
  /** Unique on the page; the fieldset's id, and the prefix of its inputs' ids and name. */
  id: string;
  /** The question as this perspective reads it, in the chosen language. */
  text: TWords;
  language: TLanguage;
  /** The survey's default language: used where a label is missing in `language`. */
  fallbackLanguage: TLanguage;
  messages: TSurveyMessages;
  value: TAnswerValue | undefined;
  /** `committed` is false only while text is being typed (true again on blur). */
  onChange: (value: TAnswerValue | undefined, committed: boolean) => void;
  error: string | null;
  headingLevel: THeadingLevel;
};
