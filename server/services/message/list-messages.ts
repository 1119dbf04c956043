import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { messages, perspectives, respondents, waves, type TMessageStatus } from "@/db/schema";
import type { Actor } from "@/server/trpc";

/** The outbox: what was sent, what would have been sent without a transport, and what failed, newest first. */
export async function listMessages({
  db,
  actor,
  status,
  waveId,
  limit,
}: {
  db: Database;
  actor: Actor;
  status?: TMessageStatus;
  waveId?: string;
  limit: number;
}) {
  const where: SQL[] = [eq(messages.organisationId, actor.organisationId)];
  if (status) where.push(eq(messages.status, status));
  if (waveId) where.push(eq(messages.waveId, waveId));
  const [rows, totals] = await Promise.all([
    db
      .select({
        id: messages.id,
        kind: messages.kind,
        step: messages.step,
        channel: messages.channel,
        recipient: messages.recipient,
        language: messages.language,
        subject: messages.subject,
        body: messages.body,
        status: messages.status,
        attempts: messages.attempts,
        lastError: messages.lastError,
        createdAt: messages.createdAt,
        sentAt: messages.sentAt,
        waveName: waves.name,
        perspectiveLabel: perspectives.label,
      })
      .from(messages)
      .innerJoin(waves, eq(waves.id, messages.waveId))
      .innerJoin(respondents, eq(respondents.id, messages.respondentId))
      .innerJoin(perspectives, eq(perspectives.id, respondents.perspectiveId))
      .where(and(...where))
      .orderBy(desc(messages.createdAt), desc(messages.id))
      .limit(limit),
    db
      .select({ status: messages.status, n: sql<number>`count(*)::int` })
      .from(messages)
      .where(eq(messages.organisationId, actor.organisationId))
      .groupBy(messages.status),
  ]);
  return { messages: rows, totals: Object.fromEntries(totals.map((t) => [t.status, t.n])) as Partial<Record<TMessageStatus, number>> };
}
