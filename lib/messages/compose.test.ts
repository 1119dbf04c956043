import { describe, expect, it } from "vitest";
import { composeMessage, type TMessageInput } from "./compose";

const base: TMessageInput = {
  kind: "invitation",
  channel: "email",
  language: "en",
  organisation: "Riverside Hospital",
  survey: "Hospital stay",
  link: "https://c.example/r/abc",
  optOutLink: "https://c.example/r/abc/opt-out",
};

describe("messages", () => {
  it("name the organisation and carry the link and the opt-out link", () => {
    const m = composeMessage(base);
    expect(m.subject).toBe("Riverside Hospital would value your feedback");
    expect(m.body).toContain("https://c.example/r/abc\n");
    expect(m.body).toContain("Stop them here:\nhttps://c.example/r/abc/opt-out");
  });

  it("speak the respondent's language, and fall back to English", () => {
    expect(composeMessage({ ...base, language: "es", kind: "reminder" }).subject).toBe("Recordatorio: Riverside Hospital valora su opinión");
    expect(composeMessage({ ...base, language: "pl" }).subject).toBe("Riverside Hospital would value your feedback");
  });

  it("keep SMS to one short text without a subject", () => {
    const m = composeMessage({ ...base, channel: "sms", kind: "reminder" });
    expect(m.subject).toBeNull();
    expect(m.body).toBe(
      "Riverside Hospital: a reminder - please tell us about your experience: https://c.example/r/abc Stop: https://c.example/r/abc/opt-out",
    );
    expect(m.body.length).toBeLessThan(160);
  });
});
