import { describe, expect, it } from "vitest";
import { ITEM_TYPES } from "../item";
import { parseSurveyDefinition } from "../import";
import { itemsFor, missingRequired, pagesFor } from "../logic";
import { SURVEY_TEMPLATES } from "./index";

function parsed(definition: unknown) {
  const result = parseSurveyDefinition(definition);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result;
}

const PERSPECTIVES: Record<string, { key: string; label: string; primary: boolean }[]> = {
  "hospital-stay": [
    { key: "patient", label: "Patient", primary: true },
    { key: "family", label: "Family", primary: false },
    { key: "staff", label: "Staff", primary: false },
  ],
  "insurance-claim": [
    { key: "policyholder", label: "Policyholder", primary: true },
    { key: "family_member", label: "Family member", primary: false },
    { key: "claims_handler", label: "Claims handler", primary: false },
  ],
  "home-purchase": [
    { key: "buyer", label: "Buyer", primary: true },
    { key: "co_buyer", label: "Parent or co-buyer", primary: false },
    { key: "agent", label: "Agent", primary: false },
  ],
};

describe("SURVEY_TEMPLATES", () => {
  it("offers the three templates once each", () => {
    expect(SURVEY_TEMPLATES.map((t) => t.key)).toEqual(["hospital-stay", "insurance-claim", "home-purchase"]);
    for (const template of SURVEY_TEMPLATES) {
      expect(template.name).toBe(template.definition.name);
      expect(template.description.length).toBeGreaterThan(20);
    }
  });

  describe.each(SURVEY_TEMPLATES)("$key", (template) => {
    const { definition, issues } = parsed(template.definition);

    it("parses with no errors and no publishing issues", () => {
      expect(issues).toEqual([]);
    });

    it("has the expected perspectives, one of them primary", () => {
      expect(definition.perspectives.map((p) => ({ key: p.key, label: p.label.en, primary: p.primary }))).toEqual(
        PERSPECTIVES[template.key],
      );
    });

    it("is in English and Spanish", () => {
      expect(definition.languages).toEqual(["en", "es"]);
      expect(definition.defaultLanguage).toBe("en");
      expect(Object.keys(definition.intro).sort()).toEqual(["en", "es"]);
    });

    it("has 8–12 items covering every item type, over 2–4 pages", () => {
      expect(definition.items.length).toBeGreaterThanOrEqual(8);
      expect(definition.items.length).toBeLessThanOrEqual(12);
      expect([...new Set(definition.items.map((i) => i.type))].sort()).toEqual([...ITEM_TYPES].sort());
      const pages = new Set(definition.items.map((i) => i.page));
      expect(pages.size).toBeGreaterThanOrEqual(2);
      expect(pages.size).toBeLessThanOrEqual(4);
    });

    it("links most items, worded differently for each perspective", () => {
      const linked = definition.items.filter((item) => {
        if (item.askedOf.length < 2) return false;
        const english = item.askedOf.map((key) => item.wording[key]?.en);
        return new Set(english).size === english.length;
      });
      expect(linked.length / definition.items.length).toBeGreaterThanOrEqual(0.75);
    });

    it("has a condition that hides an item until an earlier answer allows it", () => {
      const conditioned = definition.items.filter((item) => item.condition !== null);
      expect(conditioned.length).toBeGreaterThanOrEqual(1);
      const primary = definition.perspectives.find((p) => p.primary)!.key;
      const shown = (answers: Record<string, number | string>) =>
        pagesFor(definition, primary, answers).flatMap((page) => page.items.map((i) => i.key));
      const target = conditioned[0]!;
      expect(shown({})).not.toContain(target.key);
      const value = target.condition!.value;
      expect(shown({ [target.condition!.itemKey]: Array.isArray(value) ? value[0]! : value })).toContain(target.key);
    });

    it("asks every perspective something and lets the primary finish once required items are answered", () => {
      for (const perspective of definition.perspectives) expect(itemsFor(definition, perspective.key).length).toBeGreaterThan(5);
      const primary = definition.perspectives.find((p) => p.primary)!.key;
      const required = missingRequired(definition, primary, {});
      expect(required.length).toBeGreaterThan(0);
      const answers = Object.fromEntries(
        definition.items.map((item) => {
          switch (item.type) {
            case "singleChoice":
              return [item.key, item.choices[0]!.value];
            case "multipleChoice":
              return [item.key, [item.choices[0]!.value]];
            case "text":
              return [item.key, "Fine"];
            default:
              return [item.key, 1];
          }
        }),
      );
      expect(missingRequired(definition, primary, answers)).toEqual([]);
    });
  });
});
