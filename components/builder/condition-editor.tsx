"use client";
// "Show only when [earlier item] [equals / one of / at least / at most] [value]": values are picked from
// the earlier item's own scale or choices, so a condition can only name an answer that exists.
import type { TItemDefinition, TSurveyDefinition } from "@/lib/survey/definition";
import type { TCondition } from "@/lib/survey/item";
import { localize } from "@/lib/survey/languages";
import { buttonClass, controlProps, FieldIssues, selectClass } from "./fields";
import { fieldId, type IssueIndex } from "./issues";

type Value = number | string;
type Op = TCondition["op"];

export function answerOptions(item: TItemDefinition, d: TSurveyDefinition): { value: Value; label: string }[] {
  switch (item.type) {
    case "rating5": {
      const labels = item.labels[d.defaultLanguage] ?? [];
      return [1, 2, 3, 4, 5].map((v) => ({ value: v, label: labels[v - 1] ? `${v} – ${labels[v - 1]}` : String(v) }));
    }
    case "rating10":
      return Array.from({ length: 11 }, (_, v) => ({ value: v, label: String(v) }));
    case "yesNo":
      return [
        { value: 1, label: "Yes" },
        { value: 0, label: "No" },
      ];
    case "singleChoice":
    case "multipleChoice":
      return item.choices.map((c) => ({ value: c.value, label: localize(c.label, d.defaultLanguage) || c.value }));
    case "text":
      return [];
  }
}

function operators(item: TItemDefinition | undefined): { op: Op; label: string }[] {
  if (!item || item.type === "yesNo") return [{ op: "equals", label: "is" }];
  if (item.type === "multipleChoice")
    return [
      { op: "equals", label: "includes" },
      { op: "oneOf", label: "includes any of" },
    ];
  if (item.type === "singleChoice")
    return [
      { op: "equals", label: "is" },
      { op: "oneOf", label: "is one of" },
    ];
  return [
    { op: "equals", label: "is" },
    { op: "oneOf", label: "is one of" },
    { op: "atLeast", label: "is at least" },
    { op: "atMost", label: "is at most" },
  ];
}

function firstValue(item: TItemDefinition, d: TSurveyDefinition): Value {
  return answerOptions(item, d)[0]?.value ?? "";
}

export function ConditionEditor({
  definition: d,
  index,
  issues,
  onChange,
}: {
  definition: TSurveyDefinition;
  index: number;
  issues: IssueIndex;
  onChange: (condition: TCondition | null) => void;
}) {
  const item = d.items[index];
  const path = `items.${index}.condition`;
  const earlier = d.items.slice(0, index).filter((x) => x.type !== "text");
  const condition = item?.condition ?? null;
  const referenced = condition ? d.items.find((x) => x.key === condition.itemKey) : undefined;
  const options = referenced ? answerOptions(referenced, d) : [];
  const start = (ref: TItemDefinition): TCondition => ({ itemKey: ref.key, op: "equals", value: firstValue(ref, d) });
  const toValue = (raw: string): Value => options.find((o) => String(o.value) === raw)?.value ?? raw;
  const key = item?.key ?? String(index);

  return (
    <fieldset id={fieldId(path)} className="min-w-0">
      <legend className="text-sm font-semibold">Show only when</legend>
      <FieldIssues path={path} issues={issues.at(path)} />
      {!condition ? (
        earlier.length === 0 ? (
          <p className="text-sm text-slate-600">
            Always shown. A condition needs an earlier rating, yes/no or choice item.
          </p>
        ) : (
          <div className="mt-1 flex items-center gap-3">
            <p className="text-sm text-slate-600">Always shown.</p>
            <button
              type="button"
              className={buttonClass}
              onClick={() => {
                const ref = earlier.at(-1);
                if (ref) onChange(start(ref));
              }}
              aria-label={`Add a condition to item ${key}`}
            >
              Add a condition
            </button>
          </div>
        )
      ) : (
        <div className="mt-1 flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor={fieldId(`${path}.itemKey`)} className="block text-sm font-medium">
              Earlier item
            </label>
            <select
              {...controlProps(`${path}.itemKey`, issues)}
              value={condition.itemKey}
              onChange={(e) => {
                const ref = d.items.find((x) => x.key === e.target.value);
                if (ref) onChange(start(ref));
              }}
              className={selectClass}
            >
              {!earlier.some((x) => x.key === condition.itemKey) && (
                <option value={condition.itemKey}>{condition.itemKey} (not an earlier item)</option>
              )}
              {earlier.map((x) => (
                <option key={x.key} value={x.key}>
                  {x.key}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={fieldId(`${path}.op`)} className="block text-sm font-medium">
              Comparison
            </label>
            <select
              {...controlProps(`${path}.op`, issues)}
              value={condition.op}
              onChange={(e) => {
                const op = e.target.value as Op;
                const current = Array.isArray(condition.value) ? condition.value[0] : condition.value;
                const fallback = referenced ? firstValue(referenced, d) : "";
                onChange({ ...condition, op, value: op === "oneOf" ? [current ?? fallback] : (current ?? fallback) });
              }}
              className={selectClass}
            >
              {operators(referenced).map((o) => (
                <option key={o.op} value={o.op}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          {condition.op === "oneOf" ? (
            <fieldset id={fieldId(`${path}.value`)}>
              <legend className="text-sm font-medium">Values</legend>
              <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                {options.map((o) => {
                  const values = Array.isArray(condition.value) ? condition.value : [condition.value];
                  const id = fieldId(`${path}.value.${o.value}`);
                  return (
                    <div key={String(o.value)} className="flex min-h-8 items-center gap-2">
                      <input
                        id={id}
                        type="checkbox"
                        className="size-5 shrink-0"
                        checked={values.includes(o.value)}
                        onChange={(e) =>
                          onChange({
                            ...condition,
                            value: e.target.checked ? [...values, o.value] : values.filter((v) => v !== o.value),
                          })
                        }
                      />
                      <label htmlFor={id} className="text-sm">
                        {o.label}
                      </label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          ) : (
            <div>
              <label htmlFor={fieldId(`${path}.value`)} className="block text-sm font-medium">
                Value
              </label>
              <select
                {...controlProps(`${path}.value`, issues)}
                value={String(Array.isArray(condition.value) ? (condition.value[0] ?? "") : condition.value)}
                onChange={(e) => onChange({ ...condition, value: toValue(e.target.value) })}
                className={selectClass}
              >
                {options.map((o) => (
                  <option key={String(o.value)} value={String(o.value)}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
          )}
          <button
            type="button"
            className={`${buttonClass} mb-0.5`}
            onClick={() => onChange(null)}
            aria-label={`Remove the condition of item ${key}`}
          >
            Remove condition
          </button>
        </div>
      )}
    </fieldset>
  );
}
