"use client";
// "Who is answering?" — asked of the primary perspective before the survey: the person themselves,
// with help, or someone on their behalf. Required; the answer stays in the page for now.
import { useRef, useState, type Ref } from "react";
import { useTranslations } from "use-intl";
import { ChoiceOption } from "@/components/survey/choice-option";
import { PRIMARY_BUTTON } from "./welcome-screen";

export type TAnsweredBy = "self" | "helped" | "proxy";

export function AnsweredByScreen({
  value,
  onChoose,
  headingRef,
}: {
  value: TAnsweredBy | null;
  onChoose: (value: TAnsweredBy) => void;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const t = useTranslations("respondent");
  const [choice, setChoice] = useState<TAnsweredBy | null>(value);
  // Counts refusals so that a second "Next" without a choice is announced again.
  const [refused, setRefused] = useState(0);
  const firstOption = useRef<HTMLDivElement>(null);
  const options: [TAnsweredBy, string][] = [
    ["self", t("whoSelf")],
    ["helped", t("whoHelped")],
    ["proxy", t("whoProxy")],
  ];
  const showError = refused > 0 && choice === null;

  return (
    <form
      method="post"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (choice) return onChoose(choice);
        setRefused((n) => n + 1);
        firstOption.current?.querySelector("input")?.focus();
      }}
    >
      <fieldset aria-describedby={showError ? "answered-by-hint answered-by-error" : "answered-by-hint"} className="min-w-0">
        <legend className="w-full">
          <h1 ref={headingRef} tabIndex={-1} className="text-2xl font-semibold">
            {t("whoTitle")}
          </h1>
        </legend>
        <p id="answered-by-hint" className="mt-2 text-slate-700">
          {t("whoHint")}
        </p>
        {showError && (
          <p key={refused} id="answered-by-error" role="alert" className="mt-3 text-sm font-semibold text-rose-800">
            {t("whoRequired")}
          </p>
        )}
        <div ref={firstOption} className="mt-4 grid gap-2">
          {options.map(([key, label]) => (
            <ChoiceOption
              key={key}
              type="radio"
              id={`answered-by-${key}`}
              name="answered-by"
              checked={choice === key}
              onChange={() => setChoice(key)}
            >
              {label}
            </ChoiceOption>
          ))}
        </div>
      </fieldset>
      <div className="mt-8">
        <button type="submit" className={PRIMARY_BUTTON}>
          {t("next")}
        </button>
      </div>
    </form>
  );
}
