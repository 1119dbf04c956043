import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/db/connect";
import { respondents } from "@/db/schema";
import { generateToken } from "@/server/tokens";
import { openTestDatabase } from "@/test/db";
import { callerFor, createOrganisation, type TestOrganisation } from "@/test/factories";
import { enterWithLink } from "./enter-with-link";
import { getWelcome } from "./get-welcome";

let open: OpenDatabase;
let org: TestOrganisation;

beforeAll(async () => {
  open = await openTestDatabase();
  org = await createOrganisation(open, "Entry");
});
afterAll(() => open.close());

describe("opening a personal link", () => {
  it("welcomes the respondent and records the first opening", async () => {
    expect(await enterWithLink({ db: open.db, token: org.respondentToken })).toBe("welcome");
    const [row] = await open.db.select().from(respondents).where(eq(respondents.id, org.respondent.id));
    expect(row!.status).toBe("opened");
    expect(row!.openedAt).not.toBeNull();
    const welcome = await getWelcome({ db: open.db, token: org.respondentToken });
    expect(welcome).toMatchObject({ organisation: org.organisation.name, perspectiveKey: "patient" });
  });

  it("treats unknown, malformed and revoked links the same", async () => {
    expect(await enterWithLink({ db: open.db, token: generateToken() })).toBe("invalid");
    expect(await enterWithLink({ db: open.db, token: "'; drop table respondents; --" })).toBe("invalid");
    const other = await createOrganisation(open, "Revoked");
    await callerFor(open, { userId: other.staff.id }).respondent.revokeLink({ respondentId: other.respondent.id });
    expect(await enterWithLink({ db: open.db, token: other.respondentToken })).toBe("invalid");
    expect(await getWelcome({ db: open.db, token: other.respondentToken })).toBeNull();
  });

  it("says so when the wave has closed", async () => {
    const other = await createOrganisation(open, "ClosedEntry");
    await callerFor(open, { userId: other.admin.id }).wave.close({ waveId: other.wave.id });
    expect(await enterWithLink({ db: open.db, token: other.respondentToken })).toBe("closed");
  });
});

describe("opting out", () => {
  it("marks the person do-not-contact and opted out; an unknown link changes nothing", async () => {
    const { optOut } = await import("./opt-out");
    const other = await createOrganisation(open, "OptOut");
    expect(await optOut({ db: open.db, token: other.respondentToken })).toBe(true);
    const [row] = await open.db.select().from(respondents).where(eq(respondents.id, other.respondent.id));
    expect(row!.status).toBe("opted_out");
    const { respondentContacts } = await import("@/db/schema");
    const [contact] = await open.db.select().from(respondentContacts).where(eq(respondentContacts.respondentId, other.respondent.id));
    expect(contact!.doNotContact).toBe(true);
    expect(await optOut({ db: open.db, token: generateToken() })).toBe(false);
  });
});
