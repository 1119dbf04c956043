import { count, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/db/connect";
import { linkAttempts, respondents } from "@/db/schema";
import { generateToken } from "@/server/tokens";
import { openTestDatabase } from "@/test/db";
import { callerFor, createOrganisation, PNG_1X1, type TestOrganisation } from "@/test/factories";
import { enterWithLink, LINK_ATTEMPT_WINDOW_MINUTES, MAX_LINK_FAILURES_PER_IP, rateLimitKey } from "./enter-with-link";
import { getWelcome } from "./get-welcome";

let open: OpenDatabase;
let org: TestOrganisation;

beforeAll(async () => {
  open = await openTestDatabase();
  org = await createOrganisation(open, "Entry");
});
afterAll(() => open.close());

describe("opening a personal link", () => {
  it("welcomes the respondent and records the first opening", async () => {
    expect(await enterWithLink({ db: open.db, token: org.respondentToken, ip: "198.51.100.1" })).toBe("welcome");
    const [row] = await open.db.select().from(respondents).where(eq(respondents.id, org.respondent.id));
    expect(row!.status).toBe("opened");
    expect(row!.openedAt).not.toBeNull();
    const welcome = await getWelcome({ db: open.db, token: org.respondentToken });
    expect(welcome).toMatchObject({ organisation: org.organisation.name, perspectiveKey: "patient", logoUrl: null });
  });

  it("shows the organisation's logo once it has one", async () => {
    const other = await createOrganisation(open, "Logo");
    const { url } = await callerFor(open, { userId: other.admin.id }).organisation.setLogo({ dataBase64: PNG_1X1 });
    expect((await getWelcome({ db: open.db, token: other.respondentToken }))?.logoUrl).toBe(url);
  });

  it("treats unknown, malformed and revoked links the same", async () => {
    expect(await enterWithLink({ db: open.db, token: generateToken(), ip: "198.51.100.2" })).toBe("invalid");
    expect(await enterWithLink({ db: open.db, token: "'; drop table respondents; --", ip: "198.51.100.2" })).toBe("invalid");
    const other = await createOrganisation(open, "Revoked");
    await callerFor(open, { userId: other.staff.id }).respondent.revokeLink({ respondentId: other.respondent.id });
    expect(await enterWithLink({ db: open.db, token: other.respondentToken, ip: "198.51.100.2" })).toBe("invalid");
    expect(await getWelcome({ db: open.db, token: other.respondentToken })).toBeNull();
  });

  it("says so when the wave has closed", async () => {
    const other = await createOrganisation(open, "ClosedEntry");
    await callerFor(open, { userId: other.admin.id }).wave.close({ waveId: other.wave.id });
    expect(await enterWithLink({ db: open.db, token: other.respondentToken, ip: "198.51.100.3" })).toBe("closed");
  });
});

describe("guessing links", () => {
  const minutes = (n: number, from: Date) => new Date(from.getTime() + n * 60_000);

  async function failuresFrom(ip: string, times: number, at: Date) {
    for (let i = 0; i < times; i++) {
      // Unknown and malformed links alike count as failures.
      const token = i % 2 === 0 ? generateToken() : `not-a-token-${i}`;
      expect(await enterWithLink({ db: open.db, token, ip, now: at })).toBe("invalid");
    }
  }

  async function statusOf(respondentId: string) {
    const [row] = await open.db.select({ status: respondents.status }).from(respondents).where(eq(respondents.id, respondentId));
    return row!.status;
  }

  it("refuses every link from an address after too many failures, valid ones too, until the window has passed", async () => {
    const other = await createOrganisation(open, "Guessed");
    const start = new Date();
    await failuresFrom("203.0.113.10", MAX_LINK_FAILURES_PER_IP, start);

    // Blocked: the same answer for a valid link as for a guess, and the valid link is not even opened.
    expect(await enterWithLink({ db: open.db, token: other.respondentToken, ip: "203.0.113.10", now: minutes(1, start) })).toBe("blocked");
    expect(await enterWithLink({ db: open.db, token: generateToken(), ip: "203.0.113.10", now: minutes(1, start) })).toBe("blocked");
    expect(await statusOf(other.respondent.id)).toBe("invited");

    // Another address is not affected.
    expect(await enterWithLink({ db: open.db, token: other.respondentToken, ip: "203.0.113.11", now: minutes(1, start) })).toBe("welcome");

    // Once the failures are older than the window, the address may try again.
    const later = minutes(LINK_ATTEMPT_WINDOW_MINUTES + 1, start);
    expect(await enterWithLink({ db: open.db, token: other.respondentToken, ip: "203.0.113.10", now: later })).toBe("welcome");
  });

  it("does not block below the limit, and does not count links that work", async () => {
    const start = new Date();
    await failuresFrom("203.0.113.20", MAX_LINK_FAILURES_PER_IP - 1, start);
    for (let i = 0; i < 5; i++) {
      expect(await enterWithLink({ db: open.db, token: org.respondentToken, ip: "203.0.113.20", now: start })).toBe("welcome");
    }
    const closed = await createOrganisation(open, "ClosedGuess");
    await callerFor(open, { userId: closed.admin.id }).wave.close({ waveId: closed.wave.id });
    expect(await enterWithLink({ db: open.db, token: closed.respondentToken, ip: "203.0.113.20", now: start })).toBe("closed");
    expect(await enterWithLink({ db: open.db, token: org.respondentToken, ip: "203.0.113.20", now: start })).toBe("welcome");
    // The next failure is the last one allowed.
    await failuresFrom("203.0.113.20", 1, start);
    expect(await enterWithLink({ db: open.db, token: org.respondentToken, ip: "203.0.113.20", now: start })).toBe("blocked");
  });

  it("counts an IPv6 /64 network as one address", async () => {
    const start = new Date();
    for (let i = 0; i < MAX_LINK_FAILURES_PER_IP; i++) {
      expect(await enterWithLink({ db: open.db, token: generateToken(), ip: `2001:db8:5:6::${(i + 1).toString(16)}`, now: start })).toBe("invalid");
    }
    expect(await enterWithLink({ db: open.db, token: org.respondentToken, ip: "2001:db8:5:6:abcd::1", now: start })).toBe("blocked");
    expect(await enterWithLink({ db: open.db, token: org.respondentToken, ip: "2001:db8:5:7::1", now: start })).toBe("welcome");
  });

  it("prunes attempts once they are older than the window", async () => {
    const start = new Date();
    const old = minutes(-(LINK_ATTEMPT_WINDOW_MINUTES + 5), start);
    await open.db.insert(linkAttempts).values([
      { ip: "203.0.113.30", createdAt: old },
      { ip: "203.0.113.31", createdAt: old },
    ]);
    await failuresFrom("203.0.113.32", 1, start);
    const [left] = await open.db
      .select({ n: count() })
      .from(linkAttempts)
      .where(inArray(linkAttempts.ip, ["203.0.113.30", "203.0.113.31"]));
    expect(left!.n).toBe(0);
    const [recent] = await open.db.select({ n: count() }).from(linkAttempts).where(eq(linkAttempts.ip, "203.0.113.32"));
    expect(recent!.n).toBe(1);
  });

  it("keys addresses the way a guesser holds them", () => {
    expect(rateLimitKey("203.0.113.7")).toBe("203.0.113.7");
    expect(rateLimitKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(rateLimitKey("2001:DB8:0001:0002:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(rateLimitKey("2001:db8:1:2::9")).toBe("2001:db8:1:2::/64");
    expect(rateLimitKey("[2001:db8::1]")).toBe("2001:db8:0:0::/64");
    expect(rateLimitKey("unknown")).toBe("unknown");
  });
});

describe("opting out", () => {
  it("marks the person do-not-contact and opted out; an unknown link changes nothing", async () => {
    const { optOut } = await import("./opt-out");
    const other = await createOrganisation(open, "OptOut");
    expect(await optOut({ db: open.db, token: other.respondentToken })).toBe(true);
    const [row] = await open.db.select().from(respondents).where(eq(respondents.id, other.respondent.id));
    expect(row!.status).toBe("opted_out");
    const { respondentContacts } = await import("@/db/schema");
    const [contact] = await open.db.select().from(respondentContacts).where(eq(respondentContacts.respondentId, other.respondent.id));
    expect(contact!.doNotContact).toBe(true);
    expect(await optOut({ db: open.db, token: generateToken() })).toBe(false);
  });
});
