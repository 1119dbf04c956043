"use client";
// One person in a new circle: who they are to the experience, and how to reach them (all optional).
import { buttonClass, controlProps, FieldIssues, inputClass, selectClass, TextField } from "@/components/builder/fields";
import { fieldId } from "@/components/builder/issues";
import { LANGUAGES, localize, type TLanguage } from "@/lib/survey/languages";
import type { CirclePerspective, PersonDraft } from "./circle-model";
import type { FormIssues } from "./form-issues";

type Props = {
  index: number;
  person: PersonDraft;
  perspectives: CirclePerspective[];
  /** How many rows use each perspective, to offer only those with room. */
  counts: Map<string, number>;
  languages: TLanguage[];
  defaultLanguage: TLanguage;
  issues: FormIssues;
  focusOnMount: boolean;
  onChange: (patch: Partial<PersonDraft>) => void;
  onRemove: (() => void) | null;
};

export function PersonFields({ index, person, perspectives, counts, languages, defaultLanguage, issues, focusOnMount, onChange, onRemove }: Props) {
  const path = `respondents.${index}`;
  const perspective = perspectives.find((p) => p.key === person.perspectiveKey);
  const label = perspective ? localize(perspective.label, "en") : person.perspectiveKey;
  const isPrimary = perspective?.isPrimary ?? false;
  const companions = perspectives.filter((p) => !p.isPrimary);
  return (
    <fieldset id={fieldId(path)} className="rounded-md border border-slate-300 p-4">
      <legend className="px-1 text-sm font-semibold">
        Person {index + 1}: {label}
        {isPrimary ? " (primary, required)" : ""}
      </legend>
      <FieldIssues path={path} issues={issues.at(path)} />
      <div className="grid gap-3 sm:grid-cols-2">
        {!isPrimary && (
          <div>
            <label htmlFor={fieldId(`${path}.perspectiveKey`)} className="block text-sm font-medium">
              Perspective
            </label>
            <select
              {...controlProps(`${path}.perspectiveKey`, issues)}
              value={person.perspectiveKey}
              autoFocus={focusOnMount}
              onChange={(e) => onChange({ perspectiveKey: e.target.value })}
              className={selectClass}
            >
              {companions.map((p) => {
                const full = p.key !== person.perspectiveKey && (counts.get(p.key) ?? 0) >= p.limitPerCircle;
                return (
                  <option key={p.key} value={p.key} disabled={full}>
                    {localize(p.label, "en")}
                    {full ? ` (already ${p.limitPerCircle} in this circle)` : ""}
                  </option>
                );
              })}
            </select>
            <FieldIssues path={`${path}.perspectiveKey`} issues={issues.at(`${path}.perspectiveKey`)} />
          </div>
        )}
        {isPrimary && <FieldIssues path={`${path}.perspectiveKey`} issues={issues.at(`${path}.perspectiveKey`)} />}
        <TextField
          path={`${path}.relationship`}
          label="Relationship (optional)"
          hint={isPrimary ? undefined : "To the patient or customer, e.g. daughter, named nurse"}
          issues={issues}
          value={person.relationship}
          onChange={(relationship) => onChange({ relationship })}
          maxLength={60}
        />
        <TextField
          path={`${path}.name`}
          label="Name (optional)"
          issues={issues}
          value={person.name}
          onChange={(name) => onChange({ name })}
          maxLength={200}
        />
        <ContactField path={`${path}.email`} label="Email (optional)" type="email" value={person.email} issues={issues} onChange={(email) => onChange({ email })} />
        <ContactField
          path={`${path}.phone`}
          label="Mobile phone (optional)"
          type="tel"
          hint="International format, e.g. +44 7700 900123"
          value={person.phone}
          issues={issues}
          onChange={(phone) => onChange({ phone })}
        />
        <div>
          <label htmlFor={fieldId(`${path}.language`)} className="block text-sm font-medium">
            Preferred language
          </label>
          <select
            {...controlProps(`${path}.language`, issues)}
            value={person.language}
            onChange={(e) => onChange({ language: e.target.value as TLanguage | "" })}
            className={selectClass}
          >
            <option value="">Survey default ({LANGUAGES[defaultLanguage].name})</option>
            {languages.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGES[l].name}
              </option>
            ))}
          </select>
          <FieldIssues path={`${path}.language`} issues={issues.at(`${path}.language`)} />
        </div>
      </div>
      {onRemove && (
        <button type="button" className={`${buttonClass} mt-3`} onClick={onRemove}>
          Remove person {index + 1}
        </button>
      )}
    </fieldset>
  );
}

function ContactField({
  path,
  label,
  type,
  hint,
  value,
  issues,
  onChange,
}: {
  path: string;
  label: string;
  type: "email" | "tel";
  hint?: string;
  value: string;
  issues: FormIssues;
  onChange: (value: string) => void;
}) {
  const hintId = hint ? `${fieldId(path)}-hint` : undefined;
  return (
    <div>
      <label htmlFor={fieldId(path)} className="block text-sm font-medium">
        {label}
      </label>
      <input
        type={type}
        autoComplete="off"
        maxLength={254}
        {...controlProps(path, issues, hintId)}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={inputClass}
      />
      {hint && (
        <p id={hintId} className="mt-0.5 text-xs text-slate-600">
          {hint}
        </p>
      )}
      <FieldIssues path={path} issues={issues.at(path)} />
    </div>
  );
}
