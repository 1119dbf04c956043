// Sends queued messages. A message is claimed ("sending", with a lease) in its own committed step before
// the transport is called, and recorded after; a worker that dies in between leaves it "sending", and
// when the lease runs out it becomes "unknown" — never sent a second time.
import { and, eq, or, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { at } from "@/db/sql";
import {
  memberInvitations,
  messages,
  organisations,
  passwordResets,
  respondentContacts,
  respondents,
  surveyVersions,
  users,
  waves,
} from "@/db/schema";
import { env } from "@/lib/env.mjs";
import { composeMessage } from "@/lib/messages/compose";
import { LANGUAGES, type TLanguage } from "@/lib/survey/languages";
import type { MessageTransport } from "@/server/mail/transport";
import { issueLink, recoverLink } from "@/server/respondent-links";
import { recoverStaffLink } from "@/server/services/auth/staff-links";
import { composeMemberInvitation, composePasswordReset, MASKED_INVITATION_LINK, MASKED_RESET_LINK } from "./staff-emails";

export const LEASE_MINUTES = 5;
export const MAX_ATTEMPTS = 5;
const BACKOFF_MINUTES = [1, 5, 30, 120];

type Claimed = typeof messages.$inferSelect;

export type DeliveryHooks = {
  /** Tests use it to stop a worker right after the transport accepted a message, before it is recorded. */
  afterSend?: (message: Claimed) => Promise<void> | void;
};

export async function deliverMessages(
  db: Database,
  transport: MessageTransport,
  now: Date,
  hooks: DeliveryHooks = {},
  { batch = 500, organisationId }: { batch?: number; organisationId?: string } = {},
): Promise<Record<string, number>> {
  // An organisation's messages, and the password resets of its members (a reset belongs to no organisation).
  const scope = organisationId
    ? or(
        eq(messages.organisationId, organisationId),
        sql`${messages.passwordResetId} in (select pr.id from password_resets pr join memberships m on m.user_id = pr.user_id where m.organisation_id = ${organisationId})`,
      )
    : undefined;
  const counts: Record<string, number> = {};
  const count = (status: string) => (counts[status] = (counts[status] ?? 0) + 1);

  await db
    .update(messages)
    .set({ status: "unknown", lastError: "The worker stopped while sending: not sent again, so that it is never sent twice." })
    .where(and(eq(messages.status, "sending"), sql`${messages.lockedUntil} < ${at(now)}`, scope));

  // One message at a time: a worker that dies leaves at most the message in its hands in doubt.
  for (let i = 0; i < batch; i++) {
    const [message] = await claim(db, now, 1, scope);
    if (!message) break;
    count(await deliverOne(db, transport, message, now, hooks));
  }
  return counts;
}

async function claim(db: Database, now: Date, batch: number, scope: SQL | undefined): Promise<Claimed[]> {
  const leaseEnd = new Date(now.getTime() + LEASE_MINUTES * 60_000);
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: messages.id })
      .from(messages)
      .where(and(eq(messages.status, "queued"), sql`${messages.nextAttemptAt} <= ${at(now)}`, scope))
      .orderBy(messages.nextAttemptAt)
      .limit(batch)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(messages)
      .set({ status: "sending", lockedUntil: leaseEnd, attempts: sql`${messages.attempts} + 1` })
      .where(sql`${messages.id} in ${due.map((d) => d.id)} and ${messages.status} = 'queued'`)
      .returning();
  });
}

type Content = { subject: string | null; body: string; kept: { subject: string | null; body: string } };

async function deliverOne(db: Database, transport: MessageTransport, message: Claimed, now: Date, hooks: DeliveryHooks) {
  const content = message.respondentId
    ? await respondentContent(db, message, message.respondentId, now)
    : message.memberInvitationId
      ? await invitationContent(db, message.memberInvitationId, now)
      : message.passwordResetId
        ? await passwordResetContent(db, message.passwordResetId, now)
        : null;
  if (!content) {
    await record(db, message.id, { status: "cancelled", lockedUntil: null, lastError: null });
    return "cancelled";
  }
  const { kept } = content;
  if (!transport.channels.includes(message.channel)) {
    await record(db, message.id, { status: "outbox", sentAt: now, lockedUntil: null, ...kept });
    await markSent(db, message);
    return "outbox";
  }
  try {
    await transport.send({ channel: message.channel, to: message.recipient, subject: content.subject, body: content.body });
  } catch (err) {
    const error = err instanceof Error ? err.message.slice(0, 500) : "the transport failed";
    const gaveUp = message.attempts >= MAX_ATTEMPTS;
    const wait = BACKOFF_MINUTES[Math.min(message.attempts - 1, BACKOFF_MINUTES.length - 1)]!;
    await record(db, message.id, {
      status: gaveUp ? "failed" : "queued",
      lastError: error,
      lockedUntil: null,
      nextAttemptAt: new Date(now.getTime() + wait * 60_000),
      ...kept,
    });
    return gaveUp ? "failed" : "retry";
  }
  await hooks.afterSend?.(message);
  await record(db, message.id, { status: "sent", sentAt: now, lockedUntil: null, lastError: null, ...kept });
  await markSent(db, message);
  return "sent";
}

