// The rules that block publishing a survey version. A draft may break any of them (it is saved as the
// admin builds it); publishing, and importing a file as publishable, refuses until none is broken.
// Messages name item keys, perspective labels and languages in plain English, for the admin.
import type { TItemDefinition, TPerspectiveDefinition, TSurveyDefinition } from "./definition";
import { scaleOf } from "./item";
import { localize, type TLanguage, type TLocalizedText } from "./languages";
import { findConditionCycles } from "./logic";

export type TValidationIssue = { path: string; message: string };

/** Languages by their English names: the admin reading the message may not read the language itself. */
export const LANGUAGE_NAMES: Record<TLanguage, string> = {
  en: "English",
  es: "Spanish",
  fr: "French",
  de: "German",
  pt: "Portuguese",
  pl: "Polish",
  ar: "Arabic",
  he: "Hebrew",
  ur: "Urdu",
};

const TYPE_NAMES: Record<TItemDefinition["type"], string> = {
  rating5: "a 5-point rating",
  rating10: "a 0–10 rating",
  yesNo: "a yes/no question",
  singleChoice: "a single-choice question",
  multipleChoice: "a multiple-choice question",
  text: "a free-text question",
};

type Context = {
  definition: TSurveyDefinition;
  languages: TLanguage[];
  perspectives: Map<string, TPerspectiveDefinition>;
  issues: TValidationIssue[];
};

const quote = (key: string) => `"${key}"`;

function languageName(language: string): string {
  return LANGUAGE_NAMES[language as TLanguage] ?? quote(language);
}

function perspectiveName(ctx: Context, key: string): string {
  const perspective = ctx.perspectives.get(key);
  return perspective ? localize(perspective.label, ctx.definition.defaultLanguage) || quote(key) : quote(key);
}

function add(ctx: Context, path: (string | number)[], message: string) {
  ctx.issues.push({ path: path.join("."), message });
}

/** Reports each survey language with no (non-blank) text; `what` completes "… has no Spanish text". */
function requireLanguages(ctx: Context, text: TLocalizedText | undefined, path: (string | number)[], what: string) {
  for (const language of ctx.languages) {
    if (!text?.[language]?.trim()) add(ctx, [...path, language], `${what} has no ${languageName(language)} text`);
  }
}

function checkLanguages(ctx: Context) {
  const { definition } = ctx;
  const seen = new Set<string>();
  definition.languages.forEach((language, index) => {
    if (seen.has(language)) add(ctx, ["languages", index], `${languageName(language)} is listed twice in the survey's languages`);
    seen.add(language);
  });
  if (!seen.has(definition.defaultLanguage)) {
    add(
      ctx,
      ["defaultLanguage"],
      `The default language, ${languageName(definition.defaultLanguage)}, is not one of the survey's languages`,
    );
  }
  if (Object.values(definition.intro).some((text) => text !== undefined)) {
    requireLanguages(ctx, definition.intro, ["intro"], "The introduction");
  }
}

function checkPerspectives(ctx: Context) {
  const { perspectives } = ctx.definition;
  const primaries = perspectives.flatMap((perspective, index) => (perspective.primary ? [index] : []));
  if (primaries.length === 0) {
    add(ctx, ["perspectives"], "No perspective is marked primary: mark the one for the customer at the centre of the experience");
  }
  const first = primaries[0] === undefined ? "" : perspectiveName(ctx, perspectives[primaries[0]]!.key);
  for (const index of primaries.slice(1)) {
    const second = perspectiveName(ctx, perspectives[index]!.key);
    add(ctx, ["perspectives", index, "primary"], `Only one perspective may be primary: ${first} already is, so ${second} cannot be`);
  }
  const seen = new Set<string>();
  perspectives.forEach((perspective, index) => {
    const path = ["perspectives", index];
    const key = quote(perspective.key);
    if (seen.has(perspective.key)) add(ctx, [...path, "key"], `The perspective key ${key} is used twice`);
    seen.add(perspective.key);
    if (perspective.primary && perspective.limitPerCircle !== 1) {
      add(
        ctx,
        [...path, "limitPerCircle"],
        `${perspectiveName(ctx, perspective.key)} is the primary perspective, so a circle has exactly one of them: ` +
          `its limit per circle must be 1, not ${perspective.limitPerCircle}`,
      );
    }
    requireLanguages(ctx, perspective.label, [...path, "label"], `The label of perspective ${key}`);
  });
}

