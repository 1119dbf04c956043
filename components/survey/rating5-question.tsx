// A 5-point labelled rating: five large options, one column on a phone, one row when there is room.
import { ChoiceOption } from "./choice-option";
import { QuestionFrame } from "./question-frame";
import type { TQuestionProps } from "./question-types";
import { rating5Labels } from "./text";

export function Rating5Question({ item, id, text, language, fallbackLanguage, messages, value, onChange, error, headingLevel }: TQuestionProps<"rating5">) {
  const labels = rating5Labels(item.labels, language, fallbackLanguage);
  return (
    <QuestionFrame id={id} text={text} required={item.required} requiredLabel={messages("required")} headingLevel={headingLevel} error={error}>
      <div className="grid gap-2 @2xl:grid-cols-5">
        {labels.map((label, i) => (
          <ChoiceOption
            key={i}
            type="radio"
            id={`${id}-${i + 1}`}
            name={id}
            checked={value === i + 1}
            onChange={() => onChange(i + 1, true)}
            className="@2xl:flex-col @2xl:justify-center @2xl:text-center"
          >
            {label}
          </ChoiceOption>
        ))}
      </div>
    </QuestionFrame>
  );
}
