import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { ZSurveyDefinition, type ZItemDefinition } from "./definition";
import type { TCondition } from "./item";
import {
  conditionDependencies,
  evaluateCondition,
  findConditionCycles,
  hasAnswer,
  isVisible,
  itemsFor,
  missingRequired,
  pagesFor,
  visibleItemsFor,
  type TAnswers,
} from "./logic";

type ItemInput = z.input<typeof ZItemDefinition>;

const CHOICES = ["red", "green", "blue"].map((value) => ({ value, label: { en: value } }));

function survey(items: ItemInput[]) {
  return ZSurveyDefinition.parse({
    format: "circles.survey/1",
    name: "Logic",
    defaultLanguage: "en",
    languages: ["en"],
    perspectives: [
      { key: "patient", label: { en: "Patient" }, primary: true },
      { key: "family", label: { en: "Family" } },
    ],
    items,
  });
}

const item = (key: string, extra: Partial<ItemInput> = {}): ItemInput =>
  ({ key, type: "yesNo", askedOf: ["patient"], wording: { patient: { en: key } }, ...extra }) as ItemInput;

const keys = (items: { key: string }[]) => items.map((i) => i.key);
const cond = (itemKey: string, op: TCondition["op"], value: TCondition["value"]): TCondition => ({ itemKey, op, value });

describe("evaluateCondition", () => {
  it("equals compares numbers and strings exactly", () => {
    expect(evaluateCondition(cond("q", "equals", 1), { q: 1 })).toBe(true);
    expect(evaluateCondition(cond("q", "equals", 1), { q: 0 })).toBe(false);
    expect(evaluateCondition(cond("q", "equals", 1), { q: "1" })).toBe(false);
    expect(evaluateCondition(cond("q", "equals", "red"), { q: "red" })).toBe(true);
    expect(evaluateCondition(cond("q", "equals", "red"), { q: "blue" })).toBe(false);
  });

  it("equals on a multiple-choice answer means the selection includes the value", () => {
    expect(evaluateCondition(cond("q", "equals", "red"), { q: ["blue", "red"] })).toBe(true);
    expect(evaluateCondition(cond("q", "equals", "red"), { q: ["blue"] })).toBe(false);
  });

  it("equals with a list value never holds", () => {
    expect(evaluateCondition(cond("q", "equals", ["red"]), { q: "red" })).toBe(false);
    expect(evaluateCondition(cond("q", "equals", ["red"]), { q: ["red"] })).toBe(false);
  });

  it("oneOf holds when the answer is in the list", () => {
    expect(evaluateCondition(cond("q", "oneOf", [1, 2]), { q: 2 })).toBe(true);
    expect(evaluateCondition(cond("q", "oneOf", [1, 2]), { q: 3 })).toBe(false);
    expect(evaluateCondition(cond("q", "oneOf", ["red", "green"]), { q: "green" })).toBe(true);
    expect(evaluateCondition(cond("q", "oneOf", ["red", "green"]), { q: "blue" })).toBe(false);
    expect(evaluateCondition(cond("q", "oneOf", []), { q: "blue" })).toBe(false);
  });

  it("oneOf on a multiple-choice answer holds on any overlap", () => {
    expect(evaluateCondition(cond("q", "oneOf", ["red", "green"]), { q: ["blue", "green"] })).toBe(true);
    expect(evaluateCondition(cond("q", "oneOf", ["red", "green"]), { q: ["blue"] })).toBe(false);
  });

  it("oneOf with a single value acts as equals", () => {
    expect(evaluateCondition(cond("q", "oneOf", "red"), { q: "red" })).toBe(true);
    expect(evaluateCondition(cond("q", "oneOf", 4), { q: 5 })).toBe(false);
  });

  it("atLeast and atMost include the bound", () => {
    expect(evaluateCondition(cond("q", "atLeast", 4), { q: 4 })).toBe(true);
    expect(evaluateCondition(cond("q", "atLeast", 4), { q: 5 })).toBe(true);
    expect(evaluateCondition(cond("q", "atLeast", 4), { q: 3 })).toBe(false);
    expect(evaluateCondition(cond("q", "atMost", 6), { q: 6 })).toBe(true);
    expect(evaluateCondition(cond("q", "atMost", 6), { q: 0 })).toBe(true);
    expect(evaluateCondition(cond("q", "atMost", 6), { q: 7 })).toBe(false);
  });

  it("atLeast and atMost are false for non-numeric answers or values", () => {
    expect(evaluateCondition(cond("q", "atLeast", 1), { q: "5" })).toBe(false);
    expect(evaluateCondition(cond("q", "atMost", 9), { q: ["1"] })).toBe(false);
    expect(evaluateCondition(cond("q", "atLeast", "1"), { q: 5 })).toBe(false);
    expect(evaluateCondition(cond("q", "atMost", [9]), { q: 5 })).toBe(false);
  });

  it("is false for every op when the item is unanswered, blank or an empty selection", () => {
    const ops: [TCondition["op"], TCondition["value"]][] = [
      ["equals", 0],
      ["oneOf", [0, ""]],
      ["atLeast", 0],
      ["atMost", 10],
    ];
    for (const [op, value] of ops) {
      for (const answers of [{}, { q: undefined }, { q: "" }, { q: "   " }, { q: [] }, { other: 1 }] as TAnswers[]) {
        expect(evaluateCondition(cond("q", op, value), answers)).toBe(false);
      }
    }
  });

  it("does not read inherited properties as answers", () => {
    expect(evaluateCondition(cond("constructor", "oneOf", ["x"]), {})).toBe(false);
    expect(evaluateCondition(cond("toString", "equals", "x"), {})).toBe(false);
  });
});

