// The audit log: append-only in the database itself (an UPDATE, DELETE or TRUNCATE through the
// application's own connection fails — on PostgreSQL in CI's PostgreSQL pass, and on PGlite), and
// browsable by admins newest first with filters and pages.
import { TRPCError } from "@trpc/server";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/db/connect";
import { auditLog } from "@/db/schema";
import { openTestDatabase } from "@/test/db";
import { callerFor, createOrganisation, type TestOrganisation } from "@/test/factories";

let open: OpenDatabase;
let org: TestOrganisation;

beforeAll(async () => {
  open = await openTestDatabase();
  org = await createOrganisation(open, "Audit");
});
afterAll(() => open.close());

class RolledBack extends Error {}

/**
 * Runs `change` in a transaction that is always rolled back (the shared test database never loses a row,
 * even if the guard were missing) and returns the database's error, or null when the change went through.
 */
async function refusal(change: (tx: Parameters<Parameters<OpenDatabase["db"]["transaction"]>[0]>[0]) => Promise<unknown>) {
  try {
    await open.db.transaction(async (tx) => {
      await change(tx);
      throw new RolledBack();
    });
  } catch (err) {
    if (err instanceof RolledBack) return null;
    const cause = (err as { cause?: { message?: string } }).cause;
    return String(cause?.message ?? (err as Error).message);
  }
  return null;
}

describe("append-only", () => {
  it(`refuses UPDATE, DELETE and TRUNCATE from the application's connection (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, async () => {
    await callerFor(open, { userId: org.admin.id }).survey.create({ name: "Audited survey" });
    const [entry] = await open.db.select().from(auditLog).where(eq(auditLog.organisationId, org.organisation.id)).limit(1);
    expect(entry).toBeDefined();

    expect(await refusal((tx) => tx.update(auditLog).set({ action: "tampered" }).where(eq(auditLog.id, entry!.id)))).toMatch(
      /the audit log is append-only/,
    );
    expect(await refusal((tx) => tx.delete(auditLog).where(eq(auditLog.id, entry!.id)))).toMatch(/the audit log is append-only/);
    expect(await refusal((tx) => tx.execute(sql`update audit_log set before = '{}'::jsonb`))).toMatch(/the audit log is append-only/);
    expect(await refusal((tx) => tx.execute(sql`truncate audit_log`))).toMatch(/the audit log is append-only/);

    const [after] = await open.db.select().from(auditLog).where(eq(auditLog.id, entry!.id));
    expect(after).toEqual(entry);
  });

  it("still takes new entries", async () => {
    expect(await refusal((tx) => tx.insert(auditLog).values({ organisationId: org.organisation.id, action: "test.insert", entityType: "test" }))).toBeNull();
  });
});

describe("browsing", () => {
  it("lists the organisation's entries newest first, filtered and a page at a time", async () => {
    const own = await createOrganisation(open, "Browse");
    const admin = callerFor(open, { userId: own.admin.id });
    await admin.member.setRole({ membershipId: own.memberships.staff.id, role: "manager" });
    await admin.member.setRole({ membershipId: own.memberships.staff.id, role: "staff" });
    await admin.member.invite({ email: `browse.${own.organisation.id}@example.test`, role: "staff" });
    await admin.survey.create({ name: "Browse survey" });

    const all = await admin.audit.list({});
    expect(all.entries.map((e) => e.action)).toEqual(["survey.create", "member.invite", "member.setRole", "member.setRole"]);
    expect(all.entries.every((e) => e.actorName === own.admin.name)).toBe(true);
    expect(all.entries[2]).toMatchObject({ before: { role: "manager" }, after: { role: "staff" } });

    expect((await admin.audit.list({ filters: { action: "member" } })).entries.map((e) => e.action)).toEqual([
      "member.invite",
      "member.setRole",
      "member.setRole",
    ]);
    expect((await admin.audit.list({ filters: { action: "member.setRole" } })).entries).toHaveLength(2);
    expect((await admin.audit.list({ filters: { entityType: "membership", entityId: own.memberships.staff.id } })).entries).toHaveLength(2);
    expect((await admin.audit.list({ filters: { actorUserId: own.manager.id } })).entries).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await admin.audit.list({ filters: { from: today, to: today } })).entries).toHaveLength(4);
    expect((await admin.audit.list({ filters: { to: "2000-01-01" } })).entries).toEqual([]);

    const first = await admin.audit.list({ limit: 3 });
    expect(first.entries).toHaveLength(3);
    const second = await admin.audit.list({ limit: 3, before: first.nextBefore! });
    expect(second).toMatchObject({ nextBefore: null });
    expect([...first.entries, ...second.entries].map((e) => e.id)).toEqual(all.entries.map((e) => e.id));

    const facets = await admin.audit.facets();
    expect(facets.actions).toEqual(["member.invite", "member.setRole", "survey.create"]);
    expect(facets.people.map((p) => p.id)).toEqual([own.admin.id]);
  });

  it("never shows another organisation's entries, and is for admins only", async () => {
    const mine = await callerFor(open, { userId: org.admin.id }).audit.list({ limit: 200 });
    const ids = new Set(mine.entries.map((e) => e.id));
    const theirs = await open.db.select({ id: auditLog.id, org: auditLog.organisationId }).from(auditLog);
    for (const row of theirs) if (ids.has(row.id)) expect(row.org).toBe(org.organisation.id);
    for (const userId of [org.manager.id, org.staff.id]) {
      await expect(callerFor(open, { userId }).audit.list({})).rejects.toBeInstanceOf(TRPCError);
    }
  });
});
