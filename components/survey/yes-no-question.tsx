// Yes / no, stored as 1 / 0: two large options side by side.
import { ChoiceOption } from "./choice-option";
import { QuestionFrame } from "./question-frame";
import type { TQuestionProps } from "./question-types";

export function YesNoQuestion({ item, id, text, messages, value, onChange, error, headingLevel }: TQuestionProps<"yesNo">) {
  const options = [
    { value: 1, label: messages("yes"), suffix: "yes" },
    { value: 0, label: messages("no"), suffix: "no" },
  ];
  return (
    <QuestionFrame id={id} text={text} required={item.required} requiredLabel={messages("required")} headingLevel={headingLevel} error={error}>
      <div className="grid grid-cols-2 gap-2">
        {options.map((o) => (
          <ChoiceOption key={o.suffix} type="radio" id={`${id}-${o.suffix}`} name={id} checked={value === o.value} onChange={() => onChange(o.value, true)}>
            {o.label}
          </ChoiceOption>
        ))}
      </div>
    </QuestionFrame>
  );
}
