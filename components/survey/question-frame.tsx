// One question: a fieldset whose legend holds the question as a heading, "Required" in words, an
// optional hint and the error, both tied to the group with aria-describedby.
import type { ReactNode } from "react";
import type { THeadingLevel } from "./question-types";
import { langAttributes, type TWords } from "./text";

export function QuestionFrame({
  id,
  text,
  required,
  requiredLabel,
  headingLevel,
  hint,
  error,
  children,
}: {
  id: string;
  text: TWords;
  required: boolean;
  requiredLabel: string;
  headingLevel: THeadingLevel;
  hint?: ReactNode;
  error: string | null;
  children: ReactNode;
}) {
  const Heading = `h${headingLevel}` as const;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <fieldset
      id={id}
      data-question
      aria-describedby={describedBy || undefined}
      className={`min-w-0 ${error ? "border-s-4 border-rose-700 ps-3" : ""}`}
    >
      <legend className="w-full">
        <Heading id={`${id}-label`} {...langAttributes(text)} className="text-lg font-semibold leading-snug break-words text-slate-900">
          {text.text}
        </Heading>
        {required && <span className="mt-1 block text-sm font-medium text-slate-700">{requiredLabel}</span>}
      </legend>
      {hint && (
        <div id={`${id}-hint`} className="mt-1 text-sm text-slate-700">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-2 flex items-start gap-2 text-sm font-semibold text-rose-800">
          <span aria-hidden="true" className="inline-flex size-5 shrink-0 items-center justify-center rounded-full bg-rose-700 text-xs text-white">
            !
          </span>
          <span>{error}</span>
        </p>
      )}
      <div className="mt-3">{children}</div>
    </fieldset>
  );
}
