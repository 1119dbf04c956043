// Member invitations: sent through the outbox, bound to the invited address, single use, expiring; a
// forwarded link used with another address, an expired, withdrawn or used link is refused, and nothing
// is written when it is.
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/db/connect";
import { auditLog, memberInvitations, memberships, messages, users } from "@/db/schema";
import { runTick } from "@/server/jobs/tick";
import type { MessageTransport, OutgoingMessage } from "@/server/mail/transport";
import { hashPassword } from "@/server/services/auth/password";
import { verifyCredentials } from "@/server/services/auth/verify-credentials";
import { hashToken } from "@/server/tokens";
import { openTestDatabase } from "@/test/db";
import { callerFor, codeOf, createOrganisation, createUser, type TestOrganisation } from "@/test/factories";
import { acceptInvitationWithNewAccount } from "./accept-invitation";
import { INVITATION_DAYS } from "./invite-member";

let open: OpenDatabase;
let org: TestOrganisation;
const PASSWORD = "manager's own password";
const DAY = 86_400_000;

beforeAll(async () => {
  open = await openTestDatabase();
  org = await createOrganisation(open, "Invites");
});
afterAll(() => open.close());

const admin = () => callerFor(open, { userId: org.admin.id });
const visitor = (userId: string | null = null) => callerFor(open, { userId });
const address = (label: string) => `${label}.${randomUUID().slice(0, 8)}@invited.test`;
const noTransport: MessageTransport = { channels: [], send: async () => {} };


/** Invites, lets the worker keep the email in the outbox (no transport), and reads the link from there. */
async function inviteAndReadLink(email: string, role: "admin" | "manager" | "staff" = "manager", scope?: { sites: string[]; units: string[] }) {
  const invitation = await admin().member.invite({ email, role, scope });
  await runTick({ organisationId: org.organisation.id, db: open.db, transport: noTransport });
  const { messages: kept } = await admin().message.list();
  const message = kept.find((m) => m.recipient === email && m.kind === "member_invitation");
  const token = message?.handOverLink?.match(/\/invite\/([A-Za-z0-9_-]{24})$/)?.[1];
  if (!token) throw new Error(`no invitation link in the outbox for ${email}`);
  return { invitation, message: message!, token };
}

describe("inviting", () => {
  it("queues an email through the outbox, keeps only a hash and a masked copy, and audits it", async () => {
    const email = address("manager");
    const { invitation, message, token } = await inviteAndReadLink(email);
    expect(message).toMatchObject({ status: "outbox", channel: "email", subject: `Join ${org.organisation.name} on Circles` });
    expect(message.body).toContain("/invite/[invitation-link]");
    expect(message.body).not.toContain(token);

    const [row] = await open.db.select().from(memberInvitations).where(eq(memberInvitations.id, invitation.id));
    expect(row).toMatchObject({ email, role: "manager", acceptedAt: null, revokedAt: null });
    expect(row!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBe(INVITATION_DAYS * DAY);
    const [stored] = await open.db.select().from(messages).where(eq(messages.memberInvitationId, invitation.id));
    expect(JSON.stringify(stored)).not.toContain(token);

    const audit = await open.db.select().from(auditLog).where(eq(auditLog.entityId, invitation.id));
    expect(audit).toMatchObject([{ action: "member.invite", actorUserId: org.admin.id }]);
  });

  it("sends the link itself when an email transport is configured", async () => {
    const sent: OutgoingMessage[] = [];
    const transport: MessageTransport = { channels: ["email"], send: async (m) => void sent.push(m) };
    const email = address("mailed");
    await admin().member.invite({ email, role: "staff" });
    await runTick({ organisationId: org.organisation.id, db: open.db, transport });
    const mine = sent.filter((m) => m.to === email);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.body).toMatch(/http:\/\/[^/]+\/invite\/[A-Za-z0-9_-]{24}\n/);
    const { messages: kept } = await admin().message.list();
    expect(kept.find((m) => m.recipient === email)).toMatchObject({ status: "sent", handOverLink: null });
  });

  it("refuses an address that is already an active member, and restrictions for anyone but staff", async () => {
    expect(await codeOf(admin().member.invite({ email: org.manager.email, role: "manager" }))).toBe("CONFLICT");
    expect(await codeOf(admin().member.invite({ email: address("x"), role: "manager", scope: { sites: ["North"], units: [] } }))).toBe(
      "BAD_REQUEST",
    );
    expect(await codeOf(admin().member.invite({ email: "not an address", role: "manager" }))).toBe("BAD_REQUEST");
  });

  it("is for admins only", async () => {
    for (const userId of [org.manager.id, org.staff.id]) {
      expect(await codeOf(callerFor(open, { userId }).member.invite({ email: address("y"), role: "staff" }))).toBe("FORBIDDEN");
    }
  });
});

