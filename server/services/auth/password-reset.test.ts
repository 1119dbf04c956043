// Password reset by email: the same answer whatever the address, a limit per address and per network
// address, a link that works once and for an hour, and every session of the account ends.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/db/connect";
import { messages, passwordResets, users } from "@/db/schema";
import { runTick } from "@/server/jobs/tick";
import type { MessageTransport, OutgoingMessage } from "@/server/mail/transport";
import { openTestDatabase } from "@/test/db";
import { codeOf, contextFor, createOrganisation, type TestOrganisation } from "@/test/factories";
import { createCaller } from "@/server/root";
import { hashPassword } from "./password";
import { MAX_RESETS_PER_EMAIL, MAX_RESETS_PER_IP, RESET_LINK_MINUTES, RESET_REQUESTED_MESSAGE } from "./request-password-reset";
import { resetPassword } from "./reset-password";
import { setPassword } from "./set-password";
import { liveSessionUser } from "./session";
import { verifyCredentials } from "./verify-credentials";

let open: OpenDatabase;
let org: TestOrganisation;
const OLD = "the old password";
const NEW = "a brand new password";

beforeAll(async () => {
  open = await openTestDatabase();
  org = await createOrganisation(open, "Reset");
  await open.db.update(users).set({ passwordHash: await hashPassword(OLD) }).where(eq(users.id, org.manager.id));
});
afterAll(() => open.close());

/** Each call its own network address (unless one is given), so that limits of one never touch another. */
const visitor = (ip = `test-${randomUUID()}`) => createCaller({ ...contextFor(open, { userId: null }), ip });

function recorder() {
  const sent: OutgoingMessage[] = [];
  const transport: MessageTransport = { channels: ["email"], send: async (m) => void sent.push(m) };
  return { sent, transport };
}


async function requestAndReadLink(email: string) {
  const { sent, transport } = recorder();
  await visitor().auth.requestPasswordReset({ email });
  await runTick({ organisationId: org.organisation.id, db: open.db, transport });
  const message = sent.find((m) => m.to === email);
  const token = message?.body.match(/\/reset-password\/([A-Za-z0-9_-]{24})\n/)?.[1];
  return { message, token };
}

describe("asking for a reset", () => {
  it("answers the same for an account and for an unknown address, and mails only the account", async () => {
    const unknown = `nobody.${randomUUID()}@nowhere.test`;
    const known = await visitor().auth.requestPasswordReset({ email: org.manager.email.toUpperCase() });
    const none = await visitor().auth.requestPasswordReset({ email: unknown });
    expect(known).toEqual({ message: RESET_REQUESTED_MESSAGE });
    expect(none).toEqual(known);

    const { sent, transport } = recorder();
    await runTick({ organisationId: org.organisation.id, db: open.db, transport });
    expect(sent.map((m) => m.to)).toEqual([org.manager.email]);
    expect(sent[0]!.subject).toBe("Choose a new Circles password");
    // What is kept is masked and belongs to no organisation's outbox.
    const [kept] = await open.db.select().from(messages).where(eq(messages.recipient, org.manager.email));
    expect(kept).toMatchObject({ kind: "password_reset", organisationId: null, status: "sent" });
    expect(kept!.body).toContain("/reset-password/[password-reset-link]");
  });

  it(`is limited to ${MAX_RESETS_PER_EMAIL} an hour per address, known or not`, async () => {
    for (const email of [org.staff.email, `ghost.${randomUUID()}@nowhere.test`]) {
      for (let i = 0; i < MAX_RESETS_PER_EMAIL; i++) expect(await codeOf(visitor().auth.requestPasswordReset({ email }))).toBe("OK");
      expect(await codeOf(visitor().auth.requestPasswordReset({ email }))).toBe("TOO_MANY_REQUESTS");
    }
  });

  it(`is limited to ${MAX_RESETS_PER_IP} an hour per network address`, async () => {
    const ip = `test-${randomUUID()}`;
    for (let i = 0; i < MAX_RESETS_PER_IP; i++) {
      expect(await codeOf(visitor(ip).auth.requestPasswordReset({ email: `spray${i}.${randomUUID()}@nowhere.test` }))).toBe("OK");
    }
    expect(await codeOf(visitor(ip).auth.requestPasswordReset({ email: `spray.${randomUUID()}@nowhere.test` }))).toBe("TOO_MANY_REQUESTS");
  });
});

