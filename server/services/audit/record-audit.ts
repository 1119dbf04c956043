import type { Database, Transaction } from "@/db/connect";
import { auditLog } from "@/db/schema";
import type { Actor } from "@/server/trpc";

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
};

/** Appends one entry; call it inside the transaction that makes the change, so both land or neither. */
export async function recordAudit(db: Database | Transaction, actor: Pick<Actor, "organisationId" | "userId">, entry: AuditEntry) {
  await db.insert(auditLog).values({
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
