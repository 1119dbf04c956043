// Erasure on request: one person's contact details, free text and link are removed, and they are marked
// so that no invitation or reminder ever reaches them again. Their scores and choices stay, unlinked from
// anything that identifies them, so that reports (and anonymous waves' figures) do not change.
import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Database, Transaction } from "@/db/connect";
import { answers, circles, messages, respondentContacts, respondents } from "@/db/schema";
import { notFound } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { Actor } from "@/server/trpc";

/** What stored messages keep instead of an address once it is erased. */
export const ERASED_RECIPIENT = "[erased]";

export async function eraseRespondent({
  db,
  actor,
  respondentId,
  reason,
  now = new Date(),
}: {
  db: Database;
  actor: Actor;
  respondentId: string;
  reason: string;
  now?: Date;
}) {
  return db.transaction(async (tx) => {
    const [respondent] = await tx
      .select({
        id: respondents.id,
        waveId: respondents.waveId,
        circleId: respondents.circleId,
        isPrimary: respondents.isPrimary,
        erasedAt: respondentContacts.erasedAt,
      })
      .from(respondents)
      .leftJoin(respondentContacts, eq(respondentContacts.respondentId, respondents.id))
      .where(and(eq(respondents.id, respondentId), eq(respondents.organisationId, actor.organisationId)))
      .for("update", { of: respondents });
    if (!respondent) throw notFound("Respondent");
    if (respondent.erasedAt) return { respondentId: respondent.id, erasedAt: respondent.erasedAt, alreadyErased: true };

    const removed = await erasePersonalData(tx, actor.organisationId, [respondent.id], now);
    // The circle's reference points at the primary person's record in the organisation's own systems.
    if (respondent.isPrimary) {
      await tx.update(circles).set({ externalRef: null }).where(and(eq(circles.id, respondent.circleId), isNotNull(circles.externalRef)));
    }
    await recordAudit(tx, actor, {
      action: "respondent.erase",
      entityType: "respondent",
      entityId: respondent.id,
      // Never the person's details: only that they were erased, why, and what went.
      after: { reason, waveId: respondent.waveId, circleId: respondent.circleId, ...removed },
    });
    return { respondentId: respondent.id, erasedAt: now, alreadyErased: false };
  });
}

/**
 * Removes the personal data of these respondents inside the caller's transaction: the contact row is
 * emptied and marked erased and do-not-contact (a row is made if there was none), free-text answers are
 * cleared, the personal link is revoked, unsent messages are cancelled and kept ones lose their address.
 * Closed waves refuse writes; this transaction is the exception (circles.maintenance, migration 0004).
 */
export async function erasePersonalData(tx: Transaction, organisationId: string, respondentIds: string[], now: Date) {
  if (respondentIds.length === 0) return { texts: 0, messages: 0 };
  await tx.execute(sql`select set_config('circles.maintenance', 'on', true)`);
  await tx
    .insert(respondentContacts)
    .select(
      tx
        .select({
          respondentId: respondents.id,
          organisationId: respondents.organisationId,
          name: sql<null>`null`.as("name"),
          email: sql<null>`null`.as("email"),
          phone: sql<null>`null`.as("phone"),
          doNotContact: sql<boolean>`true`.as("do_not_contact"),
          erasedAt: sql<Date>`${now.toISOString()}::timestamptz`.as("erased_at"),
        })
        .from(respondents)
        .where(and(eq(respondents.organisationId, organisationId), inArray(respondents.id, respondentIds))),
    )
    .onConflictDoUpdate({
      target: respondentContacts.respondentId,
      set: { name: null, email: null, phone: null, doNotContact: true, erasedAt: sql`coalesce(${respondentContacts.erasedAt}, excluded.erased_at)` },
    });
  // Reports count these people's answers: their waves' report cubes are rebuilt (the answers trigger
  // leaves updates to this function, migration 0012).
  await tx.execute(
    sql`select report_bump_waves(array(select distinct ${respondents.waveId} from ${respondents} where ${respondents.organisationId} = ${organisationId} and ${inArray(respondents.id, respondentIds)}))`,
  );
  const texts = await tx
    .update(answers)
    .set({ textValue: null })
    .where(and(eq(answers.organisationId, organisationId), inArray(answers.respondentId, respondentIds), isNotNull(answers.textValue)))
    .returning({ id: answers.id });
  await tx
    .update(respondents)
    .set({ tokenHash: null, tokenSealed: null, tokenIssuedAt: null })
    .where(and(eq(respondents.organisationId, organisationId), inArray(respondents.id, respondentIds), isNotNull(respondents.tokenHash)));
  const wiped = await tx
    .update(messages)
    .set({
      recipient: ERASED_RECIPIENT,
      lastError: null,
      status: sql`case when ${messages.status} in ('queued', 'sending') then 'cancelled'::message_status else ${messages.status} end`,
      lockedUntil: null,
    })
    .where(and(inArray(messages.respondentId, respondentIds), sql`${messages.recipient} <> ${ERASED_RECIPIENT}`))
    .returning({ id: messages.id });
  return { texts: texts.length, messages: wiped.length };
}
