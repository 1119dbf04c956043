// Problems found in a definition, placed next to the field their path points to: `items.3.wording.family.es`
// is shown under the Family · Español wording of the fourth item, and listed (with a link) at the top.
import type { TSurveyDefinition } from "@/lib/survey/definition";
import { LANGUAGES, type TLanguage } from "@/lib/survey/languages";
import { ITEM_TYPE_NAMES, languageName, perspectiveName } from "./model";

/**
 * `issue`: found by the publish rules (never blocks saving, blocks publishing);
 * `invalid`: the structure is wrong, so nothing is saved until it is fixed;
 * `held`: this field is kept on screen only, until it is complete.
 */
export type IssueKind = "issue" | "invalid" | "held";
export type Issue = { path: string; message: string; kind: IssueKind };

export function fieldId(path: string): string {
  return `f-${path.replaceAll(".", "-") || "survey"}`;
}
export function issuesId(path: string): string {
  return `${fieldId(path)}-issues`;
}

/** Every path the editor renders a field (or a group of fields) for. */
export function fieldPaths(d: TSurveyDefinition): Set<string> {
  const paths = new Set(["", "name", "description", "defaultLanguage", "languages", "intro", "perspectives", "items"]);
  const localized = (base: string) => {
    paths.add(base);
    for (const l of d.languages) paths.add(`${base}.${l}`);
  };
  localized("intro");
  d.perspectives.forEach((_, i) => {
    const p = `perspectives.${i}`;
    for (const f of ["", ".key", ".primary", ".limitPerCircle", ".invitableBy"]) paths.add(p + f);
    localized(`${p}.label`);
  });
  d.items.forEach((item, i) => {
    const p = `items.${i}`;
    for (const f of ["", ".key", ".type", ".required", ".page", ".askedOf", ".condition"]) paths.add(p + f);
    for (const k of item.askedOf) localized(`${p}.wording.${k}`);
    switch (item.type) {
      case "rating5":
        paths.add(`${p}.labels`);
        for (const l of d.languages) {
          paths.add(`${p}.labels.${l}`);
          for (let n = 0; n < 5; n += 1) paths.add(`${p}.labels.${l}.${n}`);
        }
        break;
      case "rating10":
        localized(`${p}.lowLabel`);
        localized(`${p}.highLabel`);
        break;
      case "multipleChoice":
        paths.add(`${p}.minSelections`);
        paths.add(`${p}.maxSelections`);
      // falls through: both choice types list their choices
      case "singleChoice":
        paths.add(`${p}.choices`);
        item.choices.forEach((_, j) => {
          paths.add(`${p}.choices.${j}`);
          paths.add(`${p}.choices.${j}.value`);
          localized(`${p}.choices.${j}.label`);
        });
        break;
      case "text":
        paths.add(`${p}.maxLength`);
        break;
    }
  });
  return paths;
}

/** The nearest rendered field for a path: `items.2.wording.staff.fr` → `items.2` when staff or French is not shown. */
export function anchorOf(path: string, rendered: Set<string>): string {
  const parts = path.split(".");
  while (parts.length > 0 && !rendered.has(parts.join("."))) parts.pop();
  return parts.join(".");
}

export type IssueIndex = {
  all: (Issue & { anchor: string })[];
  at(path: string): Issue[];
  blocking: number;
};

export function indexIssues(issues: Issue[], d: TSurveyDefinition): IssueIndex {
  const rendered = fieldPaths(d);
  const all = issues.map((issue) => ({ ...issue, anchor: anchorOf(issue.path, rendered) }));
  const byAnchor = new Map<string, Issue[]>();
  for (const issue of all) byAnchor.set(issue.anchor, [...(byAnchor.get(issue.anchor) ?? []), issue]);
  return { all, at: (path) => byAnchor.get(path) ?? [], blocking: all.filter((i) => i.kind !== "held").length };
}

export function fromFieldErrors(fieldErrors: Record<string, string[]> | null | undefined, kind: IssueKind): Issue[] {
  return Object.entries(fieldErrors ?? {}).flatMap(([path, messages]) =>
    messages.map((message) => ({ path: path === "(input)" ? "" : path.replace(/^definition\.?/, ""), message, kind })),
  );
}

const FIELD_NAMES: Record<string, string> = {
  name: "name",
  description: "description",
  defaultLanguage: "default language",
  languages: "languages",
  intro: "introduction",
  key: "key",
  label: "label",
  primary: "primary",
  limitPerCircle: "limit per circle",
  invitableBy: "who may invite",
  type: "type",
  required: "required",
  page: "page",
  askedOf: "asked of",
  condition: "condition",
  labels: "scale labels",
  lowLabel: "low label",
  highLabel: "high label",
  choices: "choices",
  minSelections: "minimum selections",
  maxSelections: "maximum selections",
  maxLength: "maximum length",
  wording: "wording",
  value: "value",
};

/** Where a path points, in words: `items.3.wording.family.es` → "Item respect · wording · Family · Español". */
export function describePath(path: string, d: TSurveyDefinition): string {
  if (!path) return "Survey";
  const parts = path.split(".");
  const words: string[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i] ?? "";
    const prev = parts[i - 1];
    const index = Number(part);
    if (prev === "perspectives" && Number.isInteger(index)) {
      words.pop();
      words.push(`Perspective ${d.perspectives[index] ? perspectiveName(d, d.perspectives[index].key) : index + 1}`);
    } else if (prev === "items" && Number.isInteger(index)) {
      words.pop();
      const item = d.items[index];
      words.push(item ? `Item ${item.key} (${ITEM_TYPE_NAMES[item.type]})` : `Item ${index + 1}`);
    } else if (prev === "choices" && Number.isInteger(index)) {
      words.push(`choice ${index + 1}`);
    } else if (prev === "wording") {
      words.push(perspectiveName(d, part));
    } else if (part in FIELD_NAMES) {
      words.push(i === 0 ? `Survey ${FIELD_NAMES[part]}` : (FIELD_NAMES[part] ?? part));
    } else if (isLanguage(part)) {
      words.push(languageName(part));
    } else {
      words.push(Number.isInteger(index) ? `#${index + 1}` : part);
    }
  }
  return words.join(" · ").replace(/^Survey perspectives$/, "Perspectives").replace(/^Survey items$/, "Items");
}

function isLanguage(x: string): x is TLanguage {
  return Object.hasOwn(LANGUAGES, x);
}
