"use client";
// The survey as a whole: name, description, languages (the default one first) and the introduction.
import { useState } from "react";
import { Card } from "@/components/ui/card";
import type { TSurveyDefinition } from "@/lib/survey/definition";
import { LANGUAGES, type TLanguage } from "@/lib/survey/languages";
import type { useConfirm } from "./confirm-dialog";
import { buttonClass, controlProps, FieldIssues, selectClass, TextField } from "./fields";
import { fieldId, type IssueIndex } from "./issues";
import { LocalizedFields } from "./localized-field";
import { addLanguage, languageName, removeLanguage, textsIn, type Edit } from "./model";

type Confirm = ReturnType<typeof useConfirm>[0];

export function SurveySettings({
  definition: d,
  edit,
  issues,
  confirm,
}: {
  definition: TSurveyDefinition;
  edit: Edit;
  issues: IssueIndex;
  confirm: Confirm;
}) {
  const available = (Object.keys(LANGUAGES) as TLanguage[]).filter((l) => !d.languages.includes(l));
  const [toAdd, setToAdd] = useState<TLanguage | "">("");
  const chosen = toAdd && available.includes(toAdd) ? toAdd : (available[0] ?? "");

  const remove = async (language: TLanguage) => {
    const n = textsIn(d, language);
    if (
      n > 0 &&
      !(await confirm({
        title: `Remove ${languageName(language)}?`,
        body: `${n} ${n === 1 ? "text" : "texts"} written in ${languageName(language)} will be removed with it.`,
        confirmLabel: `Remove ${languageName(language)}`,
        danger: true,
      }))
    )
      return;
    edit((x) => removeLanguage(x, language));
  };

  return (
    <Card>
      <h2 id="survey-settings" className="text-lg font-semibold">
        Survey
      </h2>
      <FieldIssues path="" issues={issues.at("")} />
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <TextField
          path="name"
          label="Name"
          issues={issues}
          value={d.name}
          maxLength={200}
          onChange={(v) => edit((x) => void (x.name = v))}
        />
        <TextField
          path="description"
          label="Description (for staff; respondents do not see it)"
          issues={issues}
          value={d.description}
          multiline
          onChange={(v) => edit((x) => void (x.description = v))}
        />
      </div>

      <div className="mt-5 grid gap-4 md:grid-cols-2">
        <fieldset id={fieldId("languages")} className="min-w-0">
          <legend className="text-sm font-semibold">Languages</legend>
          <ul className="mt-1 flex flex-wrap gap-2">
            {d.languages.map((l) => (
              <li key={l} className="flex items-center gap-1 rounded-full border border-slate-300 bg-slate-50 py-0.5 pr-1 pl-3 text-sm">
                <span lang={l}>{languageName(l)}</span>
                {l === d.defaultLanguage && <span className="text-slate-600">(default)</span>}
                <button
                  type="button"
                  className="rounded-full px-2 text-slate-700 hover:bg-slate-200 disabled:opacity-40"
                  disabled={d.languages.length === 1}
                  onClick={() => void remove(l)}
                  aria-label={`Remove ${languageName(l)}`}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          <FieldIssues path="languages" issues={issues.at("languages")} />
          {available.length > 0 && (
            <div className="mt-2 flex items-end gap-2">
              <div>
                <label htmlFor="add-language" className="block text-sm font-medium">
                  Add a language
                </label>
                <select
                  id="add-language"
                  value={chosen}
                  onChange={(e) => setToAdd(e.target.value as TLanguage)}
                  className={selectClass}
                >
                  {available.map((l) => (
                    <option key={l} value={l}>
                      {languageName(l)}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="button"
                className={`${buttonClass} mb-0.5`}
                onClick={() => chosen && edit((x) => addLanguage(x, chosen))}
              >
                Add language
              </button>
            </div>
          )}
        </fieldset>
        <div>
          <label htmlFor={fieldId("defaultLanguage")} className="block text-sm font-medium">
            Default language
          </label>
          <select
            {...controlProps("defaultLanguage", issues)}
            value={d.defaultLanguage}
            onChange={(e) => edit((x) => void (x.defaultLanguage = e.target.value as TLanguage))}
            className={selectClass}
          >
            {d.languages.map((l) => (
              <option key={l} value={l}>
                {languageName(l)}
              </option>
            ))}
          </select>
          <p className="mt-1 text-xs text-slate-600">Used when a respondent’s language is not offered.</p>
          <FieldIssues path="defaultLanguage" issues={issues.at("defaultLanguage")} />
        </div>
      </div>

      <div className="mt-5">
        <LocalizedFields
          path="intro"
          legend="Introduction"
          labelPrefix="Introduction"
          hint="Shown before the first question: who is asking, why, and what happens to the answers."
          value={d.intro}
          languages={d.languages}
          issues={issues}
          multiline
          rows={4}
          onChange={(l, v) => edit((x) => void (x.intro[l] = v))}
        />
      </div>
    </Card>
  );
}
