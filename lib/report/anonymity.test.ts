import { describe, expect, it } from "vitest";
import { hiddenValues, isGroupShown, NONE, withheldReason } from "./anonymity";

const counts = (o: Record<string, number>) => new Map(Object.entries(o));

describe("hiddenValues", () => {
  it("hides nothing when every value reaches k", () => {
    expect(hiddenValues(counts({ a: 5, b: 9 }), 5)).toEqual(new Set());
  });

  it("hides a small value and the next-smallest so the hidden part reaches k", () => {
    // Without the second rule, total − a − b would give c = 3.
    expect(hiddenValues(counts({ a: 20, b: 10, c: 3 }), 5)).toEqual(new Set(["c", "b"]));
  });

  it("needs no partner when the small values already add up to k", () => {
    expect(hiddenValues(counts({ a: 20, b: 3, c: 2 }), 5)).toEqual(new Set(["b", "c"]));
  });

  it("keeps adding partners until the hidden total reaches k", () => {
    expect(hiddenValues(counts({ a: 1, b: 1, c: 2, d: 50 }), 5)).toEqual(new Set(["a", "b", "c", "d"]));
  });

  it("ignores empty values and breaks ties by value, so the plan is stable", () => {
    expect(hiddenValues(counts({ x: 0, b: 8, a: 8, c: 2 }), 5)).toEqual(new Set(["c", "a"]));
  });

  it("treats circles without a value as a value of their own", () => {
    expect(hiddenValues(counts({ [NONE]: 4, ward: 30, icu: 30 }), 5)).toEqual(new Set([NONE, "icu"]));
  });
});

describe("isGroupShown / withheldReason", () => {
  it("a group of 4 in a k = 5 wave is withheld", () => {
    expect(isGroupShown(4, 5, [])).toBe(false);
    expect(withheldReason(4, 5, [])).toBe("fewerThanK");
  });

  it("an empty group says so, a group at k is shown", () => {
    expect(withheldReason(0, 5, [])).toBe("noAnswers");
    expect(withheldReason(5, 5, [])).toBeNull();
  });

  it("a large filtered group is withheld when it would reveal a small sibling by subtraction", () => {
    const unit = { value: "b", counts: counts({ a: 20, b: 10, c: 3 }) };
    expect(withheldReason(10, 5, [unit])).toBe("protectsSmallGroup");
    expect(withheldReason(20, 5, [{ ...unit, value: "a" }])).toBeNull();
  });

  it("every filter in use is checked", () => {
    const unit = { value: "a", counts: counts({ a: 20, b: 30 }) };
    const month = { value: "2026-10", counts: counts({ "2026-10": 20, "2026-11": 2 }) };
    expect(isGroupShown(20, 5, [unit])).toBe(true);
    expect(isGroupShown(20, 5, [unit, month])).toBe(false);
  });
});