describe("accepting", () => {
  it("a forwarded link used with another address is refused and writes nothing; the invited address joins", async () => {
    const email = address("invited");
    const { invitation, token } = await inviteAndReadLink(email);
    const page = await visitor().invitation.get({ token });
    expect(page).toMatchObject({ state: "open", invitation: { role: "manager", hasAccount: false, viewer: null } });
    expect(page.invitation!.maskedEmail).toBe(`i•••@invited.test`);

    const forwarded = address("colleague");
    const refused = visitor().invitation.createAccount({ token, email: forwarded, name: "Colleague", password: PASSWORD });
    await expect(refused).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/sent to another email address/) });
    expect(await open.db.select().from(users).where(eq(users.email, forwarded))).toEqual([]);
    expect((await visitor().invitation.get({ token })).state).toBe("open");

    const joined = await visitor().invitation.createAccount({ token, email: email.toUpperCase(), name: "Mo Manager", password: PASSWORD });
    expect(joined.organisationId).toBe(org.organisation.id);
    const user = await verifyCredentials({ db: open.db, credentials: { email, password: PASSWORD }, ip: "10.20.0.1" });
    const current = await callerFor(open, { userId: user.id }).organisation.current();
    expect(current).toMatchObject({ organisation: { id: org.organisation.id }, role: "manager" });

    const [row] = await open.db.select().from(memberInvitations).where(eq(memberInvitations.id, invitation.id));
    expect(row).toMatchObject({ acceptedBy: user.id, tokenSealed: null });
    const audit = await open.db.select().from(auditLog).where(and(eq(auditLog.action, "member.acceptInvitation"), eq(auditLog.actorUserId, user.id)));
    expect(audit).toHaveLength(1);
    // The outbox no longer hands the link over.
    const { messages: kept } = await admin().message.list();
    expect(kept.find((m) => m.recipient === email)?.handOverLink).toBeNull();
  });

  it("a link is used once: a second use is refused, whoever tries", async () => {
    const email = address("once");
    const { token } = await inviteAndReadLink(email);
    await visitor().invitation.createAccount({ token, email, name: "Once", password: PASSWORD });
    expect((await visitor().invitation.get({ token })).state).toBe("used");
    await expect(visitor().invitation.createAccount({ token, email, name: "Twice", password: PASSWORD })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: expect.stringMatching(/already been used/),
    });
    const [user] = await open.db.select().from(users).where(eq(users.email, email));
    expect(await codeOf(visitor(user!.id).invitation.accept({ token }))).toBe("PRECONDITION_FAILED");
  });

  it("an expired link is refused, and the worker no longer sends it", async () => {
    const email = address("late");
    const invitation = await admin().member.invite({ email, role: "staff" });
    const [row] = await open.db.select().from(memberInvitations).where(eq(memberInvitations.id, invitation.id));
    const later = new Date(row!.expiresAt.getTime() + 1000);
    await runTick({ organisationId: org.organisation.id, db: open.db, transport: noTransport, now: later });
    const [message] = await open.db.select().from(messages).where(eq(messages.memberInvitationId, invitation.id));
    expect(message!.status).toBe("cancelled");

    const { token } = await inviteAndReadLink(address("late2"));
    const [fresh] = await open.db.select().from(memberInvitations).where(eq(memberInvitations.tokenHash, hashToken(token)));
    const expired = acceptInvitationWithNewAccount({
      db: open.db,
      token,
      email: fresh!.email,
      name: "Late",
      password: PASSWORD,
      now: new Date(fresh!.expiresAt.getTime() + 1),
    });
    await expect(expired).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringMatching(/expired/) });
    expect(await open.db.select().from(users).where(eq(users.email, fresh!.email))).toEqual([]);
  });

  it("inviting the address again withdraws the earlier link; withdrawing one stops it at once", async () => {
    const email = address("again");
    const first = await inviteAndReadLink(email);
    const second = await inviteAndReadLink(email);
    expect((await visitor().invitation.get({ token: first.token })).state).toBe("withdrawn");
    expect((await visitor().invitation.get({ token: second.token })).state).toBe("open");

    await admin().member.revokeInvitation({ invitationId: second.invitation.id });
    expect((await visitor().invitation.get({ token: second.token })).state).toBe("withdrawn");
    expect(await codeOf(visitor().invitation.createAccount({ token: second.token, email, name: "X", password: PASSWORD }))).toBe(
      "PRECONDITION_FAILED",
    );
    expect((await admin().member.invitations()).map((i) => i.email)).not.toContain(email);
  });

  it("someone with an account signs in to accept; another account's session is refused", async () => {
    const existing = await createUser(open, "Existing", await hashPassword(PASSWORD));
    const stranger = await createUser(open, "Stranger");
    const { token } = await inviteAndReadLink(existing.email, "staff", { sites: ["North"], units: [] });
    expect((await visitor().invitation.get({ token })).invitation).toMatchObject({ hasAccount: true });
    expect(await codeOf(visitor().invitation.createAccount({ token, email: existing.email, name: "Taken", password: PASSWORD }))).toBe(
      "CONFLICT",
    );
    const asStranger = await visitor(stranger.id).invitation.get({ token });
    expect(asStranger.invitation!.viewer).toEqual({ email: stranger.email, isInvited: false });
    await expect(visitor(stranger.id).invitation.accept({ token })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await open.db.select().from(memberships).where(eq(memberships.userId, stranger.id))).toEqual([]);

    await visitor(existing.id).invitation.accept({ token });
    const [membership] = await open.db.select().from(memberships).where(eq(memberships.userId, existing.id));
    expect(membership).toMatchObject({ role: "staff", active: true, sites: ["North"], units: [] });
  });

  it("an unknown or malformed link gets the same clear answer", async () => {
    expect(await visitor().invitation.get({ token: "A".repeat(24) })).toEqual({ state: "unknown", invitation: null });
    expect(await visitor().invitation.get({ token: "../../etc" })).toEqual({ state: "unknown", invitation: null });
    expect(await codeOf(visitor().invitation.createAccount({ token: "A".repeat(24), email: address("z"), name: "Z", password: PASSWORD }))).toBe(
      "NOT_FOUND",
    );
  });

  it("two acceptances of one link at the same moment make one member", async () => {
    const email = address("race");
    const { token } = await inviteAndReadLink(email);
    const results = await Promise.allSettled([
      visitor().invitation.createAccount({ token, email, name: "Race A", password: PASSWORD }),
      visitor().invitation.createAccount({ token, email, name: "Race B", password: PASSWORD }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await open.db.select().from(users).where(eq(users.email, email))).toHaveLength(1);
  });
});
