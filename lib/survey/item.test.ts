import { describe, expect, it } from "vitest";
import { scaleOf, ZItemConfig } from "./item";

describe("item configs", () => {
  it("accept every type with its settings", () => {
    const configs = [
      { type: "rating5", labels: { en: ["1", "2", "3", "4", "5"] } },
      { type: "rating10", lowLabel: { en: "Not at all likely" }, highLabel: { en: "Extremely likely" } },
      { type: "yesNo" },
      { type: "singleChoice", choices: [{ value: "a", label: { en: "A" } }] },
      { type: "multipleChoice", choices: [{ value: "a", label: { en: "A" } }], maxSelections: 1 },
      { type: "text", maxLength: 500 },
    ];
    for (const config of configs) expect(ZItemConfig.safeParse(config).success).toBe(true);
  });

  it("refuse unknown types, unknown fields and bad choice values", () => {
    expect(ZItemConfig.safeParse({ type: "slider" }).success).toBe(false);
    expect(ZItemConfig.safeParse({ type: "yesNo", extra: 1 }).success).toBe(false);
    expect(ZItemConfig.safeParse({ type: "singleChoice", choices: "a, b" }).success).toBe(false);
    expect(ZItemConfig.safeParse({ type: "singleChoice", choices: [{ value: "Not OK!", label: { en: "x" } }] }).success).toBe(
      false,
    );
    expect(ZItemConfig.safeParse({ type: "rating5", labels: { en: ["only", "four", "labels", "here"] } }).success).toBe(false);
  });

  it("give the scale that scores map from", () => {
    expect(scaleOf("rating5")).toEqual({ min: 1, max: 5 });
    expect(scaleOf("rating10")).toEqual({ min: 0, max: 10 });
    expect(scaleOf("yesNo")).toEqual({ min: 0, max: 1 });
    expect(scaleOf("text")).toBeNull();
  });
});
