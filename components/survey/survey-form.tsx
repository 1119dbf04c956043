"use client";
// The respondent's survey for one perspective in one language: one page at a time, conditions applied
// live, Next blocked (with the reason, announced) while a required visible question is unanswered.
// Controlled: the parent owns the answers and decides what saving and submitting mean.
import { useEffect, useId, useRef, useState } from "react";
import type { TItemDefinition, TSurveyDefinition } from "@/lib/survey/definition";
import type { TLanguage } from "@/lib/survey/languages";
import { textDirection } from "@/lib/survey/languages";
import { hasAnswer, missingRequired, pagesFor, type TAnswers, type TAnswerValue } from "@/lib/survey/logic";
import { selectionHint, useSurveyMessages, type TSurveyMessages } from "./messages";
import { MultipleChoiceQuestion } from "./multiple-choice-question";
import type { THeadingLevel } from "./question-types";
import { Rating10Question } from "./rating10-question";
import { Rating5Question } from "./rating5-question";
import { SingleChoiceQuestion } from "./single-choice-question";
import { TextQuestion } from "./text-question";
import { questionText } from "./text";
import { YesNoQuestion } from "./yes-no-question";

/** Where the parent's saving of answers stands; shown under the buttons. */
export type TSaveState = "idle" | "saving" | "saved" | "savedOnDevice" | "error";

export type SurveyFormProps = {
  definition: TSurveyDefinition;
  perspectiveKey: string;
  language: TLanguage;
  answers: TAnswers;
  /** Every change of an answer; `undefined` clears it. `committed` is false only while text is being typed. */
  onAnswer: (itemKey: string, value: TAnswerValue | undefined, meta: { committed: boolean }) => void;
  /** Called from the last page once every required visible question is answered. */
  onSubmit: () => void;
  submitting?: boolean;
  savedState?: TSaveState;
  /** A message (in the respondent's language) shown and announced above the buttons, e.g. when sending failed. */
  submitError?: string | null;
  /** Level of the page heading ("Page 2 of 4"); questions are one level below. Default 2. */
  headingLevel?: 1 | 2 | 3 | 4 | 5;
  /** The page number to open on (e.g. when a respondent comes back); default the first page. */
  initialPage?: number;
};

type TPage = { page: number; items: TItemDefinition[] };

/** The index of the page numbered `page`; if conditions removed it, the next one (else the last). */
function indexOfPage(pages: TPage[], page: number | null): number {
  if (page === null || pages.length === 0) return 0;
  const exact = pages.findIndex((p) => p.page === page);
  if (exact !== -1) return exact;
  const after = pages.findIndex((p) => p.page > page);
  return after !== -1 ? after : pages.length - 1;
}

/**
 * What is wrong with a given answer, as the respondent should read it. The controls only produce
 * values of the right kind, so only the number of selections and the length of text can be off
 * (the server checks everything again with lib/survey/answer.ts).
 */
function answerProblem(item: TItemDefinition, value: TAnswerValue, messages: TSurveyMessages): string | null {
  if (item.type === "multipleChoice" && Array.isArray(value)) {
    const max = item.maxSelections ?? item.choices.length;
    if (value.length < item.minSelections || value.length > max) {
      return selectionHint(messages, item.minSelections, item.maxSelections) ?? messages("checkAnswer");
    }
  }
  if (item.type === "text" && typeof value === "string" && value.trim().length > item.maxLength) return messages("tooLong");
  return null;
}