describe("choosing a new password", () => {
  it("works once with the emailed link, ends every session and lets only the new password in", async () => {
    const versionBefore = (await open.db.select().from(users).where(eq(users.id, org.admin.id)))[0]!.sessionVersion;
    await open.db.update(users).set({ passwordHash: await hashPassword(OLD) }).where(eq(users.id, org.admin.id));
    const { token } = await requestAndReadLink(org.admin.email);
    expect(token).toBeDefined();
    expect(await visitor().auth.passwordReset({ token: token! })).toEqual({ state: "open", message: null });

    await visitor().auth.resetPassword({ token: token!, password: NEW });
    await expect(verifyCredentials({ db: open.db, credentials: { email: org.admin.email, password: OLD }, ip: "10.99.0.1" })).rejects.toThrow();
    await expect(verifyCredentials({ db: open.db, credentials: { email: org.admin.email, password: NEW }, ip: "10.99.0.2" })).resolves.toMatchObject({
      id: org.admin.id,
    });
    expect(await liveSessionUser({ db: open.db, session: { userId: org.admin.id, sessionVersion: versionBefore, sessionId: "a-session" } })).toBeNull();

    expect((await visitor().auth.passwordReset({ token: token! })).state).toBe("used");
    expect(await codeOf(visitor().auth.resetPassword({ token: token!, password: "yet another password" }))).toBe("PRECONDITION_FAILED");
    const [row] = await open.db.select().from(passwordResets).where(eq(passwordResets.userId, org.admin.id));
    expect(row!.tokenSealed).toBeNull();
  });

  it("refuses an expired link, a superseded link, a bad password and an unknown link", async () => {
    const first = await requestAndReadLink(org.manager.email);
    const second = await requestAndReadLink(org.manager.email);
    expect((await visitor().auth.passwordReset({ token: first.token! })).state).toBe("expired");
    const later = new Date(Date.now() + (RESET_LINK_MINUTES + 1) * 60_000);
    await expect(resetPassword({ db: open.db, token: second.token!, password: NEW, now: later })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: expect.stringMatching(/expired/),
    });
    expect(await codeOf(visitor().auth.resetPassword({ token: second.token!, password: "short" }))).toBe("BAD_REQUEST");
    expect(await codeOf(visitor().auth.resetPassword({ token: "B".repeat(24), password: NEW }))).toBe("NOT_FOUND");
    // None of it changed the password.
    await expect(verifyCredentials({ db: open.db, credentials: { email: org.manager.email, password: OLD }, ip: "10.98.0.1" })).resolves.toBeTruthy();
  });
});

describe("changing one's own password", () => {
  it("needs the current password and ends the other sessions", async () => {
    await open.db.update(users).set({ passwordHash: await hashPassword(OLD) }).where(eq(users.id, org.staff.id));
    const version = (await open.db.select().from(users).where(eq(users.id, org.staff.id)))[0]!.sessionVersion;
    const me = createCaller(contextFor(open, { userId: org.staff.id }));
    expect(await codeOf(me.auth.changePassword({ currentPassword: "wrong", newPassword: NEW }))).toBe("BAD_REQUEST");
    await me.auth.changePassword({ currentPassword: OLD, newPassword: NEW });
    expect(await liveSessionUser({ db: open.db, session: { userId: org.staff.id, sessionVersion: version, sessionId: "a-session" } })).toBeNull();
    await expect(verifyCredentials({ db: open.db, credentials: { email: org.staff.email, password: NEW }, ip: "10.97.0.1" })).resolves.toBeTruthy();
  });
});

describe("setting a password from the command line", () => {
  it("sets it, ends every session, lifts a lockout and refuses a short one or an unknown address", async () => {
    const other = await createOrganisation(open, "ResetCli");
    const version = (await open.db.select().from(users).where(eq(users.id, other.admin.id)))[0]!.sessionVersion;
    await expect(setPassword({ db: open.db, email: other.admin.email, password: "short" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(setPassword({ db: open.db, email: `nobody.${randomUUID()}@nowhere.test`, password: NEW })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    for (let i = 0; i < 5; i++) {
      await verifyCredentials({ db: open.db, credentials: { email: other.admin.email, password: `guess ${i}` }, ip: `test-${randomUUID()}` }).catch(() => null);
    }
    await setPassword({ db: open.db, email: other.admin.email.toUpperCase(), password: NEW });
    expect(await liveSessionUser({ db: open.db, session: { userId: other.admin.id, sessionVersion: version, sessionId: "a-session" } })).toBeNull();
    await expect(verifyCredentials({ db: open.db, credentials: { email: other.admin.email, password: NEW }, ip: `test-${randomUUID()}` })).resolves.toMatchObject({
      id: other.admin.id,
    });
  });
});
