"use client";
// What each item type needs besides its wording: scale labels, choices and their limits, a length limit.
import type { TItemDefinition, TSurveyDefinition } from "@/lib/survey/definition";
import { textDirection, type TLanguage } from "@/lib/survey/languages";
import { ChoicesEditor } from "./choices-editor";
import { FieldIssues, NumberField, TextField } from "./fields";
import { fieldId, type IssueIndex } from "./issues";
import { LocalizedFields } from "./localized-field";
import { languageName, type Edit } from "./model";

const POINT_NAMES = ["1", "2", "3", "4", "5"];
const POINT_MEANINGS = [" (least favourable)", "", "", "", " (most favourable)"];

export function ItemTypeSettings({
  definition: d,
  index,
  item,
  edit,
  issues,
}: {
  definition: TSurveyDefinition;
  index: number;
  item: TItemDefinition;
  edit: Edit;
  issues: IssueIndex;
}) {
  const path = `items.${index}`;
  const set = <T extends TItemDefinition["type"]>(type: T, fn: (x: Extract<TItemDefinition, { type: T }>) => void) =>
    edit((x) => {
      const target = x.items[index];
      if (target?.type === type) fn(target as Extract<TItemDefinition, { type: T }>);
    });

  switch (item.type) {
    case "rating5":
      return (
        <fieldset id={fieldId(`${path}.labels`)} className="min-w-0">
          <legend className="text-sm font-semibold">Scale labels</legend>
          <p className="text-xs text-slate-600">
            Five labels per language, from 1 (least favourable) to 5 (most favourable).
          </p>
          <FieldIssues path={`${path}.labels`} issues={issues.at(`${path}.labels`)} />
          <div className="mt-1 space-y-3">
            {d.languages.map((l: TLanguage) => (
              <fieldset key={l} id={fieldId(`${path}.labels.${l}`)} className="rounded-md bg-slate-50 p-3">
                <legend className="text-sm font-medium">Scale labels · {languageName(l)}</legend>
                <FieldIssues path={`${path}.labels.${l}`} issues={issues.at(`${path}.labels.${l}`)} />
                <div className="grid gap-2 sm:grid-cols-5">
                  {POINT_NAMES.map((name, k) => (
                    <TextField
                      key={k}
                      path={`${path}.labels.${l}.${k}`}
                      label={
                        <>
                          {name}
                          <span className="sr-only">
                            {POINT_MEANINGS[k]} · {languageName(l)}
                          </span>
                        </>
                      }
                      issues={issues}
                      value={item.labels[l]?.[k] ?? ""}
                      dir={textDirection(l)}
                      lang={l}
                      maxLength={200}
                      onChange={(v) =>
                        set("rating5", (x) => {
                          const labels = [...(x.labels[l] ?? ["", "", "", "", ""])];
                          labels[k] = v;
                          x.labels[l] = labels;
                        })
                      }
                    />
                  ))}
                </div>
              </fieldset>
            ))}
          </div>
        </fieldset>
      );
    case "rating10":
      return (
        <div className="grid gap-4 md:grid-cols-2">
          <LocalizedFields
            path={`${path}.lowLabel`}
            legend="Label for 0"
            labelPrefix="0 means"
            value={item.lowLabel}
            languages={d.languages}
            issues={issues}
            maxLength={200}
            onChange={(l, v) => set("rating10", (x) => void (x.lowLabel[l] = v))}
          />
          <LocalizedFields
            path={`${path}.highLabel`}
            legend="Label for 10"
            labelPrefix="10 means"
            value={item.highLabel}
            languages={d.languages}
            issues={issues}
            maxLength={200}
            onChange={(l, v) => set("rating10", (x) => void (x.highLabel[l] = v))}
          />
        </div>
      );
    case "yesNo":
      return <p className="text-sm text-slate-600">Answered Yes or No.</p>;
    case "singleChoice":
      return <ChoicesEditor definition={d} index={index} choices={item.choices} edit={edit} issues={issues} />;
    case "multipleChoice":
      return (
        <div className="space-y-3">
          <ChoicesEditor definition={d} index={index} choices={item.choices} edit={edit} issues={issues} />
          <div className="flex flex-wrap gap-6">
            <NumberField
              path={`${path}.minSelections`}
              label="At least (selections)"
              issues={issues}
              value={item.minSelections}
              min={0}
              max={50}
              onChange={(v) => set("multipleChoice", (x) => void (x.minSelections = v ?? 0))}
            />
            <NumberField
              path={`${path}.maxSelections`}
              label="At most (selections)"
              hint="Empty: no limit."
              issues={issues}
              value={item.maxSelections}
              min={1}
              max={50}
              optional
              onChange={(v) =>
                set("multipleChoice", (x) => {
                  if (v === undefined) delete x.maxSelections;
                  else x.maxSelections = v;
                })
              }
            />
          </div>
        </div>
      );
    case "text":
      return (
        <NumberField
          path={`${path}.maxLength`}
          label="Maximum length (characters)"
          issues={issues}
          value={item.maxLength}
          min={1}
          max={10_000}
          onChange={(v) => set("text", (x) => void (x.maxLength = v ?? 2000))}
        />
      );
  }
}
