// Starting circles and handing out links: the right people, within limits, and no plain token stored.
import { TRPCError } from "@trpc/server";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/db/connect";
import { circles, respondentContacts, respondents } from "@/db/schema";
import { hashToken, looksLikeToken } from "@/server/tokens";
import { openTestDatabase } from "@/test/db";
import { callerFor, createOrganisation, type TestOrganisation } from "@/test/factories";

let open: OpenDatabase;
let org: TestOrganisation;

beforeAll(async () => {
  open = await openTestDatabase();
  org = await createOrganisation(open, "Circles");
});
afterAll(() => open.close());

const staff = () => callerFor(open, { userId: org.staff.id });

async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (err) {
    if (err instanceof TRPCError) {
      return { code: err.code, message: err.message, fieldErrors: (err.cause as { fieldErrors?: object })?.fieldErrors ?? {} };
    }
    throw err;
  }
  throw new Error("expected the call to be refused");
}

describe("starting a circle", () => {
  it("adds the patient and a family member with personal links, contacts kept apart", async () => {
    const created = await staff().circle.create({
      waveId: org.wave.id,
      circle: {
        externalRef: "W1-0001",
        site: "North",
        unit: "Ward 1",
        experienceDate: "2026-11-20",
        respondents: [
          { perspectiveKey: "family", relationship: "daughter", name: "Ana", email: "ana@example.com" },
          { perspectiveKey: "patient", phone: "+44 7700 900123" },
        ],
      },
    });
    expect(created.respondents.map((r) => r.perspectiveKey)).toEqual(["patient", "family"]);
    for (const r of created.respondents) expect(looksLikeToken(r.token)).toBe(true);

    const rows = await open.db.select().from(respondents).where(eq(respondents.circleId, created.circleId));
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.isPrimary)?.invitedByUserId).toBe(org.staff.id);
    const contacts = await open.db
      .select()
      .from(respondentContacts)
      .where(eq(respondentContacts.organisationId, org.organisation.id));
    expect(contacts.map((c) => [c.email, c.phone])).toEqual(
      expect.arrayContaining([
        ["ana@example.com", null],
        [null, "+447700900123"],
      ]),
    );
    expect(contacts).toHaveLength(2);

    const links = await staff().circle.links({ circleId: created.circleId });
    expect(links.respondents.map((r) => r.token).sort()).toEqual(created.respondents.map((r) => r.token).sort());
  });

  it("stores no plain token anywhere in the respondents table", async () => {
    const created = await staff().circle.create({
      waveId: org.wave.id,
      circle: { respondents: [{ perspectiveKey: "patient" }, { perspectiveKey: "family" }, { perspectiveKey: "family" }] },
    });
    const dump = JSON.stringify(
      (await open.db.execute(sql`select * from respondents`)) as unknown,
    );
    for (const { token } of created.respondents) {
      expect(dump).not.toContain(token);
      expect(dump).toContain(hashToken(token));
    }
  });

  it("refuses a circle without its primary, an unknown perspective, too many of one, and a foreign language", async () => {
    const before = (await open.db.select({ n: sql<number>`count(*)::int` }).from(circles))[0]!.n;
    const noPrimary = await errorOf(staff().circle.create({ waveId: org.wave.id, circle: { respondents: [{ perspectiveKey: "family" }] } }));
    expect(noPrimary.code).toBe("BAD_REQUEST");
    expect(noPrimary.fieldErrors).toEqual({ respondents: ["a circle needs its patient (the primary respondent)"] });

    const many = await errorOf(
      staff().circle.create({
        waveId: org.wave.id,
        circle: {
          respondents: [
            { perspectiveKey: "patient" },
            { perspectiveKey: "family" },
            { perspectiveKey: "family" },
            { perspectiveKey: "family" },
            { perspectiveKey: "nurse" },
            { perspectiveKey: "patient", language: "ar" },
          ],
        },
      }),
    );
    expect(many.fieldErrors).toEqual({
      "respondents.3.perspectiveKey": ["a circle has at most 2 family"],
      "respondents.4.perspectiveKey": ['this survey has no perspective "nurse"'],
      "respondents.5.perspectiveKey": ["a circle has at most 1 patient"],
      "respondents.5.language": ["this survey is not available in ar"],
    });
    const badInput = await errorOf(
      staff().circle.create({ waveId: org.wave.id, circle: { respondents: [{ perspectiveKey: "patient", email: "not-an-email" }] } }),
    );
    expect(badInput.code).toBe("BAD_REQUEST");
    expect((await open.db.select({ n: sql<number>`count(*)::int` }).from(circles))[0]!.n).toBe(before);
  });

  it("refuses a second circle with the same reference in a wave", async () => {
    const circle = { externalRef: "W1-DUP", respondents: [{ perspectiveKey: "patient" }] };
    await staff().circle.create({ waveId: org.wave.id, circle });
    expect((await errorOf(staff().circle.create({ waveId: org.wave.id, circle }))).code).toBe("CONFLICT");
  });

  it("re-issuing a link replaces it; revoking leaves none", async () => {
    const created = await staff().circle.create({ waveId: org.wave.id, circle: { respondents: [{ perspectiveKey: "patient" }] } });
    const first = created.respondents[0]!;
    const again = await staff().respondent.reissueLink({ respondentId: first.id });
    expect(again.token).not.toBe(first.token);
    const [row] = await open.db.select().from(respondents).where(eq(respondents.id, first.id));
    expect(row!.tokenHash).toBe(hashToken(again.token!));
    await staff().respondent.revokeLink({ respondentId: first.id });
    const links = await staff().circle.links({ circleId: created.circleId });
    expect(links.respondents[0]!.token).toBeNull();
  });

  it("managers do not start circles; no one starts one in a closed wave", async () => {
    const manager = callerFor(open, { userId: org.manager.id });
    expect((await errorOf(manager.circle.create({ waveId: org.wave.id, circle: { respondents: [{ perspectiveKey: "patient" }] } }))).code).toBe(
      "FORBIDDEN",
    );
    const other = await createOrganisation(open, "ClosedCircles");
    await callerFor(open, { userId: other.admin.id }).wave.close({ waveId: other.wave.id });
    const refused = await errorOf(
      callerFor(open, { userId: other.staff.id }).circle.create({ waveId: other.wave.id, circle: { respondents: [{ perspectiveKey: "patient" }] } }),
    );
    expect(refused.code).toBe("PRECONDITION_FAILED");
  });
});
