import { describe, expect, it } from "vitest";
import { ZLocalizedText } from "./language";
import { localize, textDirection } from "./languages";

describe("localize", () => {
  it("takes the asked language, then the fallback, then any", () => {
    expect(localize({ en: "Hello", es: "Hola" }, "es")).toBe("Hola");
    expect(localize({ en: "Hello" }, "es")).toBe("Hello");
    expect(localize({ fr: "Bonjour" }, "es")).toBe("Bonjour");
    expect(localize({}, "es")).toBe("");
  });

  it("knows right-to-left languages", () => {
    expect(textDirection("ar")).toBe("rtl");
    expect(textDirection("he")).toBe("rtl");
    expect(textDirection("en")).toBe("ltr");
  });

  it("refuses unknown languages, empty and oversized text", () => {
    expect(ZLocalizedText.safeParse({ xx: "?" }).success).toBe(false);
    expect(ZLocalizedText.safeParse({ en: "  " }).success).toBe(false);
    expect(ZLocalizedText.safeParse({ en: "x".repeat(2001) }).success).toBe(false);
    expect(ZLocalizedText.parse({ en: " Hi " })).toEqual({ en: "Hi" });
  });
});
