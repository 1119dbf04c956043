import { describe, expect, it } from "vitest";
import { ZSurveyDefinition, type TSurveyDefinitionInput } from "./definition";
import { validateForPublish } from "./validate";

const both = (en: string, es: string) => ({ en, es });
const asked = (key: string) => ({ patient: both(`${key} (patient)`, `${key} (paciente)`), family: both(`${key} (family)`, `${key} (familia)`) });
const choices = (...values: string[]) => values.map((value) => ({ value, label: both(value, `${value} (es)`) }));

/** A publishable survey with one item of each type; each test breaks one thing in a copy of it. */
function valid() {
  return {
    format: "circles.survey/1",
    name: "Rules",
    defaultLanguage: "en",
    languages: ["en", "es"],
    intro: both("Welcome", "Bienvenido"),
    perspectives: [
      { key: "patient", label: both("Patient", "Paciente"), primary: true },
      { key: "family", label: both("Family", "Familia"), limitPerCircle: 3 },
    ],
    items: [
      {
        key: "respect",
        type: "rating5",
        labels: { en: ["1", "2", "3", "4", "5"], es: ["1", "2", "3", "4", "5"] },
        askedOf: ["patient", "family"],
        wording: asked("respect"),
      },
      { key: "had_pain", type: "yesNo", askedOf: ["patient", "family"], wording: asked("had_pain") },
      {
        key: "recommend",
        type: "rating10",
        lowLabel: both("Unlikely", "Improbable"),
        highLabel: both("Likely", "Probable"),
        askedOf: ["patient", "family"],
        wording: asked("recommend"),
      },
      {
        key: "wait",
        type: "singleChoice",
        choices: choices("short", "long"),
        page: 2,
        condition: { itemKey: "had_pain", op: "equals", value: 1 },
        askedOf: ["patient", "family"],
        wording: asked("wait"),
      },
      {
        key: "worries",
        type: "multipleChoice",
        choices: choices("pain", "food", "noise"),
        minSelections: 1,
        maxSelections: 2,
        page: 2,
        askedOf: ["patient", "family"],
        wording: asked("worries"),
      },
      {
        key: "comments",
        type: "text",
        page: 2,
        condition: { itemKey: "recommend", op: "atMost", value: 6 },
        askedOf: ["patient", "family"],
        wording: asked("comments"),
      },
    ],
  } satisfies TSurveyDefinitionInput;
}

type Input = ReturnType<typeof valid>;

function issuesAfter(change: (input: Input) => void) {
  const input = structuredClone(valid());
  change(input);
  return validateForPublish(ZSurveyDefinition.parse(input));
}