export function SurveyForm({
  definition,
  perspectiveKey,
  language,
  answers,
  onAnswer,
  onSubmit,
  submitting = false,
  savedState = "idle",
  submitError = null,
  headingLevel = 2,
  initialPage,
}: SurveyFormProps) {
  const uid = useId();
  const messages = useSurveyMessages();
  const pages = pagesFor(definition, perspectiveKey, answers);
  const [pageNumber, setPageNumber] = useState<number | null>(initialPage ?? null);
  // The page on which Next/Submit was refused (its errors stay live until it is left), and a counter
  // that re-inserts the alert so a second refusal is announced again.
  const [refused, setRefused] = useState<{ page: number; attempt: number } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const pendingFocus = useRef<{ kind: "heading" } | { kind: "item"; key: string } | null>(null);

  const index = indexOfPage(pages, pageNumber);
  const current = pages[index];
  const isLast = index >= pages.length - 1;
  const fallbackLanguage = definition.defaultLanguage;
  const itemId = (key: string) => `${uid}-q-${key}`;
  const headingId = `${uid}-page`;

  useEffect(() => {
    const target = pendingFocus.current;
    if (!target || !formRef.current) return;
    pendingFocus.current = null;
    if (target.kind === "heading") {
      document.getElementById(headingId)?.focus();
      return;
    }
    const fieldset = document.getElementById(itemId(target.key));
    const input = fieldset?.querySelector<HTMLElement>("input:checked") ?? fieldset?.querySelector<HTMLElement>("input, textarea");
    input?.focus();
  });

  function errorsOf(page: TPage): Map<string, string> {
    const missing = new Set(missingRequired(definition, perspectiveKey, answers));
    const errors = new Map<string, string>();
    for (const item of page.items) {
      const value = answers[item.key];
      if (missing.has(item.key)) errors.set(item.key, messages("pleaseAnswer"));
      else if (hasAnswer(value)) {
        const problem = answerProblem(item, value, messages);
        if (problem) errors.set(item.key, problem);
      }
    }
    return errors;
  }

  function refuse(page: TPage, firstKey: string) {
    setPageNumber(page.page);
    setRefused((r) => ({ page: page.page, attempt: (r?.attempt ?? 0) + 1 }));
    pendingFocus.current = { kind: "item", key: firstKey };
  }

  function goTo(page: TPage) {
    setPageNumber(page.page);
    setRefused(null);
    pendingFocus.current = { kind: "heading" };
  }

  function forward() {
    if (submitting) return;
    if (current) {
      const first = [...errorsOf(current).keys()][0];
      if (first) return refuse(current, first);
    }
    const next = pages[index + 1];
    if (!isLast && next) return goTo(next);
    // Last page: an earlier page can still lack an answer if a later answer revealed a question there.
    for (const page of pages) {
      const first = [...errorsOf(page).keys()][0];
      if (first) return refuse(page, first);
    }
    onSubmit();
  }

  const errors = current && refused?.page === current.page ? errorsOf(current) : new Map<string, string>();
  const Heading = `h${headingLevel}` as const;
  const questionHeading = (headingLevel + 1) as THeadingLevel;
  const savedText = { idle: "", saving: messages("saving"), saved: messages("saved"), savedOnDevice: "", error: "" }[savedState];
  const saveProblem = { idle: "", saving: "", saved: "", savedOnDevice: messages("savedOnDevice"), error: messages("saveFailed") }[savedState];

  return (
    <form
      method="post"
      ref={formRef}
      dir={textDirection(language)}
      lang={language}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        forward();
      }}
      className="@container text-start text-slate-900"
    >
      {current ? (
        <>
          <div>
            <Heading id={headingId} tabIndex={-1} className="text-base font-semibold text-slate-700">
              {messages("pageOf", { page: index + 1, pages: pages.length })}
            </Heading>
            <div aria-hidden="true" className="mt-2 h-2 overflow-hidden rounded-full bg-slate-200">
              <div
                className="h-full rounded-full bg-brand-700 transition-[width] duration-300 motion-reduce:transition-none"
                style={{ width: `${((index + 1) / pages.length) * 100}%` }}
              />
            </div>
          </div>

          {errors.size > 0 && (
            <div key={refused?.attempt} role="alert" className="mt-6 rounded-lg border-2 border-rose-700 bg-rose-50 p-3 text-sm font-semibold text-rose-900">
              {messages("fixErrors")}
            </div>
          )}

          <div className="mt-6 space-y-8">
            {current.items.map((item) => (
              <Question
                key={item.key}
                item={item}
                id={itemId(item.key)}
                text={questionText(definition, item, perspectiveKey, language)}
                language={language}
                fallbackLanguage={fallbackLanguage}
                messages={messages}
                value={answers[item.key]}
                onChange={(value, committed) => onAnswer(item.key, value, { committed })}
                error={errors.get(item.key) ?? null}
                headingLevel={questionHeading}
              />
            ))}
          </div>
        </>
      ) : (
        <p className="text-base">{messages("noQuestions")}</p>
      )}

      {submitError && (
        <p role="alert" className="mt-6 rounded-lg border-2 border-rose-700 bg-rose-50 p-3 text-sm font-semibold text-rose-900">
          {submitError}
        </p>
      )}

      <div className="mt-8 flex flex-wrap items-center gap-3">
        {index > 0 && (
          <button
            type="button"
            onClick={() => {
              const previous = pages[index - 1];
              if (previous) goTo(previous);
            }}
            className="min-h-12 min-w-24 rounded-lg border border-slate-500 bg-white px-5 text-base font-semibold text-slate-900 hover:bg-slate-100"
          >
            {messages("back")}
          </button>
        )}
        <button
          type="submit"
          aria-disabled={submitting || undefined}
          className="ms-auto min-h-12 min-w-32 rounded-lg bg-brand-700 px-6 text-base font-semibold text-white hover:bg-brand-800 aria-disabled:cursor-wait aria-disabled:bg-brand-800"
        >
          {isLast ? (submitting ? messages("submitting") : messages("submit")) : messages("next")}
        </button>
      </div>
      <p className="mt-3 min-h-5 text-sm text-slate-700">{savedText}</p>
      <p role="status" className="text-sm font-medium text-slate-800">
        {saveProblem}
      </p>
    </form>
  );
}

type TQuestionSwitchProps = Omit<Parameters<typeof Rating5Question>[0], "item"> & { item: TItemDefinition };

function Question({ item, ...props }: TQuestionSwitchProps) {
  switch (item.type) {
    case "rating5":
      return <Rating5Question item={item} {...props} />;
    case "rating10":
      return <Rating10Question item={item} {...props} />;
    case "yesNo":
      return <YesNoQuestion item={item} {...props} />;
    case "singleChoice":
      return <SingleChoiceQuestion item={item} {...props} />;
    case "multipleChoice":
      return <MultipleChoiceQuestion item={item} {...props} />;
    case "text":
      return <TextQuestion item={item} {...props} />;
  }
}
