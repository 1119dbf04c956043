import { describe, expect, it } from "vitest";
import { detectImageType, ZOrganisationSettings } from "./settings";

const valid = {
  name: "Riverside Hospital",
  defaultLanguage: "en",
  defaultAnonymityThreshold: 5,
  contactText: "Questions? Call 0100 000 000.",
  privacyText: "",
  retentionDays: 365,
};

describe("organisation settings", () => {
  it("accepts sensible settings and turns empty texts into none", () => {
    expect(ZOrganisationSettings.parse(valid)).toMatchObject({ privacyText: null, contactText: "Questions? Call 0100 000 000." });
  });

  it("refuses a threshold under 3, a retention under 30 days, an unknown language and extra keys", () => {
    expect(ZOrganisationSettings.safeParse({ ...valid, defaultAnonymityThreshold: 2 }).success).toBe(false);
    expect(ZOrganisationSettings.safeParse({ ...valid, retentionDays: 7 }).success).toBe(false);
    expect(ZOrganisationSettings.safeParse({ ...valid, retentionDays: null }).success).toBe(true);
    expect(ZOrganisationSettings.safeParse({ ...valid, defaultLanguage: "xx" }).success).toBe(false);
    expect(ZOrganisationSettings.safeParse({ ...valid, isDemo: true }).success).toBe(false);
  });
});

describe("image type from the first bytes", () => {
  const bytes = (...b: number[]) => new Uint8Array([...b, ...new Array(16).fill(0)]);
  it("knows PNG, JPEG and WebP", () => {
    expect(detectImageType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe("image/png");
    expect(detectImageType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("image/jpeg");
    expect(detectImageType(bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50))).toBe("image/webp");
  });

  it("refuses anything else, whatever it would be called", () => {
    expect(detectImageType(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(detectImageType(bytes(0x47, 0x49, 0x46, 0x38))).toBeNull(); // GIF
    expect(detectImageType(bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x41, 0x56, 0x49, 0x20))).toBeNull(); // AVI in RIFF
    expect(detectImageType(new Uint8Array())).toBeNull();
  });
});
