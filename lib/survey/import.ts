// Reading a survey definition from a file or an API client: the structure first (every problem, as
// {path, message} an admin can act on), then the publishing rules. Never throws, whatever it is given.
import type { z } from "zod";
import { ITEM_TYPES } from "./item";
import { LANGUAGES } from "./languages";
import { SURVEY_FORMAT, ZSurveyDefinition, type TSurveyDefinition } from "./definition";
import { validateForPublish, type TValidationIssue } from "./validate";

export const MAX_SURVEY_FILE_BYTES = 1024 * 1024;
const MAX_ERRORS = 200;

export type TParseResult =
  | { ok: true; definition: TSurveyDefinition; issues: TValidationIssue[] }
  | { ok: false; errors: TValidationIssue[] };

type PathKey = string | number | symbol;

/** Fields whose value is text per language: an unknown key in them is an unknown language. */
const LOCALIZED_FIELDS = new Set(["label", "intro", "lowLabel", "highLabel", "labels"]);

function pathOf(path: readonly PathKey[]): string {
  return path.map((key) => String(key)).join(".");
}

/** The input value at a path, for messages only; tolerant of anything. */
function valueAt(input: unknown, path: readonly PathKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = Object.hasOwn(current, key) ? (current as Record<PathKey, unknown>)[key] : undefined;
  }
  return current;
}

function shown(value: unknown): string {
  let text: string;
  try {
    text = typeof value === "string" ? `"${value}"` : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function kindOf(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return "text";
  if (typeof value === "number") return Number.isFinite(value) ? "a number" : "an invalid number";
  return `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = {
  object: "an object",
  array: "a list",
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
};

function sizeMessage(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall, value: unknown): string {
  const big = issue.code === "too_big";
  const limit = Number(big ? issue.maximum : issue.minimum);
  const bound = big ? "at most" : "at least";
  switch (issue.origin) {
    case "string": {
      if (!big && limit === 1) return "must not be empty";
      const actual = typeof value === "string" ? ` (it has ${value.trim().length})` : "";
      return `must be ${bound} ${limit} characters${actual}`;
    }
    case "array": {
      const actual = Array.isArray(value) ? ` (it has ${value.length})` : "";
      if (issue.exact) return `must have exactly ${limit} entries${actual}`;
      return `must have ${bound} ${limit} ${limit === 1 ? "entry" : "entries"}${actual}`;
    }
    case "number":
    case "int":
      return `must be ${bound} ${limit}`;
    default:
      return issue.message;
  }
}

/** One zod issue as admin-facing issues; an unknown-keys issue becomes one per field, at the field's path. */
function convertIssue(issue: z.core.$ZodIssue, input: unknown): TValidationIssue[] {
  const path = pathOf(issue.path);
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case "unrecognized_keys": {
      const parent = issue.path[issue.path.length - 1];
      const grandparent = issue.path[issue.path.length - 2];
      const localized = (typeof parent === "string" && LOCALIZED_FIELDS.has(parent)) || grandparent === "wording";
      return issue.keys.map((key) => ({
        path: pathOf([...issue.path, key]),
        message: localized
          ? `${shown(key)} is not a supported language (use ${Object.keys(LANGUAGES).join(", ")})`
          : `unknown field ${shown(key)}`,
      }));
    }
    case "invalid_type": {
      if (issue.path.length === 0) return [{ path, message: `a survey definition must be a JSON object, not ${kindOf(value)}` }];
      if (value === undefined) return [{ path, message: "is required" }];
      // A number of the wrong kind (0.5 for a whole number) is clearer shown than described.
      const actual = typeof value === "number" ? shown(value) : kindOf(value);
      return [{ path, message: `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${actual}` }];
    }
    case "too_big":
    case "too_small":
      return [{ path, message: sizeMessage(issue, value) }];
    case "invalid_value": {
      if (issue.path.length === 1 && issue.path[0] === "format") {
        const marked = value === undefined ? "not marked as" : `${shown(value)}, not`;
        return [{ path, message: `must be "${SURVEY_FORMAT}" (this file is ${marked} a Circles survey)` }];
      }
      if (issue.values.length === 1) return [{ path, message: `must be ${shown(issue.values[0])}` }];
      const options = issue.values.map(String).join(", ");
      if (value === undefined) return [{ path, message: `is required: one of ${options}` }];
      return [{ path, message: `${shown(value)} is not allowed: use one of ${options}` }];
    }
    case "invalid_union":
      if (issue.discriminator === "type") {
        const types = ITEM_TYPES.join(", ");
        if (value === undefined) return [{ path, message: `is required: the item type, one of ${types}` }];
        return [{ path, message: `unknown item type ${shown(value)}: use one of ${types}` }];
      }
      return [{ path, message: "must be a number, text, or a list of numbers or texts" }];
    case "invalid_key": {
      // Record keys (perspective keys in an item's wording): the key's own rule says what is wrong.
      const inner = issue.issues[0]?.message ?? issue.message;
      return [{ path, message: `${shown(issue.path[issue.path.length - 1])} is not a valid key: ${inner}` }];
    }
    case "invalid_format":
      // Our schemas give their own messages for patterns (keys, choice values).
      return [{ path, message: issue.message }];
    default:
      return [{ path, message: issue.message }];
  }
}

export function parseSurveyDefinition(input: unknown, options: { requirePublishable?: boolean } = {}): TParseResult {
  const requirePublishable = options.requirePublishable ?? true;
  try {
    const parsed = ZSurveyDefinition.safeParse(input);
    if (!parsed.success) {
      const errors = parsed.error.issues.flatMap((issue) => convertIssue(issue, input));
      return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
    }
    const issues = validateForPublish(parsed.data);
    if (requirePublishable && issues.length > 0) return { ok: false, errors: issues.slice(0, MAX_ERRORS) };
    return { ok: true, definition: parsed.data, issues };
  } catch {
    // Hostile input (getters that throw, proxies, exotic objects): refuse it rather than crash.
    return { ok: false, errors: [{ path: "", message: "the survey definition could not be read" }] };
  }
}

/** Reads a survey file's text (JSON, at most 1 MB) and parses it as parseSurveyDefinition does. */
export function parseSurveyFile(text: string, options: { requirePublishable?: boolean } = {}): TParseResult {
  if (typeof text !== "string") return { ok: false, errors: [{ path: "", message: "the file could not be read as text" }] };
  // Characters never outnumber UTF-8 bytes, so the cheap check first.
  const bytes = text.length > MAX_SURVEY_FILE_BYTES ? text.length : new TextEncoder().encode(text).length;
  if (bytes > MAX_SURVEY_FILE_BYTES) {
    const megabytes = (bytes / MAX_SURVEY_FILE_BYTES).toFixed(1);
    return { ok: false, errors: [{ path: "", message: `the file is ${megabytes} MB; a survey file can be at most 1 MB` }] };
  }
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") return { ok: false, errors: [{ path: "", message: "the file is empty" }] };
  let input: unknown;
  try {
    input = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? `: ${error.message}` : "";
    return { ok: false, errors: [{ path: "", message: `the file is not valid JSON${detail}` }] };
  }
  return parseSurveyDefinition(input, options);
}
