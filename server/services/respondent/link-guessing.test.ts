// Link guessing is limited however it is tried: a made-up respondent cookie on the respondent's calls
// (response.get and the save's hot path alike) counts as a failed link, and past the limit that address
// is refused, valid links included, as opening /r/<token> is (enter-with-link.test.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/db/connect";
import { generateToken } from "@/server/tokens";
import { openTestDatabase } from "@/test/db";
import { codeOf, createOrganisation, testAddress, type TestOrganisation } from "@/test/factories";
import { createCaller } from "@/server/root";
import { MAX_LINK_FAILURES_PER_IP } from "./link-guessing";

let open: OpenDatabase;
let org: TestOrganisation;

beforeAll(async () => {
  open = await openTestDatabase();
  org = await createOrganisation(open, "Guessing");
});
afterAll(() => open.close());

/** A phone at a given network address, presenting this cookie. */
function phoneAt(ip: string, token: string) {
  return createCaller({ db: open.db, dbKind: open.kind, getUserId: async () => null, requestedOrganisationId: null, respondentToken: token, ip, resHeaders: null });
}

describe("guessing with a made-up respondent cookie", () => {
  it("response.get: refused once an address has tried too many, its valid link too; other addresses unaffected", async () => {
    const guesser = testAddress();
    for (let i = 0; i < MAX_LINK_FAILURES_PER_IP; i++) expect(await codeOf(phoneAt(guesser, generateToken()).response.get())).toBe("UNAUTHORIZED");
    expect(await codeOf(phoneAt(guesser, generateToken()).response.get())).toBe("TOO_MANY_REQUESTS");
    expect(await codeOf(phoneAt(guesser, org.respondentToken).response.get())).toBe("TOO_MANY_REQUESTS");
    expect(await codeOf(phoneAt(testAddress(), org.respondentToken).response.get())).toBe("OK");
  });

  it("saving an answer: guesses count, and past the limit saves from that address are refused", async () => {
    const guesser = testAddress();
    const save = (token: string) => phoneAt(guesser, token).response.saveAnswer({ itemKey: "respect", value: 3, seq: 1 });
    for (let i = 0; i < MAX_LINK_FAILURES_PER_IP; i++) expect(await codeOf(save(generateToken()))).toBe("UNAUTHORIZED");
    expect(await codeOf(save(generateToken()))).toBe("TOO_MANY_REQUESTS");
    expect(await codeOf(save(org.respondentToken))).toBe("TOO_MANY_REQUESTS");
    // The respondent's other calls from there too (the count is in the database, for every instance).
    expect(await codeOf(phoneAt(guesser, org.respondentToken).response.get())).toBe("TOO_MANY_REQUESTS");
  });
});
