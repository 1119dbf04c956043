"use client";
// One text in every language of the survey: a group with a field per language, right-to-left where the
// language is written that way.
import type { TLanguage, TLocalizedText } from "@/lib/survey/languages";
import { textDirection } from "@/lib/survey/languages";
import { fieldId, type IssueIndex } from "./issues";
import { FieldIssues, TextField } from "./fields";
import { languageName } from "./model";

export function LocalizedFields({
  path,
  legend,
  labelPrefix,
  hint,
  value,
  languages,
  issues,
  onChange,
  multiline = false,
  rows,
  maxLength,
}: {
  path: string;
  legend: string;
  /** Shown before the language in each field's label: "Family" gives "Family · English". */
  labelPrefix: string;
  hint?: string;
  value: TLocalizedText;
  languages: TLanguage[];
  issues: IssueIndex;
  onChange: (language: TLanguage, text: string) => void;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
}) {
  return (
    <fieldset id={fieldId(path)} className="min-w-0">
      <legend className="text-sm font-semibold">{legend}</legend>
      {hint && <p className="text-xs text-slate-600">{hint}</p>}
      <FieldIssues path={path} issues={issues.at(path)} />
      <div className={`mt-1 grid gap-2 ${languages.length > 1 ? "sm:grid-cols-2" : ""}`}>
        {languages.map((language) => (
          <TextField
            key={language}
            path={`${path}.${language}`}
            label={`${labelPrefix} · ${languageName(language)}`}
            issues={issues}
            value={value[language] ?? ""}
            onChange={(text) => onChange(language, text)}
            multiline={multiline}
            rows={rows}
            dir={textDirection(language)}
            lang={language}
            maxLength={maxLength}
          />
        ))}
      </div>
    </fieldset>
  );
}
