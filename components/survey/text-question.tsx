"use client";
// Free text: a textarea labelled by the question, with a live count of the characters left.
import { useEffect, useRef, useState } from "react";
import { QuestionFrame } from "./question-frame";
import type { TQuestionProps } from "./question-types";

export function TextQuestion({ item, id, text, messages, value, onChange, error, headingLevel }: TQuestionProps<"text">) {
  const current = typeof value === "string" ? value : "";
  const left = item.maxLength - current.length;
  const countText = messages("charactersLeft", { left: Math.max(0, left) });
  // Screen readers hear the count once typing pauses, not on every key (and not on arrival).
  const [announced, setAnnounced] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  function change(next: string, committed: boolean) {
    onChange(next === "" ? undefined : next, committed);
    if (committed) return;
    setAnnounced("");
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setAnnounced(messages("charactersLeft", { left: Math.max(0, item.maxLength - next.length) })), 1200);
  }

  const inputId = `${id}-input`;
  const countId = `${id}-count`;
  return (
    <QuestionFrame id={id} text={text} required={item.required} requiredLabel={messages("required")} headingLevel={headingLevel} error={error}>
      <textarea
        id={inputId}
        name={id}
        rows={5}
        dir="auto"
        maxLength={item.maxLength}
        value={current}
        aria-labelledby={`${id}-label`}
        aria-describedby={[error ? `${id}-error` : null, countId].filter(Boolean).join(" ")}
        aria-invalid={error ? true : undefined}
        aria-required={item.required || undefined}
        onChange={(e) => change(e.target.value, false)}
        onBlur={(e) => change(e.target.value, true)}
        className="block w-full rounded-lg border border-slate-500 bg-white px-3 py-2.5 text-base text-slate-900 hover:border-slate-800"
      />
      <p id={countId} className={`mt-1 text-sm ${left <= 0 ? "font-semibold text-rose-800" : "text-slate-700"}`}>
        {countText}
      </p>
      <p aria-live="polite" className="sr-only">
        {announced}
      </p>
    </QuestionFrame>
  );
}
