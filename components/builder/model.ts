// The builder's working copy of a survey definition and the edits that touch more than one field
// (keys referenced elsewhere, lists with stable row ids, type changes). Pure: no React, no I/O.
import type { TItemDefinition, TPerspectiveDefinition, TSurveyDefinition } from "@/lib/survey/definition";
import { LANGUAGES, localize, type TLanguage, type TLocalizedText } from "@/lib/survey/languages";
import type { TItemType } from "@/lib/survey/item";

/** Row ids that survive key edits and moves, so React keeps focus on the right row. */
export type RowIds = { items: string[]; perspectives: string[] };
export type EditorState = { definition: TSurveyDefinition; rows: RowIds };
/** A change to the working copy: mutate the (already cloned) definition and row ids in place. */
export type Recipe = (d: TSurveyDefinition, rows: RowIds) => void;
export type Edit = (recipe: Recipe) => void;

export const ITEM_TYPE_NAMES: Record<TItemType, string> = {
  rating5: "5-point rating",
  rating10: "0–10 rating",
  yesNo: "Yes / no",
  singleChoice: "Single choice",
  multipleChoice: "Multiple choice",
  text: "Free text",
};

let rowCounter = 0;
/** Ids for rows added in the browser (never rendered on the server). */
export function newRowId(): string {
  rowCounter += 1;
  return `row-new-${rowCounter}`;
}

/** Row ids from positions, so the server's rendering and the browser's agree; `generation` remounts all rows. */
export function editorStateOf(definition: TSurveyDefinition, generation = 0): EditorState {
  return {
    definition,
    rows: {
      items: definition.items.map((_, i) => `row-${generation}-i${i}`),
      perspectives: definition.perspectives.map((_, i) => `row-${generation}-p${i}`),
    },
  };
}

export function applyRecipe(state: EditorState, recipe: Recipe): EditorState {
  const definition = structuredClone(state.definition);
  const rows = { items: [...state.rows.items], perspectives: [...state.rows.perspectives] };
  recipe(definition, rows);
  return { definition, rows };
}

export function languageName(language: TLanguage): string {
  return LANGUAGES[language].name;
}

export function perspectiveName(d: TSurveyDefinition, key: string): string {
  const p = d.perspectives.find((x) => x.key === key);
  return (p && localize(p.label, d.defaultLanguage).trim()) || key;
}

/** `base_N` with the smallest N ≥ start not taken. */
export function uniqueKey(base: string, taken: Iterable<string>, start = 1): string {
  const used = new Set(taken);
  for (let n = start; ; n += 1) {
    const key = `${base}_${n}`;
    if (!used.has(key)) return key;
  }
}

const RATING5_DEFAULTS: Partial<Record<TLanguage, string[]>> = {
  en: ["Very poor", "Poor", "Fair", "Good", "Very good"],
  es: ["Muy malo", "Malo", "Regular", "Bueno", "Muy bueno"],
};
const RATING10_DEFAULTS: Partial<Record<TLanguage, [string, string]>> = {
  en: ["Not at all likely", "Extremely likely"],
  es: ["Nada probable", "Muy probable"],
};

function defaultsFor<T>(table: Partial<Record<TLanguage, T>>, languages: TLanguage[]): Partial<Record<TLanguage, T>> {
  const out: Partial<Record<TLanguage, T>> = {};
  for (const l of languages) if (table[l]) out[l] = table[l];
  return out;
}

type Base = Pick<TItemDefinition, "key" | "required" | "page" | "condition" | "askedOf" | "wording">;

/** The item as `type`, keeping what every item has and, between the two choice types, the choices. */
export function withType(item: Base & Partial<TItemDefinition>, type: TItemType, d: TSurveyDefinition): TItemDefinition {
  const base: Base = {
    key: item.key,
    required: item.required,
    page: item.page,
    condition: item.condition,
    askedOf: item.askedOf,
    wording: item.wording,
  };
  const choices =
    "choices" in item && item.choices
      ? item.choices
      : [1, 2].map((n) => ({ value: `option_${n}`, label: { [d.defaultLanguage]: `Option ${n}` } as TLocalizedText }));
  switch (type) {
    case "rating5":
      return { ...base, type, labels: defaultsFor(RATING5_DEFAULTS, d.languages) };
    case "rating10": {
      const pairs = defaultsFor(RATING10_DEFAULTS, d.languages);
      const low: TLocalizedText = {};
      const high: TLocalizedText = {};
      for (const [l, pair] of Object.entries(pairs) as [TLanguage, [string, string]][]) {
        low[l] = pair[0];
        high[l] = pair[1];
      }
      return { ...base, type, lowLabel: low, highLabel: high };
    }
    case "yesNo":
      return { ...base, type };
    case "singleChoice":
      return { ...base, type, choices };
    case "multipleChoice":
      return { ...base, type, choices, minSelections: 0 };
    case "text":
      return { ...base, type, maxLength: 2000 };
  }
}

export function newItem(d: TSurveyDefinition): TItemDefinition {
  const primary = d.perspectives.find((p) => p.primary) ?? d.perspectives[0];
  const last = d.items.at(-1);
  return withType(
    {
      key: uniqueKey("item", d.items.map((i) => i.key), d.items.length + 1),
      required: false,
      page: last?.page ?? 1,
      condition: null,
      askedOf: primary ? [primary.key] : [],
      wording: primary ? { [primary.key]: {} } : {},
    },
    "rating5",
    d,
  );
}

