// Rules the database keeps by itself, whatever the application does.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/db/connect";
import { auditLog, circles, items, perspectives, respondents, surveyVersions } from "@/db/schema";
import { openTestDatabase } from "@/test/db";
import { createOrganisation, type TestOrganisation } from "@/test/factories";

let open: OpenDatabase;
let org: TestOrganisation;
let other: TestOrganisation;

beforeAll(async () => {
  open = await openTestDatabase();
  org = await createOrganisation(open, "Rules");
  other = await createOrganisation(open, "RulesOther");
});
afterAll(() => open.close());

async function refused(action: () => Promise<unknown>): Promise<string> {
  try {
    await action();
  } catch (err) {
    const e = err as { message: string; cause?: { message?: string } };
    return `${e.message} ${e.cause?.message ?? ""}`;
  }
  throw new Error("the database accepted it");
}

describe("database rules", () => {
  it("allow only one primary respondent per circle", async () => {
    const message = await refused(() =>
      open.db.insert(respondents).values({
        organisationId: org.organisation.id,
        waveId: org.wave.id,
        circleId: org.circle.id,
        perspectiveId: org.perspectives.primary.id,
        isPrimary: true,
      }),
    );
    expect(message).toMatch(/respondents_one_primary_per_circle/);
  });

  it("check a respondent's primary flag against its perspective", async () => {
    const message = await refused(() =>
      open.db.insert(respondents).values({
        organisationId: org.organisation.id,
        waveId: org.wave.id,
        circleId: org.circle.id,
        perspectiveId: org.perspectives.family.id,
        isPrimary: true,
      }),
    );
    expect(message).toMatch(/respondents_perspective_fk|respondents_one_primary_per_circle/);
  });

  it("refuse a circle in another organisation's wave", async () => {
    const message = await refused(() =>
      open.db.insert(circles).values({ organisationId: org.organisation.id, waveId: other.wave.id }),
    );
    expect(message).toMatch(/circles_wave_fk/);
  });

  it("freeze a published version, its perspectives and its items", async () => {
    expect(
      await refused(() =>
        open.db.update(surveyVersions).set({ revision: 99 }).where(eq(surveyVersions.id, org.version.id)),
      ),
    ).toMatch(/published/);
    expect(
      await refused(() => open.db.update(items).set({ required: false }).where(eq(items.id, org.item.id))),
    ).toMatch(/published/);
    expect(
      await refused(() =>
        open.db.insert(perspectives).values({
          surveyVersionId: org.version.id,
          key: "late",
          label: { en: "Late" },
          position: 9,
        }),
      ),
    ).toMatch(/published/);
    const [row] = await open.db.select().from(items).where(eq(items.id, org.item.id));
    expect(row?.required).toBe(true);
  });

  it("keep the audit log append-only", async () => {
    await open.db.insert(auditLog).values({
      organisationId: org.organisation.id,
      action: "test.write",
      entityType: "test",
      entityId: "1",
    });
    expect(
      await refused(() => open.db.update(auditLog).set({ action: "tampered" }).where(eq(auditLog.organisationId, org.organisation.id))),
    ).toMatch(/append-only/);
    expect(
      await refused(() => open.db.delete(auditLog).where(eq(auditLog.organisationId, org.organisation.id))),
    ).toMatch(/append-only/);
    expect(await refused(() => open.db.execute(sql`truncate audit_log`))).toMatch(/append-only/);
  });
});
