import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_SURVEY_FILE_BYTES, parseSurveyDefinition, parseSurveyFile } from "./import";
import { SURVEY_TEMPLATES } from "./templates/index";

const both = (en: string, es: string) => ({ en, es });

/** A small publishable survey as a file would hold it; each case breaks one thing in a copy. */
function valid(): Record<string, unknown> & { perspectives: Record<string, unknown>[]; items: Record<string, unknown>[] } {
  return {
    format: "circles.survey/1",
    name: "Small",
    defaultLanguage: "en",
    languages: ["en", "es"],
    perspectives: [
      { key: "patient", label: both("Patient", "Paciente"), primary: true },
      { key: "family", label: both("Family", "Familia") },
    ],
    items: [
      {
        key: "had_pain",
        type: "yesNo",
        askedOf: ["patient", "family"],
        wording: { patient: both("Pain?", "¿Dolor?"), family: both("Their pain?", "¿Su dolor?") },
      },
      {
        key: "wait",
        type: "singleChoice",
        choices: [{ value: "short", label: both("Short", "Corta") }],
        condition: { itemKey: "had_pain", op: "equals", value: 1 },
        askedOf: ["patient"],
        wording: { patient: both("Wait?", "¿Espera?") },
      },
    ],
  };
}

function broken(change: (d: ReturnType<typeof valid>) => void): unknown {
  const input = valid();
  change(input);
  return input;
}

const errorsOf = (result: ReturnType<typeof parseSurveyDefinition>) => (result.ok ? [] : result.errors);

