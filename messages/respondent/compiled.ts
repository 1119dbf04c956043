// The respondent catalogs as use-intl reads them in the app: every message compiled ahead of time by
// icu-minify, so the phone formats them with use-intl's small format-only runtime instead of shipping
// an ICU parser (next.config.mjs aliases "use-intl/format-message" to it for every bundle, which is why
// every catalog the app hands to use-intl, on the server or the client, must come from here).
// Compiled once per process, on the server: the compiler never reaches a browser.
import "server-only";
import compile from "icu-minify/compile";
import type { TLanguage } from "@/lib/survey/languages";
import { respondentCatalog, type TRespondentCatalog, type TRespondentClientMessages } from "./catalogs";

type TRawTree = { [key: string]: string | TRawTree };
/** A compiled catalog is opaque data for use-intl; its keys are still checked against English's. */
type TCompiled<T> = { [K in keyof T]: T[K] extends string ? unknown : TCompiled<T[K]> };

/**
 * A message's compiled form as plain JSON: icu-minify builds plural and select options on null-prototype
 * objects, which React will not pass from a server component to the client.
 */
function compileMessage(message: string): unknown {
  return JSON.parse(JSON.stringify(compile(message)));
}

function compileTree(tree: TRawTree): Record<string, unknown> {
  return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, typeof value === "string" ? compileMessage(value) : compileTree(value)]));
}

const compiled = new Map<TRespondentCatalog, TCompiled<TRespondentCatalog>>();

/**
 * The compiled catalog of `language`, else English's. Typed as the raw catalog for use-intl's key
 * checking; the values are icu-minify's compiled form.
 */
export function compiledCatalog(language: TLanguage): TRespondentCatalog {
  const raw = respondentCatalog(language);
  let done = compiled.get(raw);
  if (!done) {
    done = compileTree(raw) as TCompiled<TRespondentCatalog>;
    compiled.set(raw, done);
  }
  return done as unknown as TRespondentCatalog;
}

/** For the respondent page: the client's namespaces, compiled, for each of the survey's languages only. */
export function respondentClientMessages(languages: readonly TLanguage[]): Partial<Record<TLanguage, TRespondentClientMessages>> {
  return Object.fromEntries(
    languages.map((language) => {
      const { respondent, survey, companions } = compiledCatalog(language);
      return [language, { respondent, survey, companions }];
    }),
  );
}

/** For the builder's preview: the renderer's words ("survey"), compiled, for each of the survey's languages. */
export function surveyRendererMessages(languages: readonly TLanguage[]): Partial<Record<TLanguage, Pick<TRespondentCatalog, "survey">>> {
  return Object.fromEntries(languages.map((language) => [language, { survey: compiledCatalog(language).survey }]));
}
