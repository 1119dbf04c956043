import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { memberInvitations, messages, perspectives, respondents, waves, type TMessageStatus } from "@/db/schema";
import { env } from "@/lib/env.mjs";
import { recoverStaffLink } from "@/server/services/auth/staff-links";
import type { Actor } from "@/server/trpc";

/**
 * The outbox: what was sent, what would have been sent without a transport, and what failed, newest first.
 * A member invitation not delivered by email (none configured, or it failed) carries its link while it can
 * still be accepted, for the admin to hand over; respondents' links stay masked.
 */
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
        invitation: {
          tokenHash: memberInvitations.tokenHash,
          tokenSealed: memberInvitations.tokenSealed,
          expiresAt: memberInvitations.expiresAt,
          acceptedAt: memberInvitations.acceptedAt,
          revokedAt: memberInvitations.revokedAt,
        },
      })
      .from(messages)
      .leftJoin(waves, eq(waves.id, messages.waveId))
      .leftJoin(respondents, eq(respondents.id, messages.respondentId))
      .leftJoin(perspectives, eq(perspectives.id, respondents.perspectiveId))
      .leftJoin(memberInvitations, eq(memberInvitations.id, messages.memberInvitationId))
      .where(and(...where))
      .orderBy(desc(messages.createdAt), desc(messages.id))
      .limit(limit),
    db
      .select({ status: messages.status, n: sql<number>`count(*)::int` })
      .from(messages)
      .where(eq(messages.organisationId, actor.organisationId))
      .groupBy(messages.status),
  ]);
  const now = new Date();
  const base = env.CIRCLES_PUBLIC_URL.replace(/\/$/, "");
  const list = rows.map(({ invitation, ...m }) => {
    // Not (yet) delivered by a transport: kept here, waiting, failed or in doubt — the admin may hand it over.
    const undelivered = m.status !== "sent" && m.status !== "cancelled";
    const open = invitation && undelivered && !invitation.acceptedAt && !invitation.revokedAt && invitation.expiresAt > now;
    const token = open ? recoverStaffLink(invitation) : null;
    return { ...m, handOverLink: token ? `${base}/invite/${token}` : null };
  });
  return { messages: list, totals: Object.fromEntries(totals.map((t) => [t.status, t.n])) as Partial<Record<TMessageStatus, number>> };
}
