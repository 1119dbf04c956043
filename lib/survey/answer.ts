// One answer to one item: the schema it must pass (with messages a respondent or integrator can act
// on) and how it maps to the answers table's three value columns and back.
import { z } from "zod";
import type { TItemDefinition } from "./definition";
import { scaleOf } from "./item";
import type { TAnswerValue } from "./logic";

type TAnswerColumns = { numericValue: number | null; choiceValues: string[] | null; textValue: string | null };

/** Echoes a respondent's value in a message without letting a huge one through. */
function shown(value: unknown): string {
  const text = typeof value === "string" ? `"${value}"` : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function kindOf(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "number") return Number.isFinite(value) ? "a number" : "an invalid number";
  if (typeof value === "string") return "text";
  return `a ${typeof value}`;
}

function scaleSchema(min: number, max: number, yesNo: boolean) {
  const expected = yesNo ? "1 (yes) or 0 (no)" : `a whole number from ${min} to ${max}`;
  const outside = (input: unknown) =>
    yesNo
      ? `${shown(input)} is not an answer to a yes/no question: expected ${expected}`
      : `${shown(input)} is outside the scale ${min} to ${max}`;
  return z
    .number({ error: (iss) => `Expected ${expected}, got ${kindOf(iss.input)}` })
    .int({ error: (iss) => `${shown(iss.input)} is not ${expected}` })
    .min(min, { error: (iss) => outside(iss.input) })
    .max(max, { error: (iss) => outside(iss.input) });
}

function choiceList(item: { choices: { value: string }[] }): string {
  return item.choices.map((choice) => choice.value).join(", ") || "none";
}

/** The schema an answer to this item must pass; text answers come out trimmed. */
export function answerSchemaFor(item: TItemDefinition): z.ZodType<TAnswerValue> {
  switch (item.type) {
    case "rating5":
    case "rating10":
    case "yesNo": {
      const scale = scaleOf(item.type)!;
      return scaleSchema(scale.min, scale.max, item.type === "yesNo");
    }
    case "singleChoice": {
      const offered = new Set(item.choices.map((choice) => choice.value));
      return z.string({ error: (iss) => `Expected one choice value, got ${kindOf(iss.input)}` }).superRefine((value, ctx) => {
        if (!offered.has(value)) {
          ctx.addIssue({ code: "custom", message: `${shown(value)} is not one of the choices offered (${choiceList(item)})` });
        }
      });
    }
    case "multipleChoice": {
      const offered = new Set(item.choices.map((choice) => choice.value));
      const min = item.minSelections;
      const max = item.maxSelections ?? item.choices.length;
      return z
        .array(z.string({ error: (iss) => `Each selection must be a choice value, got ${kindOf(iss.input)}` }), {
          error: (iss) => `Expected a list of choice values, got ${kindOf(iss.input)}`,
        })
        .max(100, "Too many selections")
        .superRefine((values, ctx) => {
          const notOffered = [...new Set(values.filter((value) => !offered.has(value)))];
          if (notOffered.length > 0) {
            const verb = notOffered.length === 1 ? "is" : "are";
            const message = `${notOffered.map(shown).join(", ")} ${verb} not among the choices offered (${choiceList(item)})`;
            ctx.addIssue({ code: "custom", message });
          }
          const duplicates = [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
          if (duplicates.length > 0) {
            const verb = duplicates.length === 1 ? "is" : "are";
            ctx.addIssue({ code: "custom", message: `${duplicates.map(shown).join(", ")} ${verb} selected more than once` });
          }
          if (values.length < min) {
            ctx.addIssue({ code: "custom", message: `Choose at least ${min} (${values.length} chosen)` });
          } else if (values.length > max) {
            ctx.addIssue({ code: "custom", message: `Choose at most ${max} (${values.length} chosen)` });
          }
        });
    }
    case "text":
      return z
        .string({ error: (iss) => `Expected text, got ${kindOf(iss.input)}` })
        .trim()
        .min(1, "The answer is empty")
        .max(item.maxLength, {
          error: (iss) => {
            const length = typeof iss.input === "string" ? iss.input.length : "too many";
            return `The answer is ${length} characters long; at most ${item.maxLength} are allowed`;
          },
        });
  }
}

export function validateAnswer(
  item: TItemDefinition,
  value: unknown,
): { ok: true; value: TAnswerValue } | { ok: false; message: string } {
  const result = answerSchemaFor(item).safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  // Every problem at once (a not-offered choice and too many selections), one sentence each.
  return { ok: false, message: result.error.issues.map((issue) => issue.message).join(". ") };
}

/** Maps a valid answer to the answers table: ratings and yes/no → numericValue, choices → choiceValues, text → textValue. */
export function answerColumns(item: TItemDefinition, value: TAnswerValue): TAnswerColumns {
  const columns: TAnswerColumns = { numericValue: null, choiceValues: null, textValue: null };
  switch (item.type) {
    case "rating5":
    case "rating10":
    case "yesNo":
      if (typeof value !== "number") break;
      return { ...columns, numericValue: value };
    case "singleChoice":
      if (typeof value !== "string") break;
      return { ...columns, choiceValues: [value] };
    case "multipleChoice":
      if (!Array.isArray(value)) break;
      return { ...columns, choiceValues: [...value] };
    case "text":
      if (typeof value !== "string") break;
      return { ...columns, textValue: value };
  }
  // A programming error (the answer was not validated), not a respondent's mistake.
  throw new TypeError(`An answer of type ${typeof value} does not fit ${item.type} item "${item.key}"`);
}

/** The inverse of answerColumns; undefined when the row holds no value of the item's kind. */
export function answerFromColumns(
  item: TItemDefinition,
  row: { numericValue?: number | null; choiceValues?: string[] | null; textValue?: string | null },
): TAnswerValue | undefined {
  switch (item.type) {
    case "rating5":
    case "rating10":
    case "yesNo":
      return row.numericValue ?? undefined;
    case "singleChoice":
      return row.choiceValues?.[0];
    case "multipleChoice":
      return row.choiceValues ? [...row.choiceValues] : undefined;
    case "text":
      return row.textValue ?? undefined;
  }
}
