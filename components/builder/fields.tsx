"use client";
// Labelled form controls for the builder; each shows the issues placed at its path, tied by aria-describedby.
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { fieldId, issuesId, type Issue, type IssueIndex } from "./issues";

export const selectClass =
  "mt-1 block rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm aria-invalid:border-rose-700 disabled:bg-slate-100";
export const inputClass =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm aria-invalid:border-rose-700 disabled:bg-slate-100";
export const buttonClass =
  "inline-flex items-center rounded-md border border-slate-400 bg-white px-2.5 py-1 text-sm font-medium hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-60";
export const dangerButtonClass =
  "inline-flex items-center rounded-md bg-rose-700 px-4 py-2 text-sm font-semibold text-white hover:bg-rose-800";
export const primaryButtonClass =
  "inline-flex items-center rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:bg-slate-500";

/**
 * Fields that keep what is typed until it is valid (keys, numbers) report it here, so the save status and
 * the issue list say that something on screen is not saved.
 */
export const LocalProblemContext = createContext<(path: string, problem: string | null) => void>(() => {});

function useLocalProblem(path: string, problem: string | null) {
  const report = useContext(LocalProblemContext);
  useEffect(() => {
    report(path, problem);
    return () => report(path, null);
  }, [report, path, problem]);
}

const KIND_PREFIX = { issue: "", invalid: "Not saved: ", held: "" } as const;

export function FieldIssues({ path, issues }: { path: string; issues: Issue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul id={issuesId(path)} className="mt-1 space-y-0.5 text-sm">
      {issues.map((issue, i) => (
        <li key={i} className={issue.kind === "held" ? "text-amber-800" : "text-rose-800"}>
          <span aria-hidden="true">⚠ </span>
          {KIND_PREFIX[issue.kind]}
          {issue.message}
        </li>
      ))}
    </ul>
  );
}

/** Props every control spreads: its id, and its issues as description and invalid state. */
export function controlProps(path: string, issues: IssueIndex, extraDescription?: string) {
  const own = issues.at(path);
  const describedBy = [own.length > 0 ? issuesId(path) : null, extraDescription].filter(Boolean).join(" ");
  return {
    id: fieldId(path),
    "aria-invalid": own.some((i) => i.kind !== "held") || undefined,
    "aria-describedby": describedBy || undefined,
  };
}

type BaseProps = { path: string; label: ReactNode; issues: IssueIndex; hint?: string; className?: string };

function Hint({ path, hint }: { path: string; hint?: string }) {
  return hint ? (
    <p id={`${fieldId(path)}-hint`} className="mt-0.5 text-xs text-slate-600">
      {hint}
    </p>
  ) : null;
}

export function TextField({
  path,
  label,
  issues,
  hint,
  className = "",
  value,
  onChange,
  multiline = false,
  rows = 2,
  dir,
  lang,
  maxLength = 2000,
}: BaseProps & {
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  dir?: "ltr" | "rtl";
  lang?: string;
  maxLength?: number;
}) {
  const props = {
    ...controlProps(path, issues, hint ? `${fieldId(path)}-hint` : undefined),
    value,
    dir,
    lang,
    maxLength,
    className: inputClass,
  };
  return (
    <div className={className}>
      <label htmlFor={fieldId(path)} className="block text-sm font-medium">
        {label}
      </label>
      <Hint path={path} hint={hint} />
      {multiline ? (
        <textarea rows={rows} {...props} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input type="text" {...props} onChange={(e) => onChange(e.target.value)} />
      )}
      <FieldIssues path={path} issues={issues.at(path)} />
    </div>
  );
}

/** A whole number; what is typed stays on screen until it is a number in range, then it is committed. */
export function NumberField({
  path,
  label,
  issues,
  hint,
  className = "",
  value,
  onChange,
  min,
  max,
  optional = false,
  disabled = false,
}: BaseProps & {
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  min: number;
  max: number;
  optional?: boolean;
  disabled?: boolean;
}) {
  const [text, setText] = useState(value === undefined ? "" : String(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value === undefined ? "" : String(value));
  }
  const n = Number(text);
  const problem =
    text.trim() === ""
      ? optional
        ? null
        : "Enter a number."
      : !Number.isInteger(n) || n < min || n > max
        ? `Enter a whole number from ${min} to ${max}.`
        : null;
  useLocalProblem(path, problem);
  return (
    <div className={className}>
      <label htmlFor={fieldId(path)} className="block text-sm font-medium">
        {label}
      </label>
      <input
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        disabled={disabled}
        {...controlProps(path, issues, hint ? `${fieldId(path)}-hint` : undefined)}
        value={text}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          const v = Number(next);
          if (next.trim() === "" && optional) onChange(undefined);
          else if (next.trim() !== "" && Number.isInteger(v) && v >= min && v <= max) {
            setShown(v);
            onChange(v);
          }
        }}
        className={`${selectClass} w-28`}
      />
      <Hint path={path} hint={hint} />
      <FieldIssues path={path} issues={issues.at(path)} />
    </div>
  );
}

export function CheckboxField({
  path,
  label,
  issues,
  checked,
  onChange,
  disabled,
  className = "",
}: BaseProps & { checked: boolean; onChange: (checked: boolean) => void; disabled?: boolean }) {
  return (
    <div className={className}>
      <div className="flex min-h-8 items-center gap-2">
        <input
          type="checkbox"
          {...controlProps(path, issues)}
          checked={checked}
          disabled={disabled}
          onChange={(e) => onChange(e.target.checked)}
          className="size-5 shrink-0"
        />
        <label htmlFor={fieldId(path)} className="text-sm">
          {label}
        </label>
      </div>
      <FieldIssues path={path} issues={issues.at(path)} />
    </div>
  );
}

/**
 * A key (`family`, `respect`): other parts of the survey refer to it, so it changes on leaving the field
 * (or Enter), and only to a valid key not used by another one of its kind.
 */
export function KeyField({
  path,
  label,
  issues,
  value,
  taken,
  onCommit,
  className = "",
  pattern = /^[a-z][a-z0-9_]{0,63}$/,
  patternMessage = "A key is 1–64 lowercase letters, digits or _, starting with a letter.",
}: BaseProps & {
  value: string;
  taken: string[];
  onCommit: (key: string) => void;
  pattern?: RegExp;
  patternMessage?: string;
}) {
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value);
  }
  const next = text.trim();
  const problem = !pattern.test(next)
    ? patternMessage
    : next !== value && taken.includes(next)
      ? `“${next}” is already used.`
      : null;
  useLocalProblem(path, problem);
  const commit = () => {
    if (!problem && next !== value) onCommit(next);
  };
  return (
    <div className={className}>
      <label htmlFor={fieldId(path)} className="block text-sm font-medium">
        {label}
      </label>
      <input
        type="text"
        spellCheck={false}
        autoCapitalize="off"
        {...controlProps(path, issues)}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            commit();
          }
        }}
        className={`${inputClass} font-mono`}
      />
      <FieldIssues path={path} issues={issues.at(path)} />
    </div>
  );
}
