import { describe, expect, it } from "vitest";
import { answerColumns, answerFromColumns, answerSchemaFor, validateAnswer } from "./answer";
import { ZItemDefinition } from "./definition";

// Type settings only; key and audience are the same for every item here.
const item = (config: Record<string, unknown>) => ZItemDefinition.parse({ key: "q", askedOf: ["patient"], ...config });

const CHOICES = ["red", "green", "blue", "black"].map((value) => ({ value, label: { en: value } }));
const rating5 = item({ type: "rating5", labels: {} });
const rating10 = item({ type: "rating10", lowLabel: {}, highLabel: {} });
const yesNo = item({ type: "yesNo" });
const single = item({ type: "singleChoice", choices: CHOICES });
const multiple = item({ type: "multipleChoice", choices: CHOICES, minSelections: 1, maxSelections: 2 });
const multipleOpen = item({ type: "multipleChoice", choices: CHOICES });
const text = item({ type: "text", maxLength: 10 });

const message = (result: ReturnType<typeof validateAnswer>) => (result.ok ? "ok" : result.message);

describe("validateAnswer: ratings and yes/no", () => {
  it("accepts every point of each scale", () => {
    for (const v of [1, 2, 3, 4, 5]) expect(validateAnswer(rating5, v)).toEqual({ ok: true, value: v });
    for (let v = 0; v <= 10; v++) expect(validateAnswer(rating10, v)).toEqual({ ok: true, value: v });
    expect(validateAnswer(yesNo, 0)).toEqual({ ok: true, value: 0 });
    expect(validateAnswer(yesNo, 1)).toEqual({ ok: true, value: 1 });
  });

  it("refuses values outside the scale", () => {
    expect(message(validateAnswer(rating5, 0))).toBe("0 is outside the scale 1 to 5");
    expect(message(validateAnswer(rating5, 6))).toBe("6 is outside the scale 1 to 5");
    expect(message(validateAnswer(rating10, -1))).toBe("-1 is outside the scale 0 to 10");
    expect(message(validateAnswer(rating10, 11))).toBe("11 is outside the scale 0 to 10");
    expect(message(validateAnswer(yesNo, 2))).toBe("2 is not an answer to a yes/no question: expected 1 (yes) or 0 (no)");
  });

  it("refuses fractions and the wrong type", () => {
    expect(message(validateAnswer(rating5, 2.5))).toBe("2.5 is not a whole number from 1 to 5");
    expect(message(validateAnswer(rating10, "7"))).toBe("Expected a whole number from 0 to 10, got text");
    expect(message(validateAnswer(yesNo, true))).toBe("Expected 1 (yes) or 0 (no), got a boolean");
    expect(message(validateAnswer(rating5, null))).toBe("Expected a whole number from 1 to 5, got null");
    expect(message(validateAnswer(rating5, undefined))).toBe("Expected a whole number from 1 to 5, got nothing");
    expect(message(validateAnswer(rating5, Number.NaN))).toBe("Expected a whole number from 1 to 5, got an invalid number");
    expect(message(validateAnswer(rating5, [3]))).toBe("Expected a whole number from 1 to 5, got a list");
  });
});

