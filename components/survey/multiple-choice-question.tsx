"use client";
// Several choices from a list: checkboxes, with the allowed number said up front and the maximum enforced.
import { useState } from "react";
import { ChoiceOption } from "./choice-option";
import { selectionHint } from "./messages";
import { QuestionFrame } from "./question-frame";
import type { TQuestionProps } from "./question-types";
import { words } from "./text";

export function MultipleChoiceQuestion({ item, id, text, language, fallbackLanguage, messages, value, onChange, error, headingLevel }: TQuestionProps<"multipleChoice">) {
  const selected = Array.isArray(value) ? value : [];
  const max = item.maxSelections;
  const atMax = max !== undefined && selected.length >= max;
  // Set when a tap would go past the maximum; cleared by any accepted change.
  const [refused, setRefused] = useState(false);
  const hint = selectionHint(messages, item.minSelections, max);

  function toggle(choiceValue: string) {
    if (selected.includes(choiceValue)) {
      const next = selected.filter((v) => v !== choiceValue);
      setRefused(false);
      onChange(next.length > 0 ? next : undefined, true);
      return;
    }
    if (atMax) {
      setRefused(true);
      return;
    }
    setRefused(false);
    // Keep the definition's order, whatever the order of the taps.
    const next = item.choices.map((c) => c.value).filter((v) => v === choiceValue || selected.includes(v));
    onChange(next, true);
  }

  return (
    <QuestionFrame
      id={id}
      text={text}
      required={item.required}
      requiredLabel={messages("required")}
      headingLevel={headingLevel}
      error={error}
      hint={hint ?? undefined}
    >
      <div className="grid gap-2">
        {item.choices.map((choice) => {
          const checked = selected.includes(choice.value);
          return (
            <ChoiceOption
              key={choice.value}
              type="checkbox"
              id={`${id}-${choice.value}`}
              name={id}
              checked={checked}
              unavailable={atMax && !checked}
              onChange={() => toggle(choice.value)}
            >
              {words(choice.label, language, fallbackLanguage)}
            </ChoiceOption>
          );
        })}
      </div>
      <p role="status" className="mt-2 text-sm font-medium text-slate-800 empty:hidden">
        {refused && max !== undefined ? messages("maxReached", { max }) : ""}
      </p>
    </QuestionFrame>
  );
}