function checkWording(ctx: Context, item: TItemDefinition, index: number) {
  const name = `Item ${quote(item.key)}`;
  const asked = new Set<string>();
  item.askedOf.forEach((key, position) => {
    const path = ["items", index, "askedOf", position];
    if (asked.has(key)) add(ctx, path, `${name} lists ${perspectiveName(ctx, key)} twice in "asked of"`);
    else if (!ctx.perspectives.has(key)) add(ctx, path, `${name} is asked of ${quote(key)}, which is not a perspective of this survey`);
    else {
      for (const language of ctx.languages) {
        if (item.wording[key]?.[language]?.trim()) continue;
        const message = `${name}: missing wording for ${perspectiveName(ctx, key)} in ${languageName(language)}`;
        add(ctx, ["items", index, "wording", key, language], message);
      }
    }
    asked.add(key);
  });
  if (item.askedOf.length === 0) add(ctx, ["items", index, "askedOf"], `${name} is not asked of any perspective`);
  for (const key of Object.keys(item.wording)) {
    if (asked.has(key)) continue;
    const perspective = perspectiveName(ctx, key);
    const message = ctx.perspectives.has(key)
      ? `${name} has a wording for ${perspective}, but is not asked of ${perspective}: add it to "asked of" or remove the wording`
      : `${name} has a wording for ${quote(key)}, which is not a perspective of this survey`;
    add(ctx, ["items", index, "wording", key], message);
  }
}

function checkChoices(ctx: Context, item: Extract<TItemDefinition, { type: "singleChoice" | "multipleChoice" }>, index: number) {
  const name = `Item ${quote(item.key)}`;
  if (item.choices.length === 0) add(ctx, ["items", index, "choices"], `${name} has no choices`);
  const seen = new Set<string>();
  item.choices.forEach((choice, position) => {
    const path = ["items", index, "choices", position];
    if (seen.has(choice.value)) add(ctx, [...path, "value"], `${name} offers the choice value ${quote(choice.value)} twice`);
    seen.add(choice.value);
    requireLanguages(ctx, choice.label, [...path, "label"], `${name}: the label of choice ${quote(choice.value)}`);
  });
  if (item.type !== "multipleChoice") return;
  const { minSelections: min, maxSelections: max } = item;
  const count = item.choices.length;
  if (max !== undefined && min > max) {
    add(ctx, ["items", index, "minSelections"], `${name} asks for at least ${min} selections but allows at most ${max}`);
  } else if (min > count) {
    add(ctx, ["items", index, "minSelections"], `${name} asks for at least ${min} selections but offers only ${count} choices`);
  }
  if (max !== undefined && max > count) {
    add(ctx, ["items", index, "maxSelections"], `${name} allows up to ${max} selections but offers only ${count} choices`);
  }
}

function checkTypeSettings(ctx: Context, item: TItemDefinition, index: number) {
  const name = `Item ${quote(item.key)}`;
  switch (item.type) {
    case "rating5":
      for (const language of ctx.languages) {
        if (!item.labels[language]) add(ctx, ["items", index, "labels", language], `${name} has no ${languageName(language)} scale labels`);
      }
      return;
    case "rating10":
      requireLanguages(ctx, item.lowLabel, ["items", index, "lowLabel"], `${name}: the label of the low end (0)`);
      requireLanguages(ctx, item.highLabel, ["items", index, "highLabel"], `${name}: the label of the high end (10)`);
      return;
    case "singleChoice":
    case "multipleChoice":
      checkChoices(ctx, item, index);
      return;
    default:
      return;
  }
}