const publicBase = () => env.CIRCLES_PUBLIC_URL.replace(/\/$/, "");

/** An invitation or reminder to a respondent; null when it is no longer wanted (cancelled). */
async function respondentContent(db: Database, message: Claimed, respondentId: string, now: Date): Promise<Content | null> {
  const [row] = await db
    .select({
      status: respondents.status,
      tokenHash: respondents.tokenHash,
      tokenSealed: respondents.tokenSealed,
      doNotContact: respondentContacts.doNotContact,
      erasedAt: respondentContacts.erasedAt,
      waveStatus: waves.status,
      organisation: organisations.name,
      definition: surveyVersions.definition,
    })
    .from(respondents)
    .innerJoin(waves, eq(waves.id, respondents.waveId))
    .innerJoin(organisations, eq(organisations.id, respondents.organisationId))
    .innerJoin(surveyVersions, eq(surveyVersions.id, waves.surveyVersionId))
    .leftJoin(respondentContacts, eq(respondentContacts.respondentId, respondents.id))
    .where(eq(respondents.id, respondentId));

  const finished = !row || ["completed", "declined", "opted_out", "expired"].includes(row.status);
  if (finished || !row || row.doNotContact || row.erasedAt || row.waveStatus !== "open" || !row.tokenHash) return null;
  if (message.kind !== "invitation" && message.kind !== "reminder") return null;
  let token = recoverLink(row);
  if (!token) {
    // The sealing key changed (a new secret): issue a fresh link rather than send a dead one.
    const link = issueLink();
    await db
      .update(respondents)
      .set({ tokenHash: link.tokenHash, tokenSealed: link.tokenSealed, tokenIssuedAt: now })
      .where(eq(respondents.id, respondentId));
    token = link.token;
  }
  const base = publicBase();
  const language = (message.language in LANGUAGES ? message.language : "en") as TLanguage;
  const content = composeMessage({
    kind: message.kind,
    channel: message.channel,
    language,
    organisation: row.organisation,
    survey: row.definition.name,
    link: `${base}/r/${token}`,
    optOutLink: `${base}/r/${token}/opt-out`,
  });
  // What is kept is the message with the personal link masked: the token itself is never stored.
  return { ...content, kept: { subject: content.subject, body: content.body.replaceAll(token, "[personal-link]") } };
}

/** An invitation to join an organisation, while it can still be accepted. */
async function invitationContent(db: Database, invitationId: string, now: Date): Promise<Content | null> {
  const [row] = await db
    .select({
      organisation: organisations.name,
      role: memberInvitations.role,
      tokenHash: memberInvitations.tokenHash,
      tokenSealed: memberInvitations.tokenSealed,
      expiresAt: memberInvitations.expiresAt,
      acceptedAt: memberInvitations.acceptedAt,
      revokedAt: memberInvitations.revokedAt,
      invitedBy: users.name,
    })
    .from(memberInvitations)
    .innerJoin(organisations, eq(organisations.id, memberInvitations.organisationId))
    .leftJoin(users, eq(users.id, memberInvitations.invitedBy))
    .where(eq(memberInvitations.id, invitationId));
  if (!row || row.acceptedAt || row.revokedAt || row.expiresAt <= now) return null;
  const token = recoverStaffLink(row);
  if (!token) return null;
  const content = composeMemberInvitation({
    organisation: row.organisation,
    invitedBy: row.invitedBy,
    role: row.role,
    link: `${publicBase()}/invite/${token}`,
    expiresAt: row.expiresAt,
  });
  return { ...content, kept: { subject: content.subject, body: content.body.replaceAll(token, MASKED_INVITATION_LINK) } };
}

/** A password reset link, while it can still be used. */
async function passwordResetContent(db: Database, resetId: string, now: Date): Promise<Content | null> {
  const [row] = await db
    .select({
      tokenHash: passwordResets.tokenHash,
      tokenSealed: passwordResets.tokenSealed,
      expiresAt: passwordResets.expiresAt,
      usedAt: passwordResets.usedAt,
    })
    .from(passwordResets)
    .where(eq(passwordResets.id, resetId));
  if (!row || row.usedAt || row.expiresAt <= now) return null;
  const token = recoverStaffLink(row);
  if (!token) return null;
  const content = composePasswordReset({
    link: `${publicBase()}/reset-password/${token}`,
    minutes: Math.max(1, Math.round((row.expiresAt.getTime() - now.getTime()) / 60_000)),
  });
  return { ...content, kept: { subject: content.subject, body: content.body.replaceAll(token, MASKED_RESET_LINK) } };
}

async function record(db: Database, id: string, values: Partial<typeof messages.$inferInsert>) {
  await db
    .update(messages)
    .set(values)
    .where(and(eq(messages.id, id), eq(messages.status, "sending")));
}

/** The first message that reaches someone moves them from "invited" to "sent". */
async function markSent(db: Database, message: Claimed) {
  if (!message.respondentId) return;
  await db
    .update(respondents)
    .set({ status: "sent" })
    .where(and(eq(respondents.id, message.respondentId), eq(respondents.status, "invited")));
}
