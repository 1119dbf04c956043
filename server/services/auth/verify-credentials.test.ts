import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/db/connect";
import { memberships, users } from "@/db/schema";
import { AppError } from "@/server/errors";
import { openTestDatabase } from "@/test/db";
import { createOrganisation, type TestOrganisation } from "@/test/factories";
import { hashPassword, verifyPassword } from "./password";
import { MAX_FAILURES_PER_EMAIL, verifyCredentials } from "./verify-credentials";

let open: OpenDatabase;
let org: TestOrganisation;
const PASSWORD = "correct horse battery staple";

beforeAll(async () => {
  open = await openTestDatabase();
  org = await createOrganisation(open, "Auth");
  const hash = await hashPassword(PASSWORD);
  await open.db.update(users).set({ passwordHash: hash }).where(eq(users.id, org.staff.id));
  await open.db.update(users).set({ passwordHash: hash }).where(eq(users.id, org.manager.id));
});
afterAll(() => open.close());

async function attempt(email: string, password: string, ip = "10.0.0.1") {
  try {
    return { user: await verifyCredentials({ db: open.db, credentials: { email, password }, ip }) };
  } catch (err) {
    if (err instanceof AppError) return { code: err.code, message: err.message };
    throw err;
  }
}

describe("passwords", () => {
  it("are hashed with scrypt and salted", async () => {
    const a = await hashPassword("secret");
    const b = await hashPassword("secret");
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("secret", a)).toBe(true);
    expect(await verifyPassword("Secret", a)).toBe(false);
    expect(await verifyPassword("secret", "garbage")).toBe(false);
  });
});

describe("sign-in", () => {
  it("accepts the right password, whatever the email's case", async () => {
    const result = await attempt(org.staff.email.toUpperCase(), PASSWORD);
    expect(result.user).toMatchObject({ id: org.staff.id, email: org.staff.email });
  });

  it("gives one answer for a wrong password and an unknown address", async () => {
    const wrong = await attempt(org.staff.email, "wrong", "10.0.0.2");
    const unknown = await attempt("nobody@nowhere.test", PASSWORD, "10.0.0.2");
    expect(wrong).toEqual({ code: "UNAUTHORIZED", message: "That email and password do not match an account." });
    expect(unknown).toEqual(wrong);
  });

  it(`refuses even the right password after ${MAX_FAILURES_PER_EMAIL} failures`, async () => {
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      expect((await attempt(org.manager.email, `guess ${i}`, `10.1.0.${i}`)).code).toBe("UNAUTHORIZED");
    }
    const blocked = await attempt(org.manager.email, PASSWORD, "10.1.0.99");
    expect(blocked.code).toBe("TOO_MANY_REQUESTS");
    expect(blocked.message).toMatch(/wait 15 minutes/);
  });

  it("refuses an account with no active membership", async () => {
    const other = await createOrganisation(open, "AuthOff");
    await open.db.update(users).set({ passwordHash: await hashPassword(PASSWORD) }).where(eq(users.id, other.staff.id));
    await open.db.update(memberships).set({ active: false }).where(eq(memberships.id, other.memberships.staff.id));
    expect((await attempt(other.staff.email, PASSWORD, "10.2.0.1")).code).toBe("FORBIDDEN");
  });

  it("rejects malformed input with the same answer", async () => {
    const result = await attempt("not an email", "x".repeat(500), "10.3.0.1");
    expect(result.code).toBe("UNAUTHORIZED");
  });
});