/** Why `value` does not fit a condition with `op` on `target`, or null when it does. */
function conditionValueProblem(target: TItemDefinition, op: string, value: unknown): string | null {
  const scale = scaleOf(target.type);
  const list = Array.isArray(value) ? value : [value];
  if (op === "oneOf" && (!Array.isArray(value) || value.length === 0)) return `"one of" needs a list of at least one value`;
  if (op !== "oneOf" && Array.isArray(value)) return `${op} needs a single value, not a list`;
  if (target.type === "text") return `it uses ${quote(target.key)}, a free-text question, and conditions cannot use free text`;
  if (scale) {
    const expected = target.type === "yesNo" ? "1 (yes) or 0 (no)" : `whole numbers from ${scale.min} to ${scale.max}`;
    const bad = list.find((v) => typeof v !== "number" || !Number.isInteger(v) || v < scale.min || v > scale.max);
    return bad === undefined ? null : `${JSON.stringify(bad)} is not a possible answer to ${quote(target.key)}: use ${expected}`;
  }
  if (op === "atLeast" || op === "atMost") {
    return `${op} compares numbers, but ${quote(target.key)} is ${TYPE_NAMES[target.type]}: use equals or oneOf`;
  }
  const offered = new Set("choices" in target ? target.choices.map((choice) => choice.value) : []);
  const bad = list.find((v) => typeof v !== "string" || !offered.has(v));
  return bad === undefined ? null : `${JSON.stringify(bad)} is not a choice of ${quote(target.key)}`;
}

function checkCondition(ctx: Context, item: TItemDefinition, index: number, positions: Map<string, number>) {
  const condition = item.condition;
  if (!condition) return;
  const path = ["items", index, "condition"];
  const prefix = `Item ${quote(item.key)} shows only when`;
  const earlier = "a condition must use an earlier item";
  if (condition.itemKey === item.key) return add(ctx, path, `${prefix} it is answered itself: ${earlier}`);
  const targetIndex = positions.get(condition.itemKey);
  const target = targetIndex === undefined ? undefined : ctx.definition.items[targetIndex];
  const tested = quote(condition.itemKey);
  if (targetIndex === undefined || !target) {
    return add(ctx, path, `${prefix} ${tested} is answered, but there is no item ${tested}`);
  }
  if (targetIndex > index) return add(ctx, path, `${prefix} ${tested} is answered, but ${tested} comes later: ${earlier}`);
  if (target.page > item.page) {
    const message = `${prefix} ${tested} is answered, but ${tested} is on page ${target.page}, after this item's page ${item.page}`;
    return add(ctx, path, message);
  }
  if (!item.askedOf.some((key) => target.askedOf.includes(key))) {
    add(ctx, path, `${prefix} ${tested} is answered, but no perspective asked ${quote(item.key)} is asked ${tested}`);
  }
  const problem = conditionValueProblem(target, condition.op, condition.value);
  if (problem) add(ctx, path, `The condition of item ${quote(item.key)} does not fit: ${problem}`);
}

function checkItems(ctx: Context) {
  const { items } = ctx.definition;
  if (items.length === 0) add(ctx, ["items"], "The survey has no items");
  // First position of each key: duplicates are reported below, and conditions read the first.
  const positions = new Map<string, number>();
  items.forEach((item, index) => {
    if (positions.has(item.key)) add(ctx, ["items", index, "key"], `The item key ${quote(item.key)} is used twice`);
    else positions.set(item.key, index);
  });
  items.forEach((item, index) => {
    checkWording(ctx, item, index);
    checkTypeSettings(ctx, item, index);
    checkCondition(ctx, item, index, positions);
  });
  for (const cycle of findConditionCycles(ctx.definition)) {
    if (cycle.length < 2) continue; // a condition on its own item is reported above
    add(ctx, ["items", positions.get(cycle[0]!)!, "condition"], `condition cycle: ${[...cycle, cycle[0]].join(" → ")}`);
  }
}

export function validateForPublish(definition: TSurveyDefinition): TValidationIssue[] {
  const ctx: Context = {
    definition,
    languages: [...new Set(definition.languages)],
    // Reversed so that when a key is used twice, messages name the first perspective with it.
    perspectives: new Map(definition.perspectives.toReversed().map((perspective) => [perspective.key, perspective])),
    issues: [],
  };
  checkLanguages(ctx);
  checkPerspectives(ctx);
  checkItems(ctx);
  return ctx.issues;
}
