"use client";
// The choices of a single- or multiple-choice item: a stored value (what reports and conditions use) and
// a label per language; added, removed and reordered here.
import type { TSurveyDefinition } from "@/lib/survey/definition";
import type { TLocalizedText } from "@/lib/survey/languages";
import { buttonClass, FieldIssues, KeyField } from "./fields";
import { fieldId, type IssueIndex } from "./issues";
import { LocalizedFields } from "./localized-field";
import { move, uniqueKey, type Edit } from "./model";

type Choice = { value: string; label: TLocalizedText };

export function ChoicesEditor({
  definition: d,
  index,
  choices,
  edit,
  issues,
}: {
  definition: TSurveyDefinition;
  index: number;
  choices: Choice[];
  edit: Edit;
  issues: IssueIndex;
}) {
  const path = `items.${index}.choices`;
  const itemKey = d.items[index]?.key ?? "";
  const change = (fn: (choices: Choice[], itemKey: string, x: TSurveyDefinition) => void) =>
    edit((x) => {
      const item = x.items[index];
      if (item && (item.type === "singleChoice" || item.type === "multipleChoice")) fn(item.choices, item.key, x);
    });

  return (
    <fieldset id={fieldId(path)} className="min-w-0">
      <legend className="text-sm font-semibold">Choices</legend>
      <FieldIssues path={path} issues={issues.at(path)} />
      <ol className="mt-1 space-y-3">
        {choices.map((c, j) => (
          // Position keys: a value is edited in place, and rows hold no state of their own beyond the field text.
          <li key={j} id={fieldId(`${path}.${j}`)} className="rounded-md bg-slate-50 p-3">
            <div className="grid gap-3 md:grid-cols-[12rem_1fr]">
              <KeyField
                path={`${path}.${j}.value`}
                label={`Choice ${j + 1} value`}
                issues={issues}
                value={c.value}
                taken={choices.filter((_, k) => k !== j).map((x) => x.value)}
                pattern={/^[a-z0-9_-]{1,40}$/}
                patternMessage="A value is 1–40 lowercase letters, digits, - or _."
                onCommit={(value) =>
                  change((list, key, x) => {
                    const old = list[j]?.value;
                    if (list[j]) list[j].value = value;
                    // Conditions that name the old value follow it.
                    for (const other of x.items) {
                      const cond = other.condition;
                      if (!cond || cond.itemKey !== key) continue;
                      if (Array.isArray(cond.value)) cond.value = cond.value.map((v) => (v === old ? value : v));
                      else if (cond.value === old) cond.value = value;
                    }
                  })
                }
              />
              <LocalizedFields
                path={`${path}.${j}.label`}
                legend={`Choice ${j + 1} label`}
                labelPrefix={`Choice ${j + 1}`}
                value={c.label}
                languages={d.languages}
                issues={issues}
                maxLength={200}
                onChange={(l, v) =>
                  change((list) => {
                    if (list[j]) list[j].label[l] = v;
                  })
                }
              />
            </div>
            <FieldIssues path={`${path}.${j}`} issues={issues.at(`${path}.${j}`)} />
            <div className="mt-2 flex gap-2">
              <button
                type="button"
                className={buttonClass}
                disabled={j === 0}
                onClick={() => change((list) => move(list, j, j - 1))}
                aria-label={`Move choice ${c.value} of item ${itemKey} up`}
              >
                Up
              </button>
              <button
                type="button"
                className={buttonClass}
                disabled={j === choices.length - 1}
                onClick={() => change((list) => move(list, j, j + 1))}
                aria-label={`Move choice ${c.value} of item ${itemKey} down`}
              >
                Down
              </button>
              <button
                type="button"
                className={buttonClass}
                onClick={() => change((list) => void list.splice(j, 1))}
                aria-label={`Remove choice ${c.value} of item ${itemKey}`}
              >
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className={`${buttonClass} mt-3`}
        onClick={() =>
          change((list, _key, x) => {
            const value = uniqueKey("option", list.map((c) => c.value), list.length + 1);
            list.push({ value, label: { [x.defaultLanguage]: `Option ${list.length + 1}` } });
          })
        }
        aria-label={`Add a choice to item ${itemKey}`}
      >
        Add choice
      </button>
    </fieldset>
  );
}