describe("validateForPublish", () => {
  it("finds nothing wrong with a complete survey", () => {
    expect(validateForPublish(ZSurveyDefinition.parse(valid()))).toEqual([]);
  });

  describe("perspectives", () => {
    it("needs a primary perspective", () => {
      expect(issuesAfter((d) => Object.assign(d.perspectives[0]!, { primary: false }))).toEqual([
        {
          path: "perspectives",
          message: "No perspective is marked primary: mark the one for the customer at the centre of the experience",
        },
      ]);
    });

    it("allows only one primary perspective", () => {
      expect(issuesAfter((d) => Object.assign(d.perspectives[1]!, { primary: true, limitPerCircle: 1 }))).toEqual([
        { path: "perspectives.1.primary", message: "Only one perspective may be primary: Patient already is, so Family cannot be" },
      ]);
    });

    it("limits the primary perspective to one per circle", () => {
      expect(issuesAfter((d) => Object.assign(d.perspectives[0]!, { limitPerCircle: 2 }))).toEqual([
        {
          path: "perspectives.0.limitPerCircle",
          message: "Patient is the primary perspective, so a circle has exactly one of them: its limit per circle must be 1, not 2",
        },
      ]);
    });

    it("refuses duplicate perspective keys", () => {
      const issues = issuesAfter((d) => d.perspectives.push({ key: "family", label: both("Friend", "Amigo") } as never));
      expect(issues).toEqual([{ path: "perspectives.2.key", message: 'The perspective key "family" is used twice' }]);
    });

    it("needs a label in every survey language", () => {
      expect(issuesAfter((d) => delete (d.perspectives[1]!.label as Partial<Input["intro"]>).es)).toEqual([
        { path: "perspectives.1.label.es", message: 'The label of perspective "family" has no Spanish text' },
      ]);
    });
  });

  describe("languages and intro", () => {
    it("needs the default language among the languages", () => {
      expect(issuesAfter((d) => Object.assign(d, { defaultLanguage: "fr" }))).toEqual([
        { path: "defaultLanguage", message: "The default language, French, is not one of the survey's languages" },
      ]);
    });

    it("refuses a language listed twice", () => {
      expect(issuesAfter((d) => Object.assign(d, { languages: ["en", "es", "en"] }))).toEqual([
        { path: "languages.2", message: "English is listed twice in the survey's languages" },
      ]);
    });

    it("needs the intro, when there is one, in every language", () => {
      expect(issuesAfter((d) => Object.assign(d, { intro: { en: "Welcome" } }))).toEqual([
        { path: "intro.es", message: "The introduction has no Spanish text" },
      ]);
      expect(issuesAfter((d) => Object.assign(d, { intro: {} }))).toEqual([]);
    });

    it("asks for every text in a newly added language", () => {
      const issues = issuesAfter((d) => Object.assign(d, { languages: ["en", "es", "fr"] }));
      expect(issues.length).toBe(1 + 2 + 6 * 2 + 1 + 2 + 2 + 3);
      expect(issues.slice(0, 3).map((i) => i.path)).toEqual(["intro.fr", "perspectives.0.label.fr", "perspectives.1.label.fr"]);
      expect(issues.map((i) => i.path)).toContain("items.0.labels.fr");
      expect(issues.map((i) => i.path)).toContain("items.2.lowLabel.fr");
      expect(issues.map((i) => i.path)).toContain("items.4.choices.2.label.fr");
      expect(issues).toContainEqual({ path: "items.5.wording.family.fr", message: 'Item "comments": missing wording for Family in French' });
    });
  });

  describe("items and wording", () => {
    it("needs at least one item", () => {
      expect(issuesAfter((d) => d.items.splice(0))).toEqual([{ path: "items", message: "The survey has no items" }]);
    });

    it("refuses duplicate item keys", () => {
      expect(issuesAfter((d) => Object.assign(d.items[5]!, { key: "respect" }))).toEqual([
        { path: "items.5.key", message: 'The item key "respect" is used twice' },
      ]);
    });

    it("needs every item asked of a perspective", () => {
      expect(issuesAfter((d) => Object.assign(d.items[0]!, { askedOf: [], wording: {} }))).toEqual([
        { path: "items.0.askedOf", message: 'Item "respect" is not asked of any perspective' },
      ]);
    });

    it("refuses an unknown perspective in askedOf, and one listed twice", () => {
      expect(issuesAfter((d) => d.items[1]!.askedOf.push("staff"))).toEqual([
        { path: "items.1.askedOf.2", message: 'Item "had_pain" is asked of "staff", which is not a perspective of this survey' },
      ]);
      expect(issuesAfter((d) => d.items[1]!.askedOf.push("family"))).toEqual([
        { path: "items.1.askedOf.2", message: 'Item "had_pain" lists Family twice in "asked of"' },
      ]);
    });

    it("needs a wording for every perspective asked, in every language", () => {
      expect(issuesAfter((d) => delete (d.items[3]!.wording.family as Partial<Input["intro"]>).es)).toEqual([
        { path: "items.3.wording.family.es", message: 'Item "wait": missing wording for Family in Spanish' },
      ]);
      expect(issuesAfter((d) => delete (d.items[3]!.wording as Partial<Input["items"][3]["wording"]>).patient)).toEqual([
        { path: "items.3.wording.patient.en", message: 'Item "wait": missing wording for Patient in English' },
        { path: "items.3.wording.patient.es", message: 'Item "wait": missing wording for Patient in Spanish' },
      ]);
    });

    it("flags a wording for a perspective the item is not asked of", () => {
      expect(issuesAfter((d) => Object.assign(d.items[0]!, { askedOf: ["patient"] }))).toEqual([
        {
          path: "items.0.wording.family",
          message: 'Item "respect" has a wording for Family, but is not asked of Family: add it to "asked of" or remove the wording',
        },
      ]);
      expect(issuesAfter((d) => Object.assign(d.items[0]!.wording, { staff: both("s", "s") }))).toEqual([
        { path: "items.0.wording.staff", message: 'Item "respect" has a wording for "staff", which is not a perspective of this survey' },
      ]);
    });
  });

  describe("type settings", () => {
    it("needs 5-point scale labels in every language", () => {
      expect(issuesAfter((d) => Object.assign(d.items[0]!, { labels: { en: ["1", "2", "3", "4", "5"] } }))).toEqual([
        { path: "items.0.labels.es", message: 'Item "respect" has no Spanish scale labels' },
      ]);
    });

    it("needs 0–10 end labels in every language", () => {
      expect(issuesAfter((d) => Object.assign(d.items[2]!, { lowLabel: { es: "Improbable" }, highLabel: { en: "Likely" } }))).toEqual([
        { path: "items.2.lowLabel.en", message: 'Item "recommend": the label of the low end (0) has no English text' },
        { path: "items.2.highLabel.es", message: 'Item "recommend": the label of the high end (10) has no Spanish text' },
      ]);
    });

    it("needs choices, with unique values and labels in every language", () => {
      expect(issuesAfter((d) => Object.assign(d.items[3]!, { choices: [] }))).toEqual([
        { path: "items.3.choices", message: 'Item "wait" has no choices' },
      ]);
      expect(issuesAfter((d) => Object.assign(d.items[3]!, { choices: choices("short", "short") }))).toEqual([
        { path: "items.3.choices.1.value", message: 'Item "wait" offers the choice value "short" twice' },
      ]);
      expect(issuesAfter((d) => Object.assign(d.items[3]!, { choices: [{ value: "short", label: { en: "Short" } }] }))).toEqual([
        { path: "items.3.choices.0.label.es", message: 'Item "wait": the label of choice "short" has no Spanish text' },
      ]);
    });

    it("keeps minSelections ≤ maxSelections ≤ the number of choices", () => {
      expect(issuesAfter((d) => Object.assign(d.items[4]!, { minSelections: 3, maxSelections: 2 }))).toEqual([
        { path: "items.4.minSelections", message: 'Item "worries" asks for at least 3 selections but allows at most 2' },
      ]);
      expect(issuesAfter((d) => Object.assign(d.items[4]!, { maxSelections: 4 }))).toEqual([
        { path: "items.4.maxSelections", message: 'Item "worries" allows up to 4 selections but offers only 3 choices' },
      ]);
      expect(issuesAfter((d) => Object.assign(d.items[4]!, { minSelections: 4, maxSelections: undefined }))).toEqual([
        { path: "items.4.minSelections", message: 'Item "worries" asks for at least 4 selections but offers only 3 choices' },
      ]);
      expect(issuesAfter((d) => Object.assign(d.items[4]!, { minSelections: 3, maxSelections: 3 }))).toEqual([]);
    });
  });

  describe("conditions", () => {
    const withCondition = (index: number, condition: unknown) => issuesAfter((d) => Object.assign(d.items[index]!, { condition }));
    const only = (path: string, message: string) => [{ path, message }];

    it("must refer to an existing item", () => {
      expect(withCondition(3, { itemKey: "pain", op: "equals", value: 1 })).toEqual(
        only("items.3.condition", 'Item "wait" shows only when "pain" is answered, but there is no item "pain"'),
      );
    });

    it("must not refer to its own item", () => {
      expect(withCondition(3, { itemKey: "wait", op: "equals", value: "short" })).toEqual(
        only("items.3.condition", 'Item "wait" shows only when it is answered itself: a condition must use an earlier item'),
      );
    });

    it("must refer to an earlier item", () => {
      expect(withCondition(1, { itemKey: "recommend", op: "atLeast", value: 5 })).toEqual(
        only("items.1.condition", 'Item "had_pain" shows only when "recommend" is answered, but "recommend" comes later: a condition must use an earlier item'),
      );
    });

    it("must refer to an item on the same or an earlier page", () => {
      expect(issuesAfter((d) => Object.assign(d.items[1]!, { page: 3 }))).toEqual(
        only("items.3.condition", 'Item "wait" shows only when "had_pain" is answered, but "had_pain" is on page 3, after this item\'s page 2'),
      );
      expect(issuesAfter((d) => Object.assign(d.items[1]!, { page: 2 }))).toEqual([]);
    });

    it("must share a perspective with the item it refers to", () => {
      const issues = issuesAfter((d) => {
        Object.assign(d.items[1]!, { askedOf: ["family"], wording: { family: d.items[1]!.wording.family } });
        Object.assign(d.items[3]!, { askedOf: ["patient"], wording: { patient: d.items[3]!.wording.patient } });
      });
      expect(issues).toEqual(
        only("items.3.condition", 'Item "wait" shows only when "had_pain" is answered, but no perspective asked "wait" is asked "had_pain"'),
      );
    });

    it("needs values on the scale of a rating or yes/no item", () => {
      const prefix = 'The condition of item "comments" does not fit: ';
      const cases: [unknown, string | null][] = [
        [{ itemKey: "respect", op: "atLeast", value: 4 }, null],
        [{ itemKey: "respect", op: "atMost", value: 6 }, '6 is not a possible answer to "respect": use whole numbers from 1 to 5'],
        [{ itemKey: "respect", op: "equals", value: 0 }, '0 is not a possible answer to "respect": use whole numbers from 1 to 5'],
        [{ itemKey: "respect", op: "equals", value: 2.5 }, '2.5 is not a possible answer to "respect": use whole numbers from 1 to 5'],
        [{ itemKey: "respect", op: "atLeast", value: "4" }, '"4" is not a possible answer to "respect": use whole numbers from 1 to 5'],
        [{ itemKey: "recommend", op: "atLeast", value: 0 }, null],
        [{ itemKey: "recommend", op: "atMost", value: 11 }, '11 is not a possible answer to "recommend": use whole numbers from 0 to 10'],
        [{ itemKey: "recommend", op: "oneOf", value: [9, 10] }, null],
        [{ itemKey: "recommend", op: "oneOf", value: [9, 12] }, '12 is not a possible answer to "recommend": use whole numbers from 0 to 10'],
        [{ itemKey: "had_pain", op: "equals", value: 0 }, null],
        [{ itemKey: "had_pain", op: "equals", value: 2 }, '2 is not a possible answer to "had_pain": use 1 (yes) or 0 (no)'],
        [{ itemKey: "had_pain", op: "equals", value: "yes" }, '"yes" is not a possible answer to "had_pain": use 1 (yes) or 0 (no)'],
      ];
      for (const [condition, problem] of cases) {
        expect(withCondition(5, condition)).toEqual(problem === null ? [] : only("items.5.condition", prefix + problem));
      }
    });

    it("needs offered choice values for choice items, and no number comparisons", () => {
      const prefix = 'The condition of item "comments" does not fit: ';
      const cases: [unknown, string | null][] = [
        [{ itemKey: "wait", op: "equals", value: "long" }, null],
        [{ itemKey: "wait", op: "equals", value: "forever" }, '"forever" is not a choice of "wait"'],
        [{ itemKey: "worries", op: "oneOf", value: ["pain", "noise"] }, null],
        [{ itemKey: "worries", op: "oneOf", value: ["pain", "cost"] }, '"cost" is not a choice of "worries"'],
        [{ itemKey: "worries", op: "equals", value: 1 }, '1 is not a choice of "worries"'],
        [{ itemKey: "wait", op: "atLeast", value: 1 }, 'atLeast compares numbers, but "wait" is a single-choice question: use equals or oneOf'],
        [{ itemKey: "worries", op: "atMost", value: 1 }, 'atMost compares numbers, but "worries" is a multiple-choice question: use equals or oneOf'],
      ];
      for (const [condition, problem] of cases) {
        expect(withCondition(5, condition)).toEqual(problem === null ? [] : only("items.5.condition", prefix + problem));
      }
    });

    it("needs a list for oneOf and a single value otherwise", () => {
      const prefix = 'The condition of item "comments" does not fit: ';
      expect(withCondition(5, { itemKey: "wait", op: "oneOf", value: "long" })).toEqual(
        only("items.5.condition", `${prefix}"one of" needs a list of at least one value`),
      );
      expect(withCondition(5, { itemKey: "wait", op: "oneOf", value: [] })).toEqual(
        only("items.5.condition", `${prefix}"one of" needs a list of at least one value`),
      );
      expect(withCondition(5, { itemKey: "respect", op: "equals", value: [1] })).toEqual(
        only("items.5.condition", `${prefix}equals needs a single value, not a list`),
      );
    });

    it("cannot use a free-text item", () => {
      const issues = issuesAfter((d) => {
        d.items.push({ ...structuredClone(d.items[5]!), key: "after", condition: { itemKey: "comments", op: "equals", value: "x" } } as never);
      });
      expect(issues).toEqual(
        only("items.6.condition", 'The condition of item "after" does not fit: it uses "comments", a free-text question, and conditions cannot use free text'),
      );
    });

    it("reports a cycle explicitly", () => {
      const issues = issuesAfter((d) => {
        Object.assign(d.items[1]!, { condition: { itemKey: "wait", op: "equals", value: "long" } });
      });
      expect(issues).toEqual([
        {
          path: "items.1.condition",
          message: 'Item "had_pain" shows only when "wait" is answered, but "wait" comes later: a condition must use an earlier item',
        },
        { path: "items.1.condition", message: "condition cycle: had_pain → wait → had_pain" },
      ]);
    });
  });

  it("reports every broken rule at once, in a stable order", () => {
    const issues = issuesAfter((d) => {
      Object.assign(d.perspectives[0]!, { primary: false });
      Object.assign(d, { defaultLanguage: "de" });
      Object.assign(d.items[3]!, { choices: [] });
      Object.assign(d.items[0]!, { askedOf: [] });
    });
    expect(issues.map((i) => i.path)).toEqual([
      "defaultLanguage",
      "perspectives",
      "items.0.askedOf",
      "items.0.wording.patient",
      "items.0.wording.family",
      "items.3.choices",
    ]);
  });
});
