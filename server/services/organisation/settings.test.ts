// Organisation settings (admins): every change audited with before and after; the logo checked by its
// content and size, kept in the database and served back byte for byte.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/db/connect";
import { auditLog, organisations } from "@/db/schema";
import { MAX_LOGO_BYTES } from "@/lib/organisation/settings";
import { openTestDatabase } from "@/test/db";
import { callerFor, codeOf, createOrganisation, PNG_1X1, type TestOrganisation } from "@/test/factories";
import { readOrganisationLogo } from "./read-logo";

let open: OpenDatabase;
let org: TestOrganisation;

beforeAll(async () => {
  open = await openTestDatabase();
  org = await createOrganisation(open, "Settings");
});
afterAll(() => open.close());

const admin = () => callerFor(open, { userId: org.admin.id });


describe("settings", () => {
  it("are changed by admins, only what changed is written, with before and after in the audit log", async () => {
    const before = await admin().organisation.settings();
    expect(before).toMatchObject({ defaultLanguage: "en", defaultAnonymityThreshold: 5, retentionDays: null, logo: null });
    const settings = {
      name: `${before.name} NHS Trust`,
      defaultLanguage: "es" as const,
      defaultAnonymityThreshold: 7,
      contactText: "Questions: patient.experience@example.org",
      privacyText: "Your answers are kept for a year.",
      retentionDays: 365,
    };
    const result = await admin().organisation.updateSettings({ settings });
    expect(result.changed.sort()).toEqual(["contactText", "defaultAnonymityThreshold", "defaultLanguage", "name", "privacyText", "retentionDays"]);
    const [row] = await open.db.select().from(organisations).where(eq(organisations.id, org.organisation.id));
    expect(row).toMatchObject(settings);

    const [entry] = await open.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, org.organisation.id), eq(auditLog.action, "organisation.updateSettings")));
    expect(entry).toMatchObject({
      actorUserId: org.admin.id,
      before: { name: before.name, defaultLanguage: "en", defaultAnonymityThreshold: 5, contactText: null, privacyText: null, retentionDays: null },
      after: settings,
    });

    // Saving the same again changes and records nothing; new waves start from the new threshold.
    expect(await admin().organisation.updateSettings({ settings })).toEqual({ changed: [] });
    expect((await admin().organisation.current()).organisation.defaultAnonymityThreshold).toBe(7);
  });

  it("refuse bad values with field errors and write nothing", async () => {
    const current = await admin().organisation.settings();
    const base = {
      name: current.name,
      defaultLanguage: "en" as const,
      defaultAnonymityThreshold: 5,
      contactText: null,
      privacyText: null,
      retentionDays: null,
    };
    for (const bad of [
      { ...base, defaultAnonymityThreshold: 2 },
      { ...base, retentionDays: 0 },
      { ...base, name: "" },
      { ...base, privacyText: "x".repeat(4001) },
    ]) {
      expect(await codeOf(admin().organisation.updateSettings({ settings: bad }))).toBe("BAD_REQUEST");
    }
    expect(await admin().organisation.settings()).toEqual(current);
  });

  it("are for admins only", async () => {
    for (const userId of [org.manager.id, org.staff.id]) {
      expect(await codeOf(callerFor(open, { userId }).organisation.settings())).toBe("FORBIDDEN");
      expect(await codeOf(callerFor(open, { userId }).organisation.removeLogo())).toBe("FORBIDDEN");
    }
  });
});

describe("the logo", () => {
  it("is checked by its bytes: a PNG is kept and served back as image/png, and the change audited", async () => {
    const set = await admin().organisation.setLogo({ dataBase64: PNG_1X1 });
    expect(set.contentType).toBe("image/png");
    expect(set.url).toMatch(new RegExp(`^/settings/logo/${org.organisation.id}\\?v=\\d+$`));
    const stored = await readOrganisationLogo({ db: open.db, organisationId: org.organisation.id });
    expect(stored!.contentType).toBe("image/png");
    expect(Buffer.compare(stored!.data, Buffer.from(PNG_1X1, "base64"))).toBe(0);
    expect((await admin().organisation.settings()).logo).toMatchObject({ contentType: "image/png", url: set.url });
    const [entry] = await open.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, org.organisation.id), eq(auditLog.action, "organisation.setLogo")));
    expect(entry!.after).toMatchObject({ logo: "image/png", bytes: Buffer.from(PNG_1X1, "base64").length });
  });

  it("refuses what is not a PNG, JPEG or WebP whatever it is called, and anything over 512 KB", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>').toString("base64");
    await expect(admin().organisation.setLogo({ dataBase64: svg })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "The logo must be a PNG, JPEG or WebP image.",
    });
    const big = Buffer.concat([Buffer.from(PNG_1X1, "base64"), Buffer.alloc(MAX_LOGO_BYTES)]).toString("base64");
    await expect(admin().organisation.setLogo({ dataBase64: big })).rejects.toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      message: expect.stringMatching(/at most 512 KB/),
    });
    expect(await codeOf(admin().organisation.setLogo({ dataBase64: "not base64!" }))).toBe("BAD_REQUEST");
    // The PNG from before is still the logo.
    expect((await readOrganisationLogo({ db: open.db, organisationId: org.organisation.id }))!.contentType).toBe("image/png");
  });

  it("can be removed", async () => {
    expect(await admin().organisation.removeLogo()).toEqual({ removed: true });
    expect(await readOrganisationLogo({ db: open.db, organisationId: org.organisation.id })).toBeNull();
    expect((await admin().organisation.settings()).logo).toBeNull();
  });
});