describe("validateAnswer: choices", () => {
  it("accepts an offered single choice", () => {
    expect(validateAnswer(single, "green")).toEqual({ ok: true, value: "green" });
  });

  it("refuses a choice not offered, and the wrong type", () => {
    expect(message(validateAnswer(single, "pink"))).toBe('"pink" is not one of the choices offered (red, green, blue, black)');
    expect(message(validateAnswer(single, ["red"]))).toBe("Expected one choice value, got a list");
    expect(message(validateAnswer(single, 1))).toBe("Expected one choice value, got a number");
  });

  it("accepts selections within the limits", () => {
    expect(validateAnswer(multiple, ["red"])).toEqual({ ok: true, value: ["red"] });
    expect(validateAnswer(multiple, ["blue", "red"])).toEqual({ ok: true, value: ["blue", "red"] });
    expect(validateAnswer(multipleOpen, [])).toEqual({ ok: true, value: [] });
    expect(validateAnswer(multipleOpen, ["red", "green", "blue", "black"]).ok).toBe(true);
  });

  it("refuses fewer or more selections than allowed", () => {
    expect(message(validateAnswer(multiple, []))).toBe("Choose at least 1 (0 chosen)");
    expect(message(validateAnswer(multiple, ["red", "green", "blue"]))).toBe("Choose at most 2 (3 chosen)");
  });

  it("refuses choices not offered and duplicates, saying all that is wrong", () => {
    expect(message(validateAnswer(multiple, ["pink"]))).toBe('"pink" is not among the choices offered (red, green, blue, black)');
    expect(message(validateAnswer(multiple, ["red", "red"]))).toBe('"red" is selected more than once');
    expect(message(validateAnswer(multiple, ["pink", "grey", "pink"]))).toBe(
      '"pink", "grey" are not among the choices offered (red, green, blue, black). "pink" is selected more than once. Choose at most 2 (3 chosen)',
    );
  });

  it("refuses the wrong type", () => {
    expect(message(validateAnswer(multiple, "red"))).toBe("Expected a list of choice values, got text");
    expect(message(validateAnswer(multiple, ["red", 2]))).toBe("Each selection must be a choice value, got a number");
  });
});

describe("validateAnswer: text", () => {
  it("trims the answer", () => {
    expect(validateAnswer(text, "  kind staff ")).toEqual({ ok: true, value: "kind staff" });
  });

  it("refuses empty text and text over the maximum length (after trimming)", () => {
    expect(message(validateAnswer(text, ""))).toBe("The answer is empty");
    expect(message(validateAnswer(text, "   "))).toBe("The answer is empty");
    expect(validateAnswer(text, ` ${"x".repeat(10)} `).ok).toBe(true);
    expect(message(validateAnswer(text, "x".repeat(11)))).toBe("The answer is 11 characters long; at most 10 are allowed");
  });

  it("refuses the wrong type", () => {
    expect(message(validateAnswer(text, 5))).toBe("Expected text, got a number");
    expect(message(validateAnswer(text, { text: "hi" }))).toBe("Expected text, got an object");
  });
});

describe("answerSchemaFor", () => {
  it("is a zod schema others can compose", () => {
    expect(answerSchemaFor(rating5).safeParse(3).success).toBe(true);
    expect(answerSchemaFor(text).parse(" hi ")).toBe("hi");
    expect(() => answerSchemaFor(single).parse("pink")).toThrow();
  });
});

describe("answerColumns and answerFromColumns", () => {
  const cases = [
    [rating5, 4, { numericValue: 4, choiceValues: null, textValue: null }],
    [rating10, 0, { numericValue: 0, choiceValues: null, textValue: null }],
    [yesNo, 1, { numericValue: 1, choiceValues: null, textValue: null }],
    [single, "red", { numericValue: null, choiceValues: ["red"], textValue: null }],
    [multiple, ["red", "blue"], { numericValue: null, choiceValues: ["red", "blue"], textValue: null }],
    [text, "thanks", { numericValue: null, choiceValues: null, textValue: "thanks" }],
  ] as const;

  it("maps each type to its column and back", () => {
    for (const [target, value, columns] of cases) {
      const stored = answerColumns(target, typeof value === "object" ? [...value] : value);
      expect(stored).toEqual(columns);
      expect(answerFromColumns(target, stored)).toEqual(value);
    }
  });

  it("refuses to map an answer of the wrong kind (a programming error)", () => {
    expect(() => answerColumns(rating5, "4")).toThrow('An answer of type string does not fit rating5 item "q"');
    expect(() => answerColumns(single, ["red"])).toThrow(TypeError);
    expect(() => answerColumns(multiple, "red")).toThrow(TypeError);
    expect(() => answerColumns(text, 1)).toThrow(TypeError);
  });

  it("reads a row without the item's column as no answer", () => {
    const empty = { numericValue: null, choiceValues: null, textValue: null };
    for (const [target] of cases) expect(answerFromColumns(target, empty)).toBeUndefined();
    expect(answerFromColumns(rating5, { textValue: "5" })).toBeUndefined();
    expect(answerFromColumns(single, { choiceValues: [] })).toBeUndefined();
  });
});