describe("hasAnswer", () => {
  it("counts numbers, text and non-empty selections", () => {
    expect([0, 1, "a", ["a"]].map(hasAnswer)).toEqual([true, true, true, true]);
    expect([undefined, "", " ", [], Number.NaN].map(hasAnswer)).toEqual([false, false, false, false, false]);
  });
});

describe("itemsFor and isVisible", () => {
  const def = survey([
    item("a", { askedOf: ["patient", "family"], wording: { patient: { en: "a" }, family: { en: "a" } } }),
    item("b", { askedOf: ["family"], wording: { family: { en: "b" } } }),
    item("c"),
  ]);

  it("lists the items asked of a perspective in definition order", () => {
    expect(keys(itemsFor(def, "patient"))).toEqual(["a", "c"]);
    expect(keys(itemsFor(def, "family"))).toEqual(["a", "b"]);
    expect(itemsFor(def, "staff")).toEqual([]);
  });

  it("shows an item without a condition and one whose condition holds", () => {
    const [a] = def.items;
    expect(isVisible(a!, {})).toBe(true);
    const conditioned = survey([item("a"), item("b", { condition: cond("a", "equals", 1) })]).items[1]!;
    expect(isVisible(conditioned, { a: 1 })).toBe(true);
    expect(isVisible(conditioned, { a: 0 })).toBe(false);
    expect(isVisible(conditioned, {})).toBe(false);
  });
});

describe("pagesFor", () => {
  // had_pain (p1) → pain_score (p2, when yes) → pain_detail (p3, when the score is low): a chain.
  const def = survey([
    item("had_pain", { required: true }),
    item("pain_score", { type: "rating5", labels: {}, page: 2, required: true, condition: cond("had_pain", "equals", 1) }),
    item("pain_detail", { type: "text", page: 3, required: true, condition: cond("pain_score", "atMost", 2) }),
    item("overall", { type: "rating10", lowLabel: {}, highLabel: {}, page: 4, required: true }),
    item("colours", { type: "multipleChoice", choices: CHOICES, page: 1 }),
    item("family_only", { askedOf: ["family"], wording: { family: { en: "f" } }, page: 2 }),
  ]);
  const shape = (pages: ReturnType<typeof pagesFor>) => pages.map((p) => ({ page: p.page, items: keys(p.items) }));

  it("groups visible items by page in ascending order and drops empty pages", () => {
    expect(shape(pagesFor(def, "patient", {}))).toEqual([
      { page: 1, items: ["had_pain", "colours"] },
      { page: 4, items: ["overall"] },
    ]);
  });

  it("shows conditioned items when the earlier answer allows", () => {
    expect(shape(pagesFor(def, "patient", { had_pain: 1, pain_score: 2 }))).toEqual([
      { page: 1, items: ["had_pain", "colours"] },
      { page: 2, items: ["pain_score"] },
      { page: 3, items: ["pain_detail"] },
      { page: 4, items: ["overall"] },
    ]);
    expect(shape(pagesFor(def, "patient", { had_pain: 1, pain_score: 4 }))).toEqual([
      { page: 1, items: ["had_pain", "colours"] },
      { page: 2, items: ["pain_score"] },
      { page: 4, items: ["overall"] },
    ]);
  });

  it("hides an item whose condition uses a hidden item, even when a stale answer would match", () => {
    // The respondent answered pain_score, then changed had_pain to no.
    expect(shape(pagesFor(def, "patient", { had_pain: 0, pain_score: 1 }))).toEqual([
      { page: 1, items: ["had_pain", "colours"] },
      { page: 4, items: ["overall"] },
    ]);
  });

  it("only shows a perspective its own items", () => {
    expect(shape(pagesFor(def, "family", {}))).toEqual([{ page: 2, items: ["family_only"] }]);
    expect(pagesFor(def, "staff", {})).toEqual([]);
  });

  it("orders pages by number, not by where their items are", () => {
    const shuffled = survey([item("late", { page: 3 }), item("early", { page: 1 }), item("middle", { page: 2 })]);
    expect(shape(pagesFor(shuffled, "patient", {}))).toEqual([
      { page: 1, items: ["early"] },
      { page: 2, items: ["middle"] },
      { page: 3, items: ["late"] },
    ]);
  });

  it("hides items whose condition uses a later item, an unknown item or forms a cycle (drafts)", () => {
    const draft = survey([
      item("a", { condition: cond("b", "equals", 1) }),
      item("b", { condition: cond("a", "equals", 1) }),
      item("c", { condition: cond("nowhere", "equals", 1) }),
      item("d", { condition: cond("e", "equals", 1) }),
      item("e"),
    ]);
    expect(keys(visibleItemsFor(draft, "patient", { a: 1, b: 1, e: 1, nowhere: 1 }))).toEqual(["e"]);
  });

  it("hides an item whose condition uses an item the perspective is not asked", () => {
    const def2 = survey([
      item("family_q", { askedOf: ["family"], wording: { family: { en: "f" } } }),
      item("follow_up", { condition: cond("family_q", "equals", 1) }),
    ]);
    expect(keys(visibleItemsFor(def2, "patient", { family_q: 1 }))).toEqual([]);
  });
});

