// Staff restricted to sites/units see and start circles only there: enforced by the services (list, get,
// links, create, reissuing a link), whatever the screens offer.
import { type TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/db/connect";
import { openTestDatabase } from "@/test/db";
import { callerFor, codeOf, createOrganisation, type TestOrganisation } from "@/test/factories";

let open: OpenDatabase;
let org: TestOrganisation;
const created: Record<string, { circleId: string; respondentId: string }> = {};


beforeAll(async () => {
  open = await openTestDatabase();
  org = await createOrganisation(open, "Scoped");
  const admin = callerFor(open, { userId: org.admin.id });
  for (const [key, place] of Object.entries({
    south2: { site: "South", unit: "Ward 2" },
    south3: { site: "South", unit: "Ward 3" },
    nowhere: {},
  })) {
    const result = await admin.circle.create({ waveId: org.wave.id, circle: { ...place, respondents: [{ perspectiveKey: "patient" }] } });
    created[key] = { circleId: result.circleId, respondentId: result.respondents[0]!.id };
  }
  // The factory's own circle is at North / Ward 1.
  created.north1 = { circleId: org.circle.id, respondentId: org.respondent.id };
});
afterAll(() => open.close());

const staff = () => callerFor(open, { userId: org.staff.id });
const restrict = (sites: string[], units: string[]) =>
  callerFor(open, { userId: org.admin.id }).member.setScope({ membershipId: org.memberships.staff.id, scope: { sites, units } });
const listed = async () => (await staff().circle.list({ waveId: org.wave.id })).circles.map((c) => c.id).sort();

describe("a member of staff restricted to one site", () => {
  it("sees only that site's circles, and the others do not exist for them", async () => {
    await restrict(["South"], []);
    expect(await listed()).toEqual([created.south2!.circleId, created.south3!.circleId].sort());
    for (const key of ["north1", "nowhere"]) {
      expect(await codeOf(staff().circle.get({ circleId: created[key]!.circleId }))).toBe("NOT_FOUND");
      expect(await codeOf(staff().circle.links({ circleId: created[key]!.circleId }))).toBe("NOT_FOUND");
      expect(await codeOf(staff().respondent.reissueLink({ respondentId: created[key]!.respondentId }))).toBe("NOT_FOUND");
    }
    expect(await codeOf(staff().circle.get({ circleId: created.south2!.circleId }))).toBe("OK");
    expect(await codeOf(staff().respondent.reissueLink({ respondentId: created.south3!.respondentId }))).toBe("OK");
  });

  it("starts circles only there: another site is refused, none means theirs", async () => {
    await restrict(["South"], []);
    const refused = staff().circle.create({ waveId: org.wave.id, circle: { site: "North", respondents: [{ perspectiveKey: "patient" }] } });
    await expect(refused).rejects.toMatchObject({ code: "FORBIDDEN" });
    const error = (await refused.catch((e: unknown) => e)) as TRPCError;
    expect((error.cause as { fieldErrors?: Record<string, string[]> }).fieldErrors).toEqual({
      site: ["you can start circles only at South"],
    });
    const defaulted = await staff().circle.create({ waveId: org.wave.id, circle: { respondents: [{ perspectiveKey: "patient" }] } });
    const circle = await staff().circle.get({ circleId: defaulted.circleId });
    expect(circle.circle).toMatchObject({ site: "South", unit: null });
  });
});

describe("a member of staff restricted to a unit, or to several sites", () => {
  it("applies units as well as sites, and needs a choice among several", async () => {
    await restrict([], ["Ward 2"]);
    expect(await listed()).toEqual([created.south2!.circleId]);
    expect(await codeOf(staff().circle.create({ waveId: org.wave.id, circle: { unit: "Ward 3", respondents: [{ perspectiveKey: "patient" }] } }))).toBe(
      "FORBIDDEN",
    );
    await restrict(["North", "South"], []);
    expect(await codeOf(staff().circle.create({ waveId: org.wave.id, circle: { respondents: [{ perspectiveKey: "patient" }] } }))).toBe("FORBIDDEN");
    expect(await codeOf(staff().circle.create({ waveId: org.wave.id, circle: { site: "North", respondents: [{ perspectiveKey: "patient" }] } }))).toBe(
      "OK",
    );
  });

  it("lifting the restriction gives every circle back, and admins were never restricted", async () => {
    await restrict([], []);
    const all = await listed();
    for (const key of ["north1", "south2", "south3", "nowhere"]) expect(all).toContain(created[key]!.circleId);
    const adminList = (await callerFor(open, { userId: org.admin.id }).circle.list({ waveId: org.wave.id })).circles.map((c) => c.id).sort();
    expect(adminList).toEqual(all);
  });
});
