"use client";
// The preview's controls and phone frame around the respondent renderer. Answers live here only:
// conditions react to them, and nothing is ever sent.
import { useEffect, useRef, useState } from "react";
import { SurveyForm } from "@/components/survey/survey-form";
import { SurveyIntlProvider, type TSurveyRendererMessages } from "@/components/survey/survey-intl-provider";
import type { TSurveyDefinition } from "@/lib/survey/definition";
import { LANGUAGES, localize, textDirection, type TLanguage } from "@/lib/survey/languages";
import type { TAnswers } from "@/lib/survey/logic";

export function SurveyPreview({
  definition,
  versionNumber,
  versionStatus,
  initialPerspective,
  initialLanguage,
  messages,
}: {
  definition: TSurveyDefinition;
  versionNumber: number;
  versionStatus: string;
  initialPerspective: string;
  initialLanguage: TLanguage;
  /** The renderer's words for each of the survey's languages (compiled on the server). */
  messages: TSurveyRendererMessages;
}) {
  const [perspectiveKey, setPerspectiveKey] = useState(initialPerspective);
  const [language, setLanguage] = useState<TLanguage>(initialLanguage);
  const [answers, setAnswers] = useState<TAnswers>({});
  const [submitted, setSubmitted] = useState(false);
  // Bumped by "Reset answers" so the form starts again on its first page.
  const [run, setRun] = useState(0);

  const notice = useRef<HTMLDivElement>(null);
  // The Submit button is gone once the notice shows: keyboard and screen-reader users land on the notice.
  useEffect(() => {
    if (submitted) notice.current?.focus();
  }, [submitted]);

  const staffLanguage = "en";
  const perspective = definition.perspectives.find((p) => p.key === perspectiveKey);
  const perspectiveLabel = perspective ? localize(perspective.label, staffLanguage, definition.defaultLanguage) : perspectiveKey;

  // Keep the address in step so the view can be shared or reloaded as it is.
  function remember(next: { perspective?: string; lang?: string }) {
    const url = new URL(window.location.href);
    if (next.perspective) url.searchParams.set("perspective", next.perspective);
    if (next.lang) url.searchParams.set("lang", next.lang);
    window.history.replaceState(null, "", url);
  }

  function reset() {
    setAnswers({});
    setSubmitted(false);
    setRun((r) => r + 1);
  }

  return (
    <div className="mt-1">
      <h1 className="text-2xl font-semibold">Preview as {perspectiveLabel}</h1>
      <p className="mt-1 text-sm text-slate-700">
        {definition.name} · version {versionNumber} ({versionStatus}). Answers here are kept in this page only and never
        saved.
      </p>

      <div className="mt-6 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="preview-perspective" className="block text-sm font-medium">
            Perspective
          </label>
          <select
            id="preview-perspective"
            value={perspectiveKey}
            onChange={(e) => {
              setPerspectiveKey(e.target.value);
              remember({ perspective: e.target.value });
            }}
            className="mt-1 block min-h-11 rounded-md border border-slate-500 bg-white px-3 text-base"
          >
            {definition.perspectives.map((p) => (
              <option key={p.key} value={p.key}>
                {localize(p.label, staffLanguage, definition.defaultLanguage)}
                {p.primary ? " (primary)" : ""}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="preview-language" className="block text-sm font-medium">
            Language
          </label>
          <select
            id="preview-language"
            value={language}
            onChange={(e) => {
              const next = definition.languages.find((l) => l === e.target.value);
              if (!next) return;
              setLanguage(next);
              remember({ lang: next });
            }}
            className="mt-1 block min-h-11 rounded-md border border-slate-500 bg-white px-3 text-base"
          >
            {definition.languages.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGES[l].name}
                {l === definition.defaultLanguage ? " (default)" : ""}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          onClick={reset}
          className="min-h-11 rounded-md border border-slate-500 bg-white px-4 text-base font-medium hover:bg-slate-100"
        >
          Reset answers
        </button>
      </div>

      {/* A phone-sized, scrollable frame on wide screens; the full width on a phone. */}
      <section
        aria-label={`Phone preview as ${perspectiveLabel}`}
        className="mt-6 w-full overflow-y-auto bg-white sm:mx-auto sm:h-[780px] sm:max-w-[390px] sm:rounded-[2rem] sm:border-8 sm:border-slate-800 sm:shadow-lg max-sm:rounded-lg max-sm:border max-sm:border-slate-300"
      >
        <div className="px-4 py-5">
          <p dir={textDirection(language)} lang={language} className="border-b border-slate-200 pb-3 text-start text-base font-bold text-brand-800">
            {definition.name}
          </p>
          <div className="mt-4">
            {submitted ? (
              <div ref={notice} tabIndex={-1} role="status" className="rounded-lg border-2 border-brand-700 bg-brand-50 p-4 text-start">
                <p className="font-semibold">This is a preview: nothing is saved.</p>
                <p className="mt-1 text-sm text-slate-700">A respondent would now see the thank-you page.</p>
                <button
                  type="button"
                  onClick={reset}
                  className="mt-4 min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
                >
                  Start again
                </button>
              </div>
            ) : (
              <SurveyIntlProvider language={language} messages={messages[language] ?? messages[definition.defaultLanguage]}>
                <SurveyForm
                  key={run}
                  definition={definition}
                  perspectiveKey={perspectiveKey}
                  language={language}
                  answers={answers}
                  onAnswer={(itemKey, value) => setAnswers((a) => ({ ...a, [itemKey]: value }))}
                  onSubmit={() => setSubmitted(true)}
                />
              </SurveyIntlProvider>
            )}
          </div>
        </div>
      </section>
    </div>
  );
}
