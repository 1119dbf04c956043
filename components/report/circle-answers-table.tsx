// One circle side by side: a row per item, a column per respondent (perspective and relationship),
// each answer as the words the respondent chose.
import type { TItemConfig } from "@/lib/survey/item";
import { localize, type TLanguage } from "@/lib/survey/languages";
import type { AppRouterOutputs } from "@/trpc/types";
import { TYPE_NAMES } from "./model";

type TCircle = AppRouterOutputs["report"]["circle"];
type TAnswer = TCircle["items"][number]["answers"][number];

/** An answer as text: the scale's label, "Yes"/"No", the chosen options, or what was written. */
export function answerText(config: TItemConfig, answer: TAnswer, language: TLanguage): string | null {
  const v = answer.numericValue;
  switch (config.type) {
    case "rating5": {
      if (v === null) return null;
      const labels = config.labels[language] ?? config.labels.en ?? Object.values(config.labels)[0];
      return `${labels?.[v - 1] ?? v} (${v} of 5)`;
    }
    case "rating10":
      return v === null ? null : `${v} of 10`;
    case "yesNo":
      return v === null ? null : v === 1 ? "Yes" : "No";
    case "singleChoice":
    case "multipleChoice": {
      const chosen = answer.choiceValues ?? [];
      if (chosen.length === 0) return null;
      return chosen.map((c) => localize(config.choices.find((x) => x.value === c)?.label ?? { en: c }, language)).join(", ");
    }
    case "text":
      return answer.textValue?.trim() ? answer.textValue : null;
  }
}

const STATUS_WORDS: Record<string, string> = {
  completed: "submitted",
  started: "started, not submitted (draft)",
  opened: "opened the link, no answers",
  invited: "invited, not opened",
  sent: "invited, not opened",
  declined: "declined",
  opted_out: "opted out",
  expired: "did not answer",
};

const ANSWERED_WORDS: Record<string, string> = {
  helped: "answered with help",
  proxy: "answered by someone on their behalf",
};

export function CircleAnswersTable({ data }: { data: TCircle }) {
  const language = data.defaultLanguage;
  const perspectives = new Map(data.perspectives.map((p) => [p.id, p]));
  const who = (r: TCircle["respondents"][number]) => {
    const label = localize(perspectives.get(r.perspectiveId)?.label ?? {}, language);
    return r.relationship ? `${label} (${r.relationship})` : label;
  };
  if (data.respondents.length === 0) return <p className="text-sm text-slate-700">No one has been invited in this circle.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-2 text-left text-sm font-medium text-slate-700">Every answer in this circle, one column per person</caption>
        <thead className="border-b border-slate-300 align-bottom text-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              Question
            </th>
            {data.respondents.map((r) => (
              <th key={r.id} scope="col" className="min-w-40 py-2 pr-4 font-medium">
                {who(r)}
                <span className="block text-xs font-normal text-slate-600">
                  {STATUS_WORDS[r.status] ?? r.status}
                  {r.answeredBy && ANSWERED_WORDS[r.answeredBy] ? ` · ${ANSWERED_WORDS[r.answeredBy]}` : ""}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.items.map((item) => (
            <tr key={item.id} className="border-b border-slate-100 last:border-0">
              <th scope="row" className="py-2 pr-4 align-top font-normal">
                <span className="font-medium">{localize(item.wording, language)}</span>
                <span className="block text-xs text-slate-600">
                  <code>{item.key}</code> · {TYPE_NAMES[item.type]}
                </span>
              </th>
              {data.respondents.map((r) => {
                const answer = item.answers.find((a) => a.respondentId === r.id);
                const text = answer ? answerText(item.config, answer, language) : null;
                return (
                  <td key={r.id} className="py-2 pr-4 align-top">
                    {text !== null ? (
                      <span className={item.type === "text" ? "whitespace-pre-wrap" : ""} dir="auto">
                        {text}
                      </span>
                    ) : (
                      <span className="text-slate-600">no answer</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