describe("parseSurveyDefinition", () => {
  it("accepts a valid definition and fills in defaults", () => {
    const result = parseSurveyDefinition(valid());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.issues).toEqual([]);
    expect(result.definition.description).toBe("");
    expect(result.definition.perspectives[1]).toEqual({
      key: "family",
      label: both("Family", "Familia"),
      primary: false,
      limitPerCircle: 1,
      invitableBy: { organisation: true, respondent: false },
      provider: false,
    });
    expect(result.definition.items[0]).toMatchObject({ required: false, page: 1, condition: null });
  });

  it("accepts every template", () => {
    for (const template of SURVEY_TEMPLATES) {
      expect(parseSurveyDefinition(template.definition)).toMatchObject({ ok: true, issues: [] });
    }
  });

  const cases: [string, unknown, { path: string; message: string }[]][] = [
    ["null", null, [{ path: "", message: "a survey definition must be a JSON object, not null" }]],
    ["an array", [valid()], [{ path: "", message: "a survey definition must be a JSON object, not a list" }]],
    ["a string", "circles.survey/1", [{ path: "", message: "a survey definition must be a JSON object, not text" }]],
    ["a number", 42, [{ path: "", message: "a survey definition must be a JSON object, not a number" }]],
    [
      "an unknown item type",
      broken((d) => Object.assign(d.items[0]!, { type: "slider" })),
      [
        {
          path: "items.0.type",
          message: 'unknown item type "slider": use one of rating5, rating10, yesNo, singleChoice, multipleChoice, text',
        },
      ],
    ],
    [
      "a condition cycle",
      broken((d) => Object.assign(d.items[0]!, { condition: { itemKey: "wait", op: "equals", value: "short" } })),
      [
        {
          path: "items.0.condition",
          message: 'Item "had_pain" shows only when "wait" is answered, but "wait" comes later: a condition must use an earlier item',
        },
        { path: "items.0.condition", message: "condition cycle: had_pain → wait → had_pain" },
      ],
    ],
    [
      "a condition on a later item",
      broken((d) => d.items.reverse()),
      [
        {
          path: "items.0.condition",
          message: 'Item "wait" shows only when "had_pain" is answered, but "had_pain" comes later: a condition must use an earlier item',
        },
      ],
    ],
    [
      "a missing wording",
      broken((d) => Object.assign(d.items[1]!, { askedOf: ["patient", "family"] })),
      [
        { path: "items.1.wording.family.en", message: 'Item "wait": missing wording for Family in English' },
        { path: "items.1.wording.family.es", message: 'Item "wait": missing wording for Family in Spanish' },
      ],
    ],
    [
      "a missing translation",
      broken((d) => Object.assign(d.perspectives[1]!, { label: { en: "Family" } })),
      [{ path: "perspectives.1.label.es", message: 'The label of perspective "family" has no Spanish text' }],
    ],
    [
      "a 10,000-character label",
      broken((d) => Object.assign(d.perspectives[0]!, { label: { en: "x".repeat(10_000), es: "Paciente" } })),
      [{ path: "perspectives.0.label.en", message: "must be at most 2000 characters (it has 10000)" }],
    ],
    [
      "an unknown field at the top level",
      broken((d) => Object.assign(d, { version: 2, owner: "me" })),
      [
        { path: "version", message: 'unknown field "version"' },
        { path: "owner", message: 'unknown field "owner"' },
      ],
    ],
    [
      "an unknown field in an item",
      broken((d) => Object.assign(d.items[1]!, { colour: "red" })),
      [{ path: "items.1.colour", message: 'unknown field "colour"' }],
    ],
    [
      "an unknown field in a perspective",
      broken((d) => Object.assign(d.perspectives[0]!, { isPrimary: true })),
      [{ path: "perspectives.0.isPrimary", message: 'unknown field "isPrimary"' }],
    ],
    [
      "an unknown language in a text",
      broken((d) => Object.assign(d.perspectives[0]!, { label: { en: "Patient", es: "Paciente", xx: "?" } })),
      [{ path: "perspectives.0.label.xx", message: '"xx" is not a supported language (use en, es, fr, de, pt, pl, ar, he, ur)' }],
    ],
    [
      "duplicate keys",
      broken((d) => {
        Object.assign(d.items[1]!, { key: "had_pain", condition: null });
        Object.assign(d.perspectives[1]!, { key: "patient" });
        Object.assign(d.items[0]!, { askedOf: ["patient"], wording: { patient: both("Pain?", "¿Dolor?") } });
      }),
      [
        { path: "perspectives.1.key", message: 'The perspective key "patient" is used twice' },
        { path: "items.1.key", message: 'The item key "had_pain" is used twice' },
      ],
    ],
    [
      "an empty choice list",
      broken((d) => Object.assign(d.items[1]!, { choices: [] })),
      [{ path: "items.1.choices", message: 'Item "wait" has no choices' }],
    ],
    [
      "no primary perspective",
      broken((d) => Object.assign(d.perspectives[0]!, { primary: false })),
      [{ path: "perspectives", message: "No perspective is marked primary: mark the one for the customer at the centre of the experience" }],
    ],
    [
      "two primary perspectives",
      broken((d) => Object.assign(d.perspectives[1]!, { primary: true })),
      [{ path: "perspectives.1.primary", message: "Only one perspective may be primary: Patient already is, so Family cannot be" }],
    ],
    [
      "the wrong format marker",
      broken((d) => Object.assign(d, { format: "typeform/2" })),
      [{ path: "format", message: 'must be "circles.survey/1" (this file is "typeform/2", not a Circles survey)' }],
    ],
    [
      "no format marker",
      broken((d) => delete d.format),
      [{ path: "format", message: 'must be "circles.survey/1" (this file is not marked as a Circles survey)' }],
    ],
    [
      "wrong types and sizes everywhere",
      broken((d) => {
        Object.assign(d, { name: " ", languages: [], items: "none" });
        Object.assign(d.perspectives[0]!, { key: "Patient", limitPerCircle: 0.5 });
      }),
      [
        { path: "name", message: "must not be empty" },
        { path: "languages", message: "must have at least 1 entry (it has 0)" },
        { path: "perspectives.0.key", message: "a key is 1–64 lowercase letters, digits or _, starting with a letter" },
        { path: "perspectives.0.limitPerCircle", message: "must be a whole number, not 0.5" },
        { path: "items", message: "must be a list, not text" },
      ],
    ],
    [
      "a bad condition",
      broken((d) => Object.assign(d.items[1]!, { condition: { itemKey: "had_pain", op: "greaterThan", value: { yes: true } } })),
      [
        { path: "items.1.condition.op", message: '"greaterThan" is not allowed: use one of equals, oneOf, atLeast, atMost' },
        { path: "items.1.condition.value", message: "must be a number, text, or a list of numbers or texts" },
      ],
    ],
    [
      "a bad perspective key in a wording",
      broken((d) => Object.assign(d.items[1]!, { wording: { patient: both("Wait?", "¿Espera?"), "Bad Key": both("x", "y") } })),
      [
        {
          path: "items.1.wording.Bad Key",
          message: '"Bad Key" is not a valid key: a key is 1–64 lowercase letters, digits or _, starting with a letter',
        },
      ],
    ],
    [
      "no default language",
      broken((d) => delete d.defaultLanguage),
      [{ path: "defaultLanguage", message: "is required: one of en, es, fr, de, pt, pl, ar, he, ur" }],
    ],
    [
      "an item without a type",
      broken((d) => delete d.items[0]!.type),
      [{ path: "items.0.type", message: "is required: the item type, one of rating5, rating10, yesNo, singleChoice, multipleChoice, text" }],
    ],
    [
      "a missing required field",
      broken((d) => delete d.items[0]!.key),
      [{ path: "items.0.key", message: "is required" }],
    ],
  ];

  it.each(cases)("refuses %s with errors naming the path", (_name, input, expected) => {
    const result = parseSurveyDefinition(input);
    expect(result.ok).toBe(false);
    expect(errorsOf(result)).toEqual(expected);
  });

  it("reports every structural problem, not only the first", () => {
    const input = broken((d) => {
      Object.assign(d, { junk: 1 });
      Object.assign(d.perspectives[1]!, { extra: 1 });
      Object.assign(d.items[0]!, { type: "slider" });
      Object.assign(d.items[1]!, { page: 0 });
    });
    expect(errorsOf(parseSurveyDefinition(input)).map((e) => e.path)).toEqual([
      "perspectives.1.extra",
      "items.0.type",
      "items.1.page",
      "junk",
    ]);
  });

  it("lets a draft through with its publishing issues when publishing is not required", () => {
    const input = broken((d) => Object.assign(d.perspectives[0]!, { primary: false }));
    const result = parseSurveyDefinition(input, { requirePublishable: false });
    expect(result.ok).toBe(true);
    expect(result.ok && result.issues.map((i) => i.path)).toEqual(["perspectives"]);
    // Structure is still required of a draft.
    expect(parseSurveyDefinition(null, { requirePublishable: false }).ok).toBe(false);
  });

  it("never throws, whatever it is given", () => {
    const circular: Record<string, unknown> = { ...valid() };
    circular.items = [circular];
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("boom");
        },
        ownKeys() {
          throw new Error("boom");
        },
      },
    );
    const throwingGetter = Object.defineProperty({ ...valid() }, "name", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    let deep: unknown = "bottom";
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const inputs: unknown[] = [
      undefined,
      0,
      Number.NaN,
      true,
      "",
      Symbol("s"),
      () => valid(),
      new Date(),
      new Map(),
      {},
      { format: "circles.survey/1" },
      circular,
      hostile,
      throwingGetter,
      broken((d) => Object.assign(d, { items: deep, perspectives: deep, intro: deep })),
      broken((d) => Object.assign(d.items[0]!, { condition: { itemKey: "x", op: "oneOf", value: deep } })),
      broken((d) => Object.assign(d, { items: Array.from({ length: 1000 }, () => ({ key: "k", type: "nope" })) })),
    ];
    for (const input of inputs) {
      const result = parseSurveyDefinition(input);
      expect(result.ok).toBe(false);
      expect(errorsOf(result).length).toBeGreaterThan(0);
      expect(errorsOf(result).length).toBeLessThanOrEqual(200);
    }
    expect(errorsOf(parseSurveyDefinition(hostile))).toEqual([{ path: "", message: "the survey definition could not be read" }]);
  });
});

