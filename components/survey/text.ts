// The admin-written words of a survey in the respondent's language, falling back to the survey's
// default. Words that fell back say which language they are in, so a screen reader pronounces them
// right and an English question inside an Arabic form still reads left to right.
import type { TItemDefinition, TSurveyDefinition } from "@/lib/survey/definition";
import type { TLanguage } from "@/lib/survey/languages";
import { textDirection } from "@/lib/survey/languages";

export type TWords = { text: string; /** Set only when it differs from the form's language. */ lang?: TLanguage };

function pick<T>(values: Partial<Record<TLanguage, T>>, language: TLanguage, fallback: TLanguage): { value: T; lang: TLanguage } | null {
  for (const lang of [language, fallback, ...(Object.keys(values) as TLanguage[])]) {
    const value = values[lang];
    if (value !== undefined) return { value, lang };
  }
  return null;
}

export function words(text: Partial<Record<TLanguage, string>>, language: TLanguage, fallback: TLanguage): TWords {
  const found = pick(text, language, fallback);
  if (!found) return { text: "" };
  return { text: found.value, lang: found.lang === language ? undefined : found.lang };
}

/** `lang` and `dir` for an element showing `w`, when its language is not the form's. */
export function langAttributes(w: TWords): { lang?: string; dir?: "ltr" | "rtl" } {
  return w.lang ? { lang: w.lang, dir: textDirection(w.lang) } : {};
}

export function questionText(definition: TSurveyDefinition, item: TItemDefinition, perspectiveKey: string, language: TLanguage): TWords {
  const found = words(item.wording[perspectiveKey] ?? {}, language, definition.defaultLanguage);
  return found.text ? found : { text: item.key };
}

/** The five labels of a 5-point item, least to most favourable. */
export function rating5Labels(labels: Partial<Record<TLanguage, string[]>>, language: TLanguage, fallback: TLanguage): TWords[] {
  const found = pick(labels, language, fallback);
  const lang = found && found.lang !== language ? found.lang : undefined;
  return [1, 2, 3, 4, 5].map((n) => ({ text: found?.value[n - 1] ?? String(n), lang }));
}
