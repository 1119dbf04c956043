// The columns of a circles import file and the rule for one value of each: what it becomes, or a
// message saying what to fix. Messages are read after "row 7, column email: ".
import { z } from "zod";

export const COLUMNS = [
  "circle_ref",
  "site",
  "unit",
  "experience_date",
  "perspective",
  "relationship",
  "name",
  "email",
  "phone",
  "language",
] as const;
export type TColumn = (typeof COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly TColumn[] = ["circle_ref", "perspective"];

/** The longest value of the free-text columns, in characters; the others have a shape of their own. */
const MAX_LENGTH: Partial<Record<TColumn, number>> = {
  circle_ref: 100,
  site: 100,
  unit: 100,
  relationship: 60,
  name: 200,
  email: 254,
};

export type TCellResult = { ok: true; value: string | null } | { ok: false; message: string };

export type TCellContext = {
  perspectives: { key: string; label: string }[];
  languages: string[];
  defaultLanguage: string;
  today: string;
};

const REF_PATTERN = /^[A-Za-z0-9._/-]+$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const PHONE_PATTERN = /^\+\d{8,15}$/;
const PHONE_SHAPE = /^\+[\d\s()-]*$/;
const PHONE_SEPARATORS = /[\s()-]/g;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
const FORMULA_STARTS = new Set(["=", "+", "-", "@"]);
const FORMULA_RULE = "a value may not start with =, +, -, @, a tab or a line break";
/** 5000000 → "5,000,000", the same on every machine whatever its locale. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Text cut short for a message, so that a long value is never echoed back whole. */
export function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 37)}…` : value;
}

/** A value quoted for a message. */
export function shown(value: string): string {
  return `"${clip(value)}"`;
}

function list(values: readonly string[]): string {
  return values.join(", ");
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function checkDate(value: string, today: string): TCellResult {
  const match = DATE_PATTERN.exec(value);
  if (!match) return { ok: false, message: `${shown(value)} is not a date in the form YYYY-MM-DD (e.g. 2024-03-12)` };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, message: `${value} is not a real date` };
  }
  if (year < 1900) return { ok: false, message: `${value} is before 1900: check the year` };
  if (value > today) return { ok: false, message: `${value} is in the future (today is ${today})` };
  return { ok: true, value };
}

/** The rule for one column, built once per file from the survey the wave sends. */
export function makeCellChecker(context: TCellContext): (column: TColumn, raw: string) => TCellResult {
  const perspectiveKeys = context.perspectives.map((p) => p.key);
  const perspectiveByName = new Map<string, string>();
  // Keys win over labels when a label of one perspective is the key of another.
  for (const p of context.perspectives) perspectiveByName.set(String(p.label).trim().toLowerCase(), p.key);
  for (const p of context.perspectives) perspectiveByName.set(p.key.toLowerCase(), p.key);
  const languageByName = new Map(context.languages.map((code) => [code.toLowerCase(), code]));

  return (column, raw) => {
    const value = raw.trim();
    if (value === "") {
      if (column === "circle_ref") return { ok: false, message: "missing: every row needs the circle's external reference" };
      if (column === "perspective") return { ok: false, message: `missing: one of ${list(perspectiveKeys)}` };
      if (column === "language") return { ok: true, value: context.defaultLanguage };
      return { ok: true, value: null };
    }
    // Trimming removed any leading tab or line break, so the raw value is looked at for those.
    const first = raw.charAt(0);
    if (first === "\t" || first === "\r" || first === "\n") {
      const what = first === "\t" ? "a tab" : "a line break";
      return { ok: false, message: `looks like a spreadsheet formula (it starts with ${what}); ${FORMULA_RULE}` };
    }
    const max = MAX_LENGTH[column];
    if (max !== undefined && value.length > max) {
      return { ok: false, message: `${formatCount(value.length)} characters; at most ${formatCount(max)}` };
    }
    if (FORMULA_STARTS.has(value.charAt(0))) {
      // A phone number in international form starts with "+"; it is the only value that may.
      const phoneShaped = column === "phone" && PHONE_SHAPE.test(value);
      if (!phoneShaped) {
        const start = `"${value.charAt(0)}"`;
        return { ok: false, message: `looks like a spreadsheet formula (it starts with ${start}); ${FORMULA_RULE}` };
      }
    }
    if (CONTROL_CHARACTERS.test(value)) {
      return { ok: false, message: "contains a line break, a tab or another control character: remove it" };
    }
    switch (column) {
      case "circle_ref":
        if (!REF_PATTERN.test(value)) {
          return { ok: false, message: `${shown(value)} may use only letters A–Z, digits and . _ / - (no spaces)` };
        }
        return { ok: true, value };
      case "experience_date":
        return checkDate(value, context.today);
      case "perspective": {
        const key = perspectiveByName.get(value.toLowerCase());
        if (key === undefined) {
          return { ok: false, message: `unknown perspective ${shown(value)}; this survey has ${list(perspectiveKeys)}` };
        }
        return { ok: true, value: key };
      }
      case "email":
        if (!z.regexes.email.test(value)) return { ok: false, message: `${shown(value)} is not a valid email address` };
        return { ok: true, value };
      case "phone": {
        const phone = value.replace(PHONE_SEPARATORS, "");
        if (!PHONE_PATTERN.test(phone)) {
          return {
            ok: false,
            message: `${shown(value)} is not a phone number in international form: + then 8 to 15 digits (e.g. +44 7700 900123)`,
          };
        }
        return { ok: true, value: phone };
      }
      case "language": {
        const code = languageByName.get(value.toLowerCase());
        if (code === undefined) {
          return { ok: false, message: `unknown language ${shown(value)}; this survey is in ${list(context.languages)}` };
        }
        return { ok: true, value: code };
      }
      default:
        return { ok: true, value };
    }
  };
}
