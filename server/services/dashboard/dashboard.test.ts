// The dashboard's counts: staff restricted to sites/units count only their circles; admins count all.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/db/connect";
import { openTestDatabase } from "@/test/db";
import { callerFor, createOrganisation, type TestOrganisation } from "@/test/factories";

let open: OpenDatabase;
let org: TestOrganisation;

beforeAll(async () => {
  open = await openTestDatabase();
  org = await createOrganisation(open, "Dashboard");
  const admin = callerFor(open, { userId: org.admin.id });
  // The factory's circle is at North / Ward 1 with one respondent; two more at South.
  for (const place of [{ site: "South", unit: "Ward 2" }, { site: "South", unit: "Ward 3" }]) {
    await admin.circle.create({ waveId: org.wave.id, circle: { ...place, respondents: [{ perspectiveKey: "patient" }] } });
  }
  await admin.member.setScope({ membershipId: org.memberships.staff.id, scope: { sites: ["North"], units: [] } });
});
afterAll(() => open.close());

async function waveCounts(userId: string) {
  const dashboard = await callerFor(open, { userId }).dashboard.get();
  const wave = dashboard.surveys.flatMap((s) => s.waves).find((w) => w.id === org.wave.id);
  return { circles: wave?.circles, invited: wave?.invited, completed: wave?.completed };
}

describe("dashboard counts", () => {
  it("an admin counts every site's circles", async () => {
    expect(await waveCounts(org.admin.id)).toEqual({ circles: 3, invited: 3, completed: 0 });
  });

  it("staff restricted to one site count only that site's circles", async () => {
    expect(await waveCounts(org.staff.id)).toEqual({ circles: 1, invited: 1, completed: 0 });
  });
});
