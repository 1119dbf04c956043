// Waves through their procedures: created from a published version, settings frozen at launch,
// and a closed wave refusing every write.
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/db/connect";
import { circles, respondents, waves } from "@/db/schema";
import { openTestDatabase } from "@/test/db";
import { callerFor, createOrganisation, type TestOrganisation } from "@/test/factories";

let open: OpenDatabase;
let org: TestOrganisation;

beforeAll(async () => {
  open = await openTestDatabase();
  org = await createOrganisation(open, "Waves");
});
afterAll(() => open.close());

const admin = () => callerFor(open, { userId: org.admin.id });

async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (err) {
    if (err instanceof TRPCError) return { code: err.code, message: err.message };
    throw err;
  }
  throw new Error("expected the call to be refused");
}

describe("wave lifecycle", () => {
  it("creates a draft wave of the published version, checking companion perspectives", async () => {
    const wave = await admin().wave.create({
      surveyId: org.survey.id,
      settings: { name: "Winter", allowCompanionInvites: true, companionPerspectiveKeys: ["family"], maxCompanionsPerCircle: 2 },
    });
    expect(wave.status).toBe("draft");
    const [row] = await open.db.select().from(waves).where(eq(waves.id, wave.id));
    expect(row).toMatchObject({ surveyVersionId: org.version.id, anonymityThreshold: 5, companionPerspectiveKeys: ["family"] });

    const bad = await errorOf(
      admin().wave.create({
        surveyId: org.survey.id,
        settings: { name: "Bad", allowCompanionInvites: true, companionPerspectiveKeys: ["patient"], maxCompanionsPerCircle: 1 },
      }),
    );
    expect(bad).toEqual({ code: "BAD_REQUEST", message: "Some wave settings do not fit the survey." });
  });

  it("refuses a wave of a survey that has no published version", async () => {
    const { id } = await admin().survey.create({ name: "Unpublished" });
    expect((await errorOf(admin().wave.create({ surveyId: id, settings: { name: "Too early" } }))).code).toBe(
      "PRECONDITION_FAILED",
    );
  });

  it("refuses a threshold under 3", async () => {
    const refused = await errorOf(admin().wave.create({ surveyId: org.survey.id, settings: { name: "Leaky", anonymityThreshold: 2 } }));
    expect(refused.code).toBe("BAD_REQUEST");
  });

  it("freezes anonymity at launch but lets the rest change", async () => {
    const wave = await admin().wave.create({ surveyId: org.survey.id, settings: { name: "Spring", anonymityThreshold: 5 } });
    await admin().wave.update({ waveId: wave.id, settings: { name: "Spring", anonymityThreshold: 7, anonymityMode: "anonymous" } });
    await admin().wave.open({ waveId: wave.id });
    const frozen = await errorOf(
      admin().wave.update({ waveId: wave.id, settings: { name: "Spring", anonymityThreshold: 3, anonymityMode: "anonymous" } }),
    );
    expect(frozen.code).toBe("PRECONDITION_FAILED");
    expect(frozen.message).toContain("anonymityThreshold");
    await admin().wave.update({
      waveId: wave.id,
      settings: { name: "Spring 2027", anonymityThreshold: 7, anonymityMode: "anonymous", reminderDays: [3, 7] },
    });
    const [row] = await open.db.select().from(waves).where(eq(waves.id, wave.id));
    expect(row).toMatchObject({ name: "Spring 2027", anonymityThreshold: 7, reminderDays: [3, 7], status: "open" });
  });

  it("closing expires unfinished links and stops every write to the wave", async () => {
    const other = await createOrganisation(open, "Closing");
    const caller = callerFor(open, { userId: other.admin.id });
    await caller.wave.close({ waveId: other.wave.id });
    const [respondent] = await open.db.select().from(respondents).where(eq(respondents.id, other.respondent.id));
    expect(respondent!.status).toBe("expired");

    await expect(
      open.db.insert(circles).values({ organisationId: other.organisation.id, waveId: other.wave.id }),
    ).rejects.toThrow();
    await expect(
      open.db.update(respondents).set({ status: "completed" }).where(eq(respondents.id, other.respondent.id)),
    ).rejects.toThrow();
    await expect(open.db.delete(circles).where(eq(circles.id, other.circle.id))).rejects.toThrow();
    expect((await errorOf(caller.wave.update({ waveId: other.wave.id, settings: { name: "Reopened?" } }))).code).toBe(
      "PRECONDITION_FAILED",
    );
    expect((await errorOf(caller.wave.close({ waveId: other.wave.id }))).code).toBe("PRECONDITION_FAILED");
  });

  it("only admins create, change, open or close waves", async () => {
    for (const userId of [org.manager.id, org.staff.id]) {
      const caller = callerFor(open, { userId });
      expect((await errorOf(caller.wave.create({ surveyId: org.survey.id, settings: { name: "No" } }))).code).toBe("FORBIDDEN");
      expect((await errorOf(caller.wave.update({ waveId: org.wave.id, settings: { name: "No" } }))).code).toBe("FORBIDDEN");
      expect((await errorOf(caller.wave.open({ waveId: org.wave.id }))).code).toBe("FORBIDDEN");
      expect((await errorOf(caller.wave.close({ waveId: org.wave.id }))).code).toBe("FORBIDDEN");
    }
  });
});
