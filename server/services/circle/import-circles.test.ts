// CSV import through its procedures: a preview that writes nothing, all-or-nothing writes, idempotent
// re-imports, and bad files refused with row and column.
import { TRPCError } from "@trpc/server";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/db/connect";
import { circles, respondentContacts, respondents } from "@/db/schema";
import { openTestDatabase } from "@/test/db";
import { callerFor, createOrganisation, type TestOrganisation } from "@/test/factories";

let open: OpenDatabase;
let org: TestOrganisation;

beforeAll(async () => {
  open = await openTestDatabase();
  org = await createOrganisation(open, "Import");
});
afterAll(() => open.close());

const admin = () => callerFor(open, { userId: org.admin.id });

async function counts(waveId = org.wave.id) {
  const [c] = await open.db.select({ n: sql<number>`count(*)::int` }).from(circles).where(eq(circles.waveId, waveId));
  const [r] = await open.db.select({ n: sql<number>`count(*)::int` }).from(respondents).where(eq(respondents.waveId, waveId));
  return { circles: c!.n, respondents: r!.n };
}

const GOOD = [
  "circle_ref,site,unit,experience_date,perspective,relationship,name,email,phone,language",
  "IMP-1,North,Ward 1,2026-11-01,patient,,Pat One,pat1@example.com,,en",
  "IMP-1,,,,family,daughter,Fay One,fay1@example.com,+44 7700 900001,en",
  "IMP-2,North,Ward 2,2026-11-02,patient,,,,,",
].join("\n");

describe("importing circles", () => {
  it("previews without writing, imports, and a second import of the same file changes nothing", async () => {
    const before = await counts();
    const preview = await admin().circle.importPreview({ waveId: org.wave.id, csv: GOOD });
    expect(preview).toMatchObject({ rows: 3, circles: 2, newCircles: 2, updatedCircles: 0, errors: [] });
    expect(await counts()).toEqual(before);

    const first = await admin().circle.import({ waveId: org.wave.id, csv: GOOD });
    expect(first).toMatchObject({ circles: 2, newCircles: 2, newRespondents: 3 });
    const afterFirst = await counts();
    expect(afterFirst).toEqual({ circles: before.circles + 2, respondents: before.respondents + 3 });

    const second = await admin().circle.import({ waveId: org.wave.id, csv: GOOD });
    expect(second).toMatchObject({ newCircles: 0, updatedCircles: 2, newRespondents: 0, updatedRespondents: 3 });
    expect(await counts()).toEqual(afterFirst);
  });

  it("a re-import updates attributes and contacts, and adds people who are new", async () => {
    const changed = GOOD.replace("IMP-2,North,Ward 2", "IMP-2,South,Ward 9").replace("fay1@example.com", "fay.one@example.com") +
      "\nIMP-2,,,,family,son,,,,";
    const result = await admin().circle.import({ waveId: org.wave.id, csv: changed });
    expect(result).toMatchObject({ updatedCircles: 2, newRespondents: 1 });
    const [imp2] = await open.db.select().from(circles).where(eq(circles.externalRef, "IMP-2"));
    expect(imp2).toMatchObject({ site: "South", unit: "Ward 9" });
    const emails = await open.db
      .select({ email: respondentContacts.email })
      .from(respondentContacts)
      .where(eq(respondentContacts.organisationId, org.organisation.id));
    expect(emails.map((e) => e.email)).toContain("fay.one@example.com");
    expect(emails.map((e) => e.email)).not.toContain("fay1@example.com");
  });

  it("refuses a file with bad rows, naming row and column, and writes nothing", async () => {
    const before = await counts();
    const bad = [
      "circle_ref,perspective,name,email",
      "BAD-1,family,No Primary,",
      "BAD-2,patient,Someone,not-an-email",
      "BAD-3,nurse,,",
      `BAD-4,patient,"=HYPERLINK(""http://evil.example"",""click"")",`,
      `BAD-5,patient,${"x".repeat(5 * 1024 * 1024)},`,
    ].join("\n");
    const preview = await admin().circle.importPreview({ waveId: org.wave.id, csv: bad });
    const where = preview.errors.map((e) => `${e.row}:${e.column ?? ""}`);
    expect(where).toEqual(expect.arrayContaining(["2:", "3:email", "4:perspective", "5:name", "6:name"]));
    await expect(admin().circle.import({ waveId: org.wave.id, csv: bad })).rejects.toBeInstanceOf(TRPCError);
    expect(await counts()).toEqual(before);
  });

  it("imports 10,000 rows in one go", async () => {
    const lines = ["circle_ref,unit,perspective,relationship,email"];
    for (let i = 0; i < 5_000; i++) {
      lines.push(`BULK-${i},Ward ${i % 7},patient,,p${i}@example.com`);
      lines.push(`BULK-${i},,family,partner,f${i}@example.com`);
    }
    const bulk = await createOrganisation(open, "Bulk");
    const result = await callerFor(open, { userId: bulk.admin.id }).circle.import({ waveId: bulk.wave.id, csv: lines.join("\n") });
    expect(result).toMatchObject({ rows: 10_000, circles: 5_000, newRespondents: 10_000 });
    expect(await counts(bulk.wave.id)).toEqual({ circles: 5_001, respondents: 10_001 });
  });

  it("is for admins only", async () => {
    for (const userId of [org.manager.id, org.staff.id]) {
      await expect(callerFor(open, { userId }).circle.import({ waveId: org.wave.id, csv: GOOD })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });
});