describe("parseSurveyFile", () => {
  it("reads a valid file, with or without a byte-order mark", () => {
    const text = JSON.stringify(valid(), null, 2);
    expect(parseSurveyFile(text).ok).toBe(true);
    expect(parseSurveyFile(`\uFEFF${text}`).ok).toBe(true);
  });

  it("reads every template written out as a file", () => {
    for (const template of SURVEY_TEMPLATES) {
      expect(parseSurveyFile(JSON.stringify(template.definition))).toMatchObject({ ok: true, issues: [] });
    }
  });

  it("refuses text that is not JSON", () => {
    const result = parseSurveyFile("name: My survey");
    expect(result.ok).toBe(false);
    expect(errorsOf(result)).toHaveLength(1);
    expect(errorsOf(result)[0]!.path).toBe("");
    expect(errorsOf(result)[0]!.message).toMatch(/^the file is not valid JSON: /);
  });

  it("refuses an empty file", () => {
    expect(errorsOf(parseSurveyFile(""))).toEqual([{ path: "", message: "the file is empty" }]);
    expect(errorsOf(parseSurveyFile(" \n "))).toEqual([{ path: "", message: "the file is empty" }]);
  });

  it("refuses a file over 1 MB, counting bytes, before reading it", () => {
    const big = `{"name": "${"x".repeat(MAX_SURVEY_FILE_BYTES)}"}`;
    expect(errorsOf(parseSurveyFile(big))).toEqual([{ path: "", message: "the file is 1.0 MB; a survey file can be at most 1 MB" }]);
    // 600,000 two-byte characters: under the limit in characters, over it in bytes.
    const wide = `{"name": "${"é".repeat(600_000)}"}`;
    expect(errorsOf(parseSurveyFile(wide))).toEqual([{ path: "", message: "the file is 1.1 MB; a survey file can be at most 1 MB" }]);
  });

  it("passes JSON that is not a survey on to the structural check", () => {
    expect(errorsOf(parseSurveyFile("null"))).toEqual([{ path: "", message: "a survey definition must be a JSON object, not null" }]);
    expect(errorsOf(parseSurveyFile("[1, 2]"))).toEqual([{ path: "", message: "a survey definition must be a JSON object, not a list" }]);
    expect(errorsOf(parseSurveyFile('"survey"'))).toEqual([{ path: "", message: "a survey definition must be a JSON object, not text" }]);
  });

  it("never throws on input that is not text", () => {
    expect(parseSurveyFile(undefined as unknown as string).ok).toBe(false);
  });
});

describe("docs/survey-format.md", () => {
  const doc = readFileSync(path.join(import.meta.dirname, "../../docs/survey-format.md"), "utf8");

  it("has a complete example that imports with no errors and no issues", () => {
    const example = doc.split("## Complete example")[1]?.match(/```json\n([\s\S]*?)\n```/)?.[1];
    expect(example).toBeDefined();
    expect(parseSurveyFile(example!)).toMatchObject({ ok: true, issues: [] });
  });

  it("has item examples that are valid items", () => {
    const section = doc.split("## Items")[1]!.split("## Conditions")[0]!;
    const blocks = [...section.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
    expect(blocks.map((b) => b.type)).toEqual(["rating5", "rating5", "rating10", "yesNo", "singleChoice", "multipleChoice", "text"]);
    for (const item of blocks) {
      const input = {
        format: "circles.survey/1",
        name: "Doc",
        defaultLanguage: "en",
        languages: ["en"],
        perspectives: [{ key: "patient", label: { en: "P" }, primary: true }],
        items: [item],
      };
      expect(parseSurveyDefinition(input, { requirePublishable: false }).ok).toBe(true);
    }
  });
});
