// A 0–10 rating (NPS-style): eleven numbered tiles that wrap on narrow screens, the ends' meanings below.
import { QuestionFrame } from "./question-frame";
import type { TQuestionProps } from "./question-types";
import { langAttributes, words } from "./text";

const SCALE = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

export function Rating10Question({ item, id, text, language, fallbackLanguage, messages, value, onChange, error, headingLevel }: TQuestionProps<"rating10">) {
  const low = words(item.lowLabel, language, fallbackLanguage);
  const high = words(item.highLabel, language, fallbackLanguage);
  const hasEnds = low.text !== "" && high.text !== "";
  return (
    <QuestionFrame
      id={id}
      text={text}
      required={item.required}
      requiredLabel={messages("required")}
      headingLevel={headingLevel}
      error={error}
      hint={hasEnds ? <span className="sr-only">{messages("scaleEnds", { low: low.text, high: high.text })}</span> : undefined}
    >
      {/* Always at least 44 px per tile: 4 columns below ~312 px, 6 on a phone, one row of 11 when it fits. */}
      <div className="grid grid-cols-4 gap-2 @min-[19.5rem]:grid-cols-6 @xl:grid-cols-11">
        {SCALE.map((n) => (
          <label
            key={n}
            htmlFor={`${id}-${n}`}
            className="relative flex min-h-12 cursor-pointer items-center justify-center rounded-lg border border-slate-500 bg-white text-lg font-semibold text-slate-900 hover:border-slate-800 has-[:checked]:border-brand-800 has-[:checked]:bg-brand-700 has-[:checked]:text-white has-[:checked]:underline has-[:checked]:decoration-2 has-[:checked]:underline-offset-4 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600"
          >
            <input
              id={`${id}-${n}`}
              type="radio"
              name={id}
              checked={value === n}
              onChange={() => onChange(n, true)}
              className="sr-only"
            />
            {n}
          </label>
        ))}
      </div>
      {hasEnds && (
        <div aria-hidden="true" className="mt-2 flex justify-between gap-4 text-sm text-slate-700">
          <span>
            0: <span {...langAttributes(low)}>{low.text}</span>
          </span>
          <span className="text-end">
            10: <span {...langAttributes(high)}>{high.text}</span>
          </span>
        </div>
      )}
    </QuestionFrame>
  );
}
