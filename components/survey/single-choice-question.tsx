// One choice from a list: a radio group of large options.
import { ChoiceOption } from "./choice-option";
import { QuestionFrame } from "./question-frame";
import type { TQuestionProps } from "./question-types";
import { words } from "./text";

export function SingleChoiceQuestion({ item, id, text, language, fallbackLanguage, messages, value, onChange, error, headingLevel }: TQuestionProps<"singleChoice">) {
  return (
    <QuestionFrame id={id} text={text} required={item.required} requiredLabel={messages("required")} headingLevel={headingLevel} error={error}>
      <div className="grid gap-2">
        {item.choices.map((choice) => (
          <ChoiceOption
            key={choice.value}
            type="radio"
            id={`${id}-${choice.value}`}
            name={id}
            checked={value === choice.value}
            onChange={() => onChange(choice.value, true)}
          >
            {words(choice.label, language, fallbackLanguage)}
          </ChoiceOption>
        ))}
      </div>
    </QuestionFrame>
  );
}