export function newPerspective(d: TSurveyDefinition): TPerspectiveDefinition {
  const key = uniqueKey("perspective", d.perspectives.map((p) => p.key), d.perspectives.length + 1);
  return {
    key,
    label: { [d.defaultLanguage]: `Perspective ${d.perspectives.length + 1}` },
    primary: false,
    limitPerCircle: 1,
    invitableBy: { organisation: true, respondent: false },
    provider: false,
  };
}

export function move<T>(list: T[], from: number, to: number): void {
  if (to < 0 || to >= list.length || from === to) return;
  const [x] = list.splice(from, 1);
  if (x !== undefined) list.splice(to, 0, x);
}

/** A perspective's key changes everywhere items refer to it. */
export function renamePerspective(d: TSurveyDefinition, from: string, to: string): void {
  const p = d.perspectives.find((x) => x.key === from);
  if (!p) return;
  p.key = to;
  for (const item of d.items) {
    item.askedOf = item.askedOf.map((k) => (k === from ? to : k));
    if (from in item.wording) {
      item.wording[to] = item.wording[from] ?? {};
      delete item.wording[from];
    }
  }
}

/** An item's key changes in the conditions of the items that depend on it too. */
export function renameItem(d: TSurveyDefinition, from: string, to: string): void {
  for (const item of d.items) {
    if (item.key === from) item.key = to;
    else if (item.condition?.itemKey === from) item.condition.itemKey = to;
  }
}

export function itemsAsking(d: TSurveyDefinition, perspectiveKey: string): TItemDefinition[] {
  return d.items.filter((i) => i.askedOf.includes(perspectiveKey) || perspectiveKey in i.wording);
}

export function removePerspective(d: TSurveyDefinition, rows: RowIds, index: number): void {
  const p = d.perspectives[index];
  if (!p) return;
  d.perspectives.splice(index, 1);
  rows.perspectives.splice(index, 1);
  for (const item of d.items) {
    item.askedOf = item.askedOf.filter((k) => k !== p.key);
    delete item.wording[p.key];
  }
}

function isBlank(text: TLocalizedText | undefined): boolean {
  return !text || Object.values(text).every((v) => !v?.trim());
}

/** How many texts would go if `language` were removed. */
export function textsIn(d: TSurveyDefinition, language: TLanguage): number {
  let n = d.intro[language]?.trim() ? 1 : 0;
  for (const p of d.perspectives) if (p.label[language]?.trim()) n += 1;
  for (const item of d.items) {
    for (const w of Object.values(item.wording)) if (w?.[language]?.trim()) n += 1;
  }
  return n;
}

function forEachLocalized(d: TSurveyDefinition, fn: (text: TLocalizedText) => void): void {
  fn(d.intro);
  for (const p of d.perspectives) fn(p.label);
  for (const item of d.items) {
    for (const w of Object.values(item.wording)) if (w) fn(w);
    if (item.type === "rating10") {
      fn(item.lowLabel);
      fn(item.highLabel);
    }
    if (item.type === "singleChoice" || item.type === "multipleChoice") for (const c of item.choices) fn(c.label);
  }
}

export function addLanguage(d: TSurveyDefinition, language: TLanguage): void {
  if (d.languages.includes(language)) return;
  d.languages.push(language);
  for (const item of d.items) {
    const r5 = RATING5_DEFAULTS[language];
    if (item.type === "rating5" && r5 && !item.labels[language]) item.labels[language] = [...r5];
    const r10 = RATING10_DEFAULTS[language];
    if (item.type === "rating10" && r10) {
      item.lowLabel[language] ??= r10[0];
      item.highLabel[language] ??= r10[1];
    }
  }
}

export function removeLanguage(d: TSurveyDefinition, language: TLanguage): void {
  d.languages = d.languages.filter((l) => l !== language);
  if (d.defaultLanguage === language && d.languages[0]) d.defaultLanguage = d.languages[0];
  forEachLocalized(d, (text) => {
    delete text[language];
  });
  for (const item of d.items) if (item.type === "rating5") delete item.labels[language];
}

export type Held = { path: string; message: string };

/**
 * What is sent to the server: empty texts left out (a blank field is "not written yet"), and five-label
 * sets only once all five are written — those are kept on screen meanwhile and reported as `held`.
 */
export function toSavable(d: TSurveyDefinition): { definition: TSurveyDefinition; held: Held[] } {
  const out = structuredClone(d);
  const held: Held[] = [];
  forEachLocalized(out, (text) => {
    for (const [l, v] of Object.entries(text) as [TLanguage, string | undefined][]) if (!v?.trim()) delete text[l];
  });
  out.items.forEach((item, i) => {
    for (const [language, text] of Object.entries(item.wording)) if (isBlank(text)) item.wording[language] = {};
    if (item.type !== "rating5") return;
    for (const [l, labels] of Object.entries(item.labels) as [TLanguage, string[] | undefined][]) {
      const filled = (labels ?? []).filter((x) => x.trim()).length;
      if (filled === 5) continue;
      delete item.labels[l];
      if (filled > 0) held.push({ path: `items.${i}.labels.${l}`, message: "Kept on this screen until all five labels are written." });
    }
  });
  return { definition: out, held };
}
