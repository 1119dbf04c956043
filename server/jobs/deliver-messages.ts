// Sends queued messages. A message is claimed ("sending", with a lease) in its own committed step before
// the transport is called, and recorded after; a worker that dies in between leaves it "sending", and
// when the lease runs out it becomes "unknown" — never sent a second time.
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { at } from "@/db/sql";
import { messages, organisations, respondentContacts, respondents, surveyVersions, waves } from "@/db/schema";
import { env } from "@/lib/env.mjs";
import { composeMessage } from "@/lib/messages/compose";
import { LANGUAGES, type TLanguage } from "@/lib/survey/languages";
import type { MessageTransport } from "@/server/mail/transport";
import { issueLink, recoverLink } from "@/server/respondent-links";

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
  const scope = organisationId ? eq(messages.organisationId, organisationId) : undefined;
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

async function deliverOne(db: Database, transport: MessageTransport, message: Claimed, now: Date, hooks: DeliveryHooks) {
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
    .where(eq(respondents.id, message.respondentId));

  const finished = !row || ["completed", "declined", "opted_out", "expired"].includes(row.status);
  if (finished || !row || row.doNotContact || row.erasedAt || row.waveStatus !== "open" || !row.tokenHash) {
    await record(db, message.id, { status: "cancelled", lockedUntil: null, lastError: null });
    return "cancelled";
  }
  let token = recoverLink(row);
  if (!token) {
    // The sealing key changed (a new secret): issue a fresh link rather than send a dead one.
    const link = issueLink();
    await db
      .update(respondents)
      .set({ tokenHash: link.tokenHash, tokenSealed: link.tokenSealed, tokenIssuedAt: now })
      .where(eq(respondents.id, message.respondentId));
    token = link.token;
  }
  const base = env.CIRCLES_PUBLIC_URL.replace(/\/$/, "");
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
  const kept = {
    subject: content.subject,
    body: content.body.replaceAll(token, "[personal-link]"),
  };
  if (!transport.channels.includes(message.channel)) {
    await record(db, message.id, { status: "outbox", sentAt: now, lockedUntil: null, ...kept });
    await markSent(db, message);
    return "outbox";
  }
  try {
    await transport.send({ channel: message.channel, to: message.recipient, ...content });
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

async function record(db: Database, id: string, values: Partial<typeof messages.$inferInsert>) {
  await db
    .update(messages)
    .set(values)
    .where(and(eq(messages.id, id), eq(messages.status, "sending")));
}

/** The first message that reaches someone moves them from "invited" to "sent". */
async function markSent(db: Database, message: Claimed) {
  await db
    .update(respondents)
    .set({ status: "sent" })
    .where(and(eq(respondents.id, message.respondentId), eq(respondents.status, "invited")));
}
