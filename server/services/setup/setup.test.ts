// First run on a database without any organisation (a real deployment, no demo): the first visitor
// creates the organisation and its admin; a second visitor — even at the same moment, through another
// app instance — cannot. Runs on PostgreSQL in CI's PostgreSQL pass (a database of its own) and on PGlite.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/db/connect";
import { auditLog, memberships, organisations, users } from "@/db/schema";
import { verifyCredentials } from "@/server/services/auth/verify-credentials";
import { makeEmptyDatabase, type EmptyDatabase } from "@/test/empty-database";
import { callerFor, codeOf } from "@/test/factories";
import { createAdmin } from "./create-admin";
import { createFirstOrganisation } from "./create-first-organisation";
import { isSetupOpen } from "./setup-state";

const PASSWORD = "a long enough password";


describe("first run", () => {
  let empty: EmptyDatabase;
  let first: OpenDatabase;
  let second: OpenDatabase;

  beforeAll(async () => {
    empty = await makeEmptyDatabase();
    first = await empty.connect();
    second = await empty.connect();
  });
  afterAll(() => empty.drop());

  it("is open on a database without organisations, and bad input writes nothing", async () => {
    expect(await isSetupOpen(first.db)).toBe(true);
    const visitor = callerFor(first, { userId: null });
    expect(await visitor.setup.state()).toEqual({ open: true });
    const bad = await codeOf(
      visitor.setup.create({ organisationName: "Riverside", name: "Ada", email: "ada@riverside.test", password: "short" }),
    );
    expect(bad).toBe("BAD_REQUEST");
    expect(await first.db.select().from(organisations)).toEqual([]);
    expect(await first.db.select().from(users)).toEqual([]);
  });

  it("lets exactly one of two simultaneous visitors, on two app instances, create the organisation", async () => {
    // Each visitor, once it has found the database empty, waits (up to a second) for the other to find
    // it empty too. Without the lock both would, and both would create an organisation; with it the
    // second cannot even look until the first has committed.
    let arrived = 0;
    const bothChecked = () => {
      arrived += 1;
      return new Promise<void>((resolve) => {
        const started = Date.now();
        const poll = () => (arrived >= 2 || Date.now() - started > 1000 ? resolve() : setTimeout(poll, 10));
        poll();
      });
    };
    const results = await Promise.allSettled([
      createFirstOrganisation({
        db: first.db,
        input: { organisationName: "Riverside Hospital", name: "Ada Admin", email: "ada@riverside.test", password: PASSWORD },
        hooks: { afterCheck: bothChecked },
      }),
      createFirstOrganisation({
        db: second.db,
        input: { organisationName: "Intruder Ltd", name: "Eve", email: "eve@intruder.test", password: PASSWORD },
        hooks: { afterCheck: bothChecked },
      }),
    ]);
    const fulfilled = results.filter((r) => r.status === "fulfilled");
    const rejected = results.filter((r) => r.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });

    const orgs = await first.db.select().from(organisations);
    expect(orgs).toHaveLength(1);
    const admins = await first.db.select().from(memberships);
    expect(admins).toHaveLength(1);
    expect(admins[0]).toMatchObject({ organisationId: orgs[0]!.id, role: "admin", active: true });
    expect(await first.db.select().from(users)).toHaveLength(1);
  });

  it("is gone afterwards: the page's procedure refuses, and the admin signs in to their organisation", async () => {
    expect(await isSetupOpen(first.db)).toBe(false);
    const visitor = callerFor(second, { userId: null });
    expect(await visitor.setup.state()).toEqual({ open: false });
    expect(
      await codeOf(visitor.setup.create({ organisationName: "Late Ltd", name: "Late", email: "late@late.test", password: PASSWORD })),
    ).toBe("CONFLICT");
    expect(await first.db.select().from(organisations)).toHaveLength(1);

    const [user] = await first.db.select().from(users);
    const signedIn = await verifyCredentials({ db: first.db, credentials: { email: user!.email, password: PASSWORD }, ip: "10.9.0.1" });
    expect(signedIn.id).toBe(user!.id);
    const current = await callerFor(first, { userId: user!.id }).organisation.current();
    expect(current.role).toBe("admin");
    const actions = await first.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.actorUserId, user!.id));
    expect(actions.map((a) => a.action).sort()).toEqual(["member.create", "organisation.create"]);
  });

  it("the command line adds an admin to the organisation, or another organisation, and refuses what it cannot do", async () => {
    const [org] = await first.db.select().from(organisations);
    const added = await createAdmin({ db: first.db, organisationName: org!.name.toUpperCase(), email: "Bo@Riverside.test", name: "Bo", password: PASSWORD });
    expect(added).toMatchObject({ outcome: "added-admin", organisation: { id: org!.id }, user: { email: "bo@riverside.test" } });
    expect(await createAdmin({ db: first.db, organisationName: org!.name, email: "bo@riverside.test", name: "Bo" })).toMatchObject({
      outcome: "already-admin",
    });
    const other = await createAdmin({ db: first.db, organisationName: "Harbour Insurance", email: "cy@harbour.test", name: "Cy", password: PASSWORD });
    expect(other.outcome).toBe("created-organisation");
    expect(await first.db.select().from(organisations)).toHaveLength(2);
    expect(await codeOf(createAdmin({ db: first.db, organisationName: "Nowhere", email: "new@nowhere.test", name: "New" }))).toBe(
      "BAD_REQUEST",
    );
    expect(
      await codeOf(createAdmin({ db: first.db, organisationName: "Nowhere", email: "new@nowhere.test", name: "New", password: "short" })),
    ).toBe("BAD_REQUEST");
    expect(await first.db.select().from(organisations)).toHaveLength(2);
  });
});

describe("first run from the command line", () => {
  it("creates the first organisation exactly like the page", async () => {
    const empty = await makeEmptyDatabase();
    try {
      const open = await empty.connect();
      const result = await createAdmin({ db: open.db, organisationName: "Ward Seven", email: "w7@ward.test", name: "Wren", password: PASSWORD });
      expect(result.outcome).toBe("created-first-organisation");
      expect(await isSetupOpen(open.db)).toBe(false);
      const [org] = await open.db.select().from(organisations);
      expect(org).toMatchObject({ name: "Ward Seven", slug: "ward-seven", isDemo: false });
    } finally {
      await empty.drop();
    }
  });
});
