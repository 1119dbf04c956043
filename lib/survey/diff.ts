// What changed between two versions of a survey, for the "changes since the last version" summary:
// items are matched by key (trends follow keys), so a changed key reads as one removed and one added.
import type { TItemDefinition, TSurveyDefinition } from "./definition";

export type TDefinitionDiff = {
  itemsAdded: string[];
  itemsRemoved: string[];
  /** Items whose wording differs, with the perspectives (keys) whose wording differs in any language. */
  itemsReworded: { key: string; perspectives: string[] }[];
  /** Items whose type, scale labels, choices, settings, required, condition, page or audience differ. */
  itemsChanged: { key: string; changes: string[] }[];
  perspectivesAdded: string[];
  perspectivesRemoved: string[];
  languagesAdded: string[];
  languagesRemoved: string[];
};

/** Key order does not matter to a definition's meaning ({ en, es } equals { es, en }). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

function added<T>(from: T[], to: T[]): T[] {
  return [...new Set(to.filter((value) => !from.includes(value)))];
}

function choiceChanges(from: TItemDefinition, to: TItemDefinition): string[] {
  if (!("choices" in from) || !("choices" in to)) return [];
  const changes: string[] = [];
  const fromValues = from.choices.map((choice) => choice.value);
  const toValues = to.choices.map((choice) => choice.value);
  const newChoices = added(fromValues, toValues);
  const oldChoices = added(toValues, fromValues);
  if (newChoices.length > 0) changes.push(`choices added: ${newChoices.join(", ")}`);
  if (oldChoices.length > 0) changes.push(`choices removed: ${oldChoices.join(", ")}`);
  const relabelled = to.choices
    .filter((choice) => {
      const before = from.choices.find((c) => c.value === choice.value);
      return before !== undefined && !same(before.label, choice.label);
    })
    .map((choice) => choice.value);
  if (relabelled.length > 0) changes.push(`choice labels changed: ${relabelled.join(", ")}`);
  const kept = toValues.filter((value) => fromValues.includes(value));
  if (!same(kept, fromValues.filter((value) => toValues.includes(value)))) changes.push("choices reordered");
  return changes;
}

function settingChanges(from: TItemDefinition, to: TItemDefinition): string[] {
  if (from.type === "rating5" && to.type === "rating5") return same(from.labels, to.labels) ? [] : ["scale labels changed"];
  if (from.type === "rating10" && to.type === "rating10") {
    return same(from.lowLabel, to.lowLabel) && same(from.highLabel, to.highLabel) ? [] : ["scale labels changed"];
  }
  if (from.type === "text" && to.type === "text") {
    return from.maxLength === to.maxLength ? [] : [`maximum length changed from ${from.maxLength} to ${to.maxLength}`];
  }
  const changes = choiceChanges(from, to);
  if (from.type === "multipleChoice" && to.type === "multipleChoice") {
    if (from.minSelections !== to.minSelections) {
      changes.push(`minimum selections changed from ${from.minSelections} to ${to.minSelections}`);
    }
    if (from.maxSelections !== to.maxSelections) {
      const describe = (max: number | undefined) => (max === undefined ? "no limit" : String(max));
      changes.push(`maximum selections changed from ${describe(from.maxSelections)} to ${describe(to.maxSelections)}`);
    }
  }
  return changes;
}

function itemChanges(from: TItemDefinition, to: TItemDefinition): string[] {
  const changes: string[] = [];
  if (from.type !== to.type) changes.push(`type changed from ${from.type} to ${to.type}`);
  else changes.push(...settingChanges(from, to));
  if (from.required !== to.required) changes.push(to.required ? "now required" : "no longer required");
  if (!from.condition && to.condition) changes.push("condition added");
  else if (from.condition && !to.condition) changes.push("condition removed");
  else if (!same(from.condition, to.condition)) changes.push("condition changed");
  if (from.page !== to.page) changes.push(`moved from page ${from.page} to page ${to.page}`);
  const askedNow = added(from.askedOf, to.askedOf);
  const askedNoMore = added(to.askedOf, from.askedOf);
  if (askedNow.length > 0) changes.push(`now asked of ${askedNow.join(", ")}`);
  if (askedNoMore.length > 0) changes.push(`no longer asked of ${askedNoMore.join(", ")}`);
  return changes;
}

function rewordedPerspectives(from: TItemDefinition, to: TItemDefinition): string[] {
  const keys = [...new Set([...Object.keys(to.wording), ...Object.keys(from.wording)])];
  return keys.filter((key) => !same(from.wording[key] ?? {}, to.wording[key] ?? {}));
}

export function diffDefinitions(from: TSurveyDefinition, to: TSurveyDefinition): TDefinitionDiff {
  const fromItems = new Map(from.items.toReversed().map((item) => [item.key, item]));
  const fromKeys = from.items.map((item) => item.key);
  const toKeys = to.items.map((item) => item.key);
  const itemsReworded: TDefinitionDiff["itemsReworded"] = [];
  const itemsChanged: TDefinitionDiff["itemsChanged"] = [];
  const compared = new Set<string>();
  for (const item of to.items) {
    const before = fromItems.get(item.key);
    // A key used twice (possible in a draft) is compared once, first occurrence with first occurrence.
    if (!before || compared.has(item.key)) continue;
    compared.add(item.key);
    const perspectives = rewordedPerspectives(before, item);
    if (perspectives.length > 0) itemsReworded.push({ key: item.key, perspectives });
    const changes = itemChanges(before, item);
    if (changes.length > 0) itemsChanged.push({ key: item.key, changes });
  }
  const perspectiveKeys = (definition: TSurveyDefinition) => definition.perspectives.map((perspective) => perspective.key);
  return {
    itemsAdded: added(fromKeys, toKeys),
    itemsRemoved: added(toKeys, fromKeys),
    itemsReworded,
    itemsChanged,
    perspectivesAdded: added(perspectiveKeys(from), perspectiveKeys(to)),
    perspectivesRemoved: added(perspectiveKeys(to), perspectiveKeys(from)),
    languagesAdded: added<string>(from.languages, to.languages),
    languagesRemoved: added<string>(to.languages, from.languages),
  };
}
