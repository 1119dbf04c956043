// Roles are checked by the procedures themselves, and re-read from the database on every call.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/db/connect";
import { auditLog, memberships, surveys } from "@/db/schema";
import { openTestDatabase } from "@/test/db";
import { addMember, callerFor, codeOf, createOrganisation, type TestOrganisation } from "@/test/factories";

let open: OpenDatabase;
let org: TestOrganisation;

beforeAll(async () => {
  open = await openTestDatabase();
  org = await createOrganisation(open, "Roles");
});
afterAll(() => open.close());


describe("roles", () => {
  const adminOnly = {
    "survey.create": (c: ReturnType<typeof callerFor>) => c.survey.create({ name: "Not allowed" }),
    "member.list": (c: ReturnType<typeof callerFor>) => c.member.list(),
    "member.setActive": (c: ReturnType<typeof callerFor>) =>
      c.member.setActive({ membershipId: org.memberships.staff.id, active: false }),
    "member.setRole": (c: ReturnType<typeof callerFor>) =>
      c.member.setRole({ membershipId: org.memberships.staff.id, role: "admin" }),
  };

  for (const [path, call] of Object.entries(adminOnly)) {
    it(`${path} is refused to a manager and to staff`, async () => {
      expect(await codeOf(call(callerFor(open, { userId: org.manager.id })))).toBe("FORBIDDEN");
      expect(await codeOf(call(callerFor(open, { userId: org.staff.id })))).toBe("FORBIDDEN");
    });
  }

  it("a refused call changes nothing", async () => {
    const before = await open.db.select().from(memberships).where(eq(memberships.organisationId, org.organisation.id));
    const surveysBefore = await open.db.select().from(surveys).where(eq(surveys.organisationId, org.organisation.id));
    for (const call of Object.values(adminOnly)) await codeOf(call(callerFor(open, { userId: org.manager.id })));
    expect(await open.db.select().from(memberships).where(eq(memberships.organisationId, org.organisation.id))).toEqual(
      before,
    );
    expect(await open.db.select().from(surveys).where(eq(surveys.organisationId, org.organisation.id))).toEqual(
      surveysBefore,
    );
  });

  it("managers and staff read surveys, waves and circles", async () => {
    for (const userId of [org.manager.id, org.staff.id]) {
      const caller = callerFor(open, { userId });
      expect(await codeOf(caller.survey.get({ surveyId: org.survey.id }))).toBe("OK");
      expect(await codeOf(caller.wave.get({ waveId: org.wave.id }))).toBe("OK");
      expect(await codeOf(caller.circle.get({ circleId: org.circle.id }))).toBe("OK");
    }
  });

  it("an admin's change is done and audited", async () => {
    const admin = callerFor(open, { userId: org.admin.id });
    const created = await admin.survey.create({ name: "Ward survey", description: "For the wards" });
    const entries = await open.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "survey.create", actorUserId: org.admin.id });
  });

  it("no one without a session gets in", async () => {
    expect(await codeOf(callerFor(open, { userId: null }).dashboard.get())).toBe("UNAUTHORIZED");
  });
});

describe("deactivation", () => {
  it("a deactivated member's next call is refused", async () => {
    const other = await createOrganisation(open, "Deact");
    const staff = callerFor(open, { userId: other.staff.id });
    expect(await codeOf(staff.dashboard.get())).toBe("OK");

    const admin = callerFor(open, { userId: other.admin.id });
    await admin.member.setActive({ membershipId: other.memberships.staff.id, active: false });

    expect(await codeOf(staff.dashboard.get())).toBe("FORBIDDEN");
    expect(await codeOf(staff.circle.get({ circleId: other.circle.id }))).toBe("FORBIDDEN");
  });

  it("a member deactivated in the organisation they chose is refused, not moved to another", async () => {
    const a = await createOrganisation(open, "OrgA");
    const b = await createOrganisation(open, "OrgB");
    await addMember(open, b.organisation.id, a.manager.id, "manager");
    await callerFor(open, { userId: a.admin.id }).member.setActive({
      membershipId: a.memberships.manager.id,
      active: false,
    });
    const inA = callerFor(open, { userId: a.manager.id, organisationId: a.organisation.id });
    expect(await codeOf(inA.dashboard.get())).toBe("FORBIDDEN");
    const inB = callerFor(open, { userId: a.manager.id, organisationId: b.organisation.id });
    expect(await codeOf(inB.dashboard.get())).toBe("OK");
  });

  it("the last active admin cannot be demoted or deactivated", async () => {
    const solo = await createOrganisation(open, "Solo");
    const admin = callerFor(open, { userId: solo.admin.id });
    expect(await codeOf(admin.member.setRole({ membershipId: solo.memberships.admin.id, role: "manager" }))).toBe(
      "CONFLICT",
    );
    await admin.member.setRole({ membershipId: solo.memberships.manager.id, role: "admin" });
    await admin.member.setRole({ membershipId: solo.memberships.admin.id, role: "manager" });
    const [row] = await open.db.select().from(memberships).where(eq(memberships.id, solo.memberships.admin.id));
    expect(row?.role).toBe("manager");
  });
});
