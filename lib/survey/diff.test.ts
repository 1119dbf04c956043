import { describe, expect, it } from "vitest";
import { ZSurveyDefinition, type TSurveyDefinitionInput } from "./definition";
import { diffDefinitions } from "./diff";
import { HOSPITAL_STAY_TEMPLATE } from "./templates/hospital-stay";

const NO_CHANGES = {
  itemsAdded: [],
  itemsRemoved: [],
  itemsReworded: [],
  itemsChanged: [],
  perspectivesAdded: [],
  perspectivesRemoved: [],
  languagesAdded: [],
  languagesRemoved: [],
};

const hospital = () => structuredClone(HOSPITAL_STAY_TEMPLATE) as TSurveyDefinitionInput;
const parse = (input: TSurveyDefinitionInput) => ZSurveyDefinition.parse(input);

function diffAfter(change: (d: TSurveyDefinitionInput) => void) {
  const to = hospital();
  change(to);
  return diffDefinitions(parse(hospital()), parse(to));
}

const itemNamed = (d: TSurveyDefinitionInput, key: string) => d.items.find((item) => item.key === key)!;

describe("diffDefinitions", () => {
  it("finds nothing between a definition and itself, whatever the key order", () => {
    expect(diffDefinitions(parse(hospital()), parse(hospital()))).toEqual(NO_CHANGES);
    const reordered = hospital();
    const respect = itemNamed(reordered, "respect");
    respect.wording = Object.fromEntries(Object.entries(respect.wording!).reverse());
    expect(diffDefinitions(parse(hospital()), parse(reordered))).toEqual(NO_CHANGES);
  });

  it("lists added and removed items by key", () => {
    const diff = diffAfter((d) => {
      d.items = d.items.filter((item) => item.key !== "worries" && item.key !== "family_welcome");
      d.items.push({ ...structuredClone(itemNamed(hospital(), "comments")), key: "anything_else" });
    });
    expect(diff).toEqual({ ...NO_CHANGES, itemsAdded: ["anything_else"], itemsRemoved: ["worries", "family_welcome"] });
  });

  it("treats a renamed key as one item removed and one added", () => {
    const diff = diffAfter((d) => Object.assign(itemNamed(d, "overall"), { key: "overall_care" }));
    expect(diff).toEqual({ ...NO_CHANGES, itemsAdded: ["overall_care"], itemsRemoved: ["overall"] });
  });

  it("names the perspectives whose wording changed, in any language", () => {
    const diff = diffAfter((d) => {
      const respect = itemNamed(d, "respect");
      respect.wording!.family = { ...respect.wording!.family, es: "¿Trataron a su familiar con respeto?" };
      respect.wording!.staff = { ...respect.wording!.staff, en: "Did we treat this patient with respect?" };
    });
    expect(diff).toEqual({ ...NO_CHANGES, itemsReworded: [{ key: "respect", perspectives: ["family", "staff"] }] });
  });

  it("describes changes to type, scale labels, required, condition and page", () => {
    const diff = diffAfter((d) => {
      Object.assign(itemNamed(d, "respect"), { labels: { en: ["1", "2", "3", "4", "5"], es: ["1", "2", "3", "4", "5"] } });
      Object.assign(itemNamed(d, "recommend"), { highLabel: { en: "Certainly", es: "Seguro" }, required: false });
      Object.assign(itemNamed(d, "involved"), { required: true, page: 2 });
      Object.assign(itemNamed(d, "pain_managed"), { condition: { itemKey: "had_pain", op: "oneOf", value: [1] } });
      Object.assign(itemNamed(d, "discharge_info"), { condition: { itemKey: "had_pain", op: "equals", value: 0 } });
      Object.assign(itemNamed(d, "family_welcome"), { type: "rating5", labels: { en: ["a", "b", "c", "d", "e"] } });
    });
    expect(diff).toEqual({
      ...NO_CHANGES,
      itemsChanged: [
        { key: "respect", changes: ["scale labels changed"] },
        { key: "involved", changes: ["now required", "moved from page 1 to page 2"] },
        { key: "pain_managed", changes: ["condition changed"] },
        { key: "discharge_info", changes: ["condition added"] },
        { key: "family_welcome", changes: ["type changed from yesNo to rating5"] },
        { key: "recommend", changes: ["scale labels changed", "no longer required"] },
      ],
    });
  });

  it("describes changes to choices and selection limits", () => {
    const diff = diffAfter((d) => {
      const wait = itemNamed(d, "call_wait") as Extract<TSurveyDefinitionInput["items"][number], { type: "singleChoice" }>;
      wait.choices = [
        wait.choices[1]!,
        wait.choices[0]!,
        { ...wait.choices[2]!, label: { en: "5–15 minutes", es: "5–15 minutos" } },
        { value: "over_30min", label: { en: "Over 30 minutes", es: "Más de 30 minutos" } },
      ];
      Object.assign(itemNamed(d, "worries"), { minSelections: 0, maxSelections: undefined });
      Object.assign(itemNamed(d, "comments"), { maxLength: 500 });
      Object.assign(itemNamed(d, "pain_managed"), { condition: null });
    });
    expect(diff.itemsChanged).toEqual([
      { key: "pain_managed", changes: ["condition removed"] },
      {
        key: "call_wait",
        changes: [
          "choices added: over_30min",
          "choices removed: over_15min, never_needed",
          "choice labels changed: 5_to_15min",
          "choices reordered",
        ],
      },
      { key: "worries", changes: ["minimum selections changed from 1 to 0", "maximum selections changed from 3 to no limit"] },
      { key: "comments", changes: ["maximum length changed from 2000 to 500"] },
    ]);
  });

  it("reports who an item is asked of as a change, and their wording as rewording", () => {
    const diff = diffAfter((d) => {
      const worries = itemNamed(d, "worries");
      worries.askedOf = ["patient", "staff"];
      worries.wording = { patient: worries.wording!.patient!, staff: { en: "What worried this patient?", es: "¿Qué le preocupó?" } };
    });
    expect(diff.itemsChanged).toEqual([{ key: "worries", changes: ["now asked of staff", "no longer asked of family"] }]);
    expect(diff.itemsReworded).toEqual([{ key: "worries", perspectives: ["staff", "family"] }]);
  });

  it("lists added and removed perspectives and languages", () => {
    const diff = diffAfter((d) => {
      d.perspectives = d.perspectives.filter((p) => p.key !== "staff");
      d.perspectives.push({ key: "advocate", label: { en: "Advocate", es: "Defensor" } });
      d.languages = ["es", "fr"];
    });
    expect(diff).toMatchObject({
      perspectivesAdded: ["advocate"],
      perspectivesRemoved: ["staff"],
      languagesAdded: ["fr"],
      languagesRemoved: ["en"],
    });
  });
});
