// Reissuing or revoking a link in a closed wave: a clear refusal, not a 500 from the closed-wave trigger.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/db/connect";
import { openTestDatabase } from "@/test/db";
import { callerFor, createOrganisation, type TestOrganisation } from "@/test/factories";

let open: OpenDatabase;
let org: TestOrganisation;

beforeAll(async () => {
  open = await openTestDatabase();
  org = await createOrganisation(open, "Reissue");
  await callerFor(open, { userId: org.admin.id }).wave.close({ waveId: org.wave.id });
});
afterAll(() => open.close());

describe("a link in a closed wave", () => {
  it("is refused with PRECONDITION_FAILED and a readable message, reissued or revoked", async () => {
    const admin = callerFor(open, { userId: org.admin.id });
    for (const call of [admin.respondent.reissueLink, admin.respondent.revokeLink]) {
      await expect(call({ respondentId: org.respondent.id })).rejects.toMatchObject({
        code: "PRECONDITION_FAILED",
        message: "This wave is closed: its links can no longer be reissued or revoked.",
      });
    }
  });
});