describe("missingRequired", () => {
  const def = survey([
    item("had_pain", { required: true }),
    item("pain_score", { type: "rating5", labels: {}, required: true, condition: cond("had_pain", "equals", 1) }),
    item("colours", { type: "multipleChoice", choices: CHOICES, required: true, page: 2 }),
    item("comment", { type: "text", required: true, page: 2 }),
    item("optional", { type: "text", page: 2 }),
  ]);

  it("lists required, visible, unanswered items in order", () => {
    expect(missingRequired(def, "patient", {})).toEqual(["had_pain", "colours", "comment"]);
    expect(missingRequired(def, "patient", { had_pain: 1 })).toEqual(["pain_score", "colours", "comment"]);
    expect(missingRequired(def, "patient", { had_pain: 0, colours: ["red"], comment: "ok" })).toEqual([]);
  });

  it("counts an empty text or selection as unanswered", () => {
    expect(missingRequired(def, "patient", { had_pain: 0, colours: [], comment: "" })).toEqual(["colours", "comment"]);
    expect(missingRequired(def, "patient", { had_pain: 0, colours: ["red"], comment: "  " })).toEqual(["comment"]);
  });

  it("treats 0 as an answer", () => {
    expect(missingRequired(def, "patient", { had_pain: 0, colours: ["red"], comment: "x" })).toEqual([]);
  });

  it("is empty for a perspective asked nothing", () => {
    expect(missingRequired(def, "family", {})).toEqual([]);
  });
});

describe("conditionDependencies and findConditionCycles", () => {
  it("maps every item to the item its condition reads", () => {
    const def = survey([item("a"), item("b", { condition: cond("a", "equals", 1) }), item("c", { condition: cond("zz", "equals", 1) })]);
    expect([...conditionDependencies(def)]).toEqual([
      ["a", []],
      ["b", ["a"]],
      ["c", ["zz"]],
    ]);
    expect(findConditionCycles(def)).toEqual([]);
  });

  it("finds a two-item cycle starting at the first item", () => {
    const def = survey([item("a", { condition: cond("b", "equals", 1) }), item("b", { condition: cond("a", "equals", 1) })]);
    expect(findConditionCycles(def)).toEqual([["a", "b"]]);
  });

  it("finds a longer cycle in the order the conditions run", () => {
    const def = survey([
      item("x"),
      item("a", { condition: cond("c", "equals", 1) }),
      item("b", { condition: cond("a", "equals", 1) }),
      item("c", { condition: cond("b", "equals", 1) }),
      item("tail", { condition: cond("a", "equals", 1) }),
    ]);
    expect(findConditionCycles(def)).toEqual([["a", "c", "b"]]);
  });

  it("reports a condition on its own item as a cycle of one", () => {
    const def = survey([item("a", { condition: cond("a", "equals", 1) })]);
    expect(findConditionCycles(def)).toEqual([["a"]]);
  });

  it("reports separate cycles separately, in definition order", () => {
    const def = survey([
      item("p", { condition: cond("q", "equals", 1) }),
      item("a", { condition: cond("b", "equals", 1) }),
      item("b", { condition: cond("a", "equals", 1) }),
      item("q", { condition: cond("p", "equals", 1) }),
    ]);
    expect(findConditionCycles(def)).toEqual([
      ["p", "q"],
      ["a", "b"],
    ]);
  });

  it("handles a 300-item chain without recursion trouble", () => {
    const chain = Array.from({ length: 300 }, (_, i) =>
      item(`i${i}`, { condition: cond(`i${(i + 1) % 300}`, "equals", 1) }),
    );
    const cycles = findConditionCycles(survey(chain));
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toHaveLength(300);
    expect(cycles[0]!.slice(0, 3)).toEqual(["i0", "i1", "i2"]);
  });
});
