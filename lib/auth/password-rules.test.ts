import { describe, expect, it } from "vitest";
import { maskEmail, ZEmail, ZNewPassword } from "./password-rules";

describe("password rules", () => {
  it("needs 10 to 200 characters, nothing else", () => {
    expect(ZNewPassword.safeParse("short").success).toBe(false);
    expect(ZNewPassword.safeParse("ten chars!").success).toBe(true);
    expect(ZNewPassword.safeParse("x".repeat(201)).success).toBe(false);
  });

  it("keeps email addresses lower-case and refuses what is not one", () => {
    expect(ZEmail.parse("Jo.Smith@Example.ORG")).toBe("jo.smith@example.org");
    expect(ZEmail.safeParse("not an email").success).toBe(false);
  });

  it("masks an address down to its first letter and domain", () => {
    expect(maskEmail("manager@hospital.example")).toBe("m•••@hospital.example");
    expect(maskEmail("nonsense")).toBe("•••");
  });
});
