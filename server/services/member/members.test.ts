// Managing members: deactivation ends every session of the member at once, the last active admin is
// kept even against two admins demoting each other at the same moment, staff restrictions are stored.
import { type TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/db/connect";
import { auditLog, memberships, users } from "@/db/schema";
import { endSession, forgetEndedSessions, liveSessionUser } from "@/server/services/auth/session";
import { openTestDatabase } from "@/test/db";
import { addMember, callerFor, codeOf, createOrganisation, createUser } from "@/test/factories";

let open: OpenDatabase;

beforeAll(async () => {
  open = await openTestDatabase();
});
afterAll(() => open.close());


const versionOf = async (userId: string) =>
  (await open.db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, userId)))[0]!.v;

describe("deactivation", () => {
  it("ends all of the member's sessions at once, and only theirs", async () => {
    const org = await createOrganisation(open, "Sessions");
    const version = await versionOf(org.manager.id);
    // A session signed before: current until the deactivation.
    expect(await liveSessionUser({ db: open.db, session: { userId: org.manager.id, sessionVersion: version, sessionId: "a-session" } })).toBe(org.manager.id);

    await callerFor(open, { userId: org.admin.id }).member.setActive({ membershipId: org.memberships.manager.id, active: false });
    expect(await liveSessionUser({ db: open.db, session: { userId: org.manager.id, sessionVersion: version, sessionId: "a-session" } })).toBeNull();
    // Everybody else stays signed in.
    expect(await liveSessionUser({ db: open.db, session: { userId: org.staff.id, sessionVersion: await versionOf(org.staff.id), sessionId: "a-session" } })).toBe(org.staff.id);
    // And the membership itself refuses the next call, whatever the session.
    expect(await codeOf(callerFor(open, { userId: org.manager.id }).dashboard.get())).toBe("FORBIDDEN");

    // Reactivated, they sign in again (a new session carries the new version).
    await callerFor(open, { userId: org.admin.id }).member.setActive({ membershipId: org.memberships.manager.id, active: true });
    expect(await liveSessionUser({ db: open.db, session: { userId: org.manager.id, sessionVersion: version, sessionId: "a-session" } })).toBeNull();
    expect(await liveSessionUser({ db: open.db, session: { userId: org.manager.id, sessionVersion: await versionOf(org.manager.id), sessionId: "a-session" } })).toBe(
      org.manager.id,
    );
    const audit = await open.db.select().from(auditLog).where(eq(auditLog.entityId, org.memberships.manager.id));
    expect(audit.map((a) => [a.action, (a.after as { active: boolean }).active])).toEqual([
      ["member.setActive", false],
      ["member.setActive", true],
    ]);
  });

  it("signing out ends that session alone; a token without a session id is refused", async () => {
    const user = await createUser(open, "SignsOut");
    const phone = { userId: user.id, sessionVersion: 0, sessionId: `phone-${user.id}` };
    const desk = { userId: user.id, sessionVersion: 0, sessionId: `desk-${user.id}` };
    expect(await liveSessionUser({ db: open.db, session: phone })).toBe(user.id);
    await endSession(open.db, { sessionId: phone.sessionId, userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) });
    // Twice is harmless (two tabs signing out).
    await endSession(open.db, { sessionId: phone.sessionId, userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) });
    expect(await liveSessionUser({ db: open.db, session: phone })).toBeNull();
    expect(await liveSessionUser({ db: open.db, session: desk })).toBe(user.id);
    expect(await liveSessionUser({ db: open.db, session: { ...desk, sessionId: undefined } })).toBeNull();
    // Pruned only once the token has expired anyway.
    await forgetEndedSessions(open.db, new Date());
    expect(await liveSessionUser({ db: open.db, session: phone })).toBeNull();
    await forgetEndedSessions(open.db, new Date(Date.now() + 7_200_000));
    expect(await liveSessionUser({ db: open.db, session: phone })).toBe(user.id);
  });

  it("a session with no version (signed before versions existed) counts as version 0", async () => {
    const user = await createUser(open, "Legacy");
    expect(await liveSessionUser({ db: open.db, session: { userId: user.id, sessionVersion: undefined, sessionId: "a-session" } })).toBe(user.id);
    expect(await liveSessionUser({ db: open.db, session: { userId: "00000000-0000-4000-8000-000000000000", sessionVersion: 0, sessionId: "a-session" } })).toBeNull();
  });
});

describe("the last active admin", () => {
  it("cannot be removed by two admins demoting each other at the same moment", async () => {
    for (let round = 0; round < 3; round++) {
      const org = await createOrganisation(open, "Duel");
      const second = await createUser(open, "Second admin");
      const secondMembership = await addMember(open, org.organisation.id, second.id, "admin");
      const results = await Promise.allSettled([
        callerFor(open, { userId: org.admin.id }).member.setRole({ membershipId: secondMembership.id, role: "manager" }),
        callerFor(open, { userId: second.id }).member.setActive({ membershipId: org.memberships.admin.id, active: false }),
      ]);
      const admins = await open.db
        .select()
        .from(memberships)
        .where(eq(memberships.organisationId, org.organisation.id));
      const activeAdmins = admins.filter((m) => m.role === "admin" && m.active);
      expect(activeAdmins).toHaveLength(1);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      // Refused either by the last-admin rule (both checked at once) or, when the other change committed
      // first, because the caller is no longer an admin.
      const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(["CONFLICT", "FORBIDDEN"]).toContain((refused.reason as TRPCError).code);
    }
  });
});

describe("restricting staff", () => {
  it("stores sites and units for staff, clears them when the role changes, and refuses them for others", async () => {
    const org = await createOrganisation(open, "Scope");
    const admin = callerFor(open, { userId: org.admin.id });
    const updated = await admin.member.setScope({
      membershipId: org.memberships.staff.id,
      scope: { sites: [" North ", "South", "North"], units: ["Ward 1"] },
    });
    expect(updated).toMatchObject({ sites: ["North", "South"], units: ["Ward 1"] });
    expect(await codeOf(admin.member.setScope({ membershipId: org.memberships.manager.id, scope: { sites: ["North"], units: [] } }))).toBe(
      "BAD_REQUEST",
    );
    const promoted = await admin.member.setRole({ membershipId: org.memberships.staff.id, role: "manager" });
    expect(promoted).toMatchObject({ role: "manager", sites: [], units: [] });
    const list = await admin.member.list();
    expect(list.find((m) => m.id === org.memberships.staff.id)).toMatchObject({ role: "manager", sites: [], units: [] });
  });
});
