// The audit log page: an organisation's entries newest first, filtered by action, person, entity and
// period, a page at a time (keyset on the id, so a long log pages as fast as a short one).
import { and, desc, eq, gte, like, lt, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/connect";
import { at } from "@/db/sql";
import { auditLog, users } from "@/db/schema";
import type { Actor } from "@/server/trpc";

export const ZAuditFilters = z.strictObject({
  /** `member.setRole`, or a noun prefix such as `member` for every member.* action. */
  action: z
    .string()
    .trim()
    .max(100)
    .regex(/^[A-Za-z.]*$/, "letters and dots only")
    .optional(),
  actorUserId: z.uuid().optional(),
  entityType: z.string().trim().max(50).optional(),
  entityId: z.string().trim().max(100).optional(),
  /** ISO dates (YYYY-MM-DD), inclusive, in UTC. */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type TAuditFilters = z.infer<typeof ZAuditFilters>;

export async function listAudit({
  db,
  actor,
  filters,
  before,
  limit,
}: {
  db: Database;
  actor: Actor;
  filters: TAuditFilters;
  /** The last id of the previous page. */
  before?: number;
  limit: number;
}) {
  const where: SQL[] = [eq(auditLog.organisationId, actor.organisationId)];
  if (filters.action) {
    where.push(filters.action.includes(".") ? eq(auditLog.action, filters.action) : like(auditLog.action, `${filters.action}.%`));
  }
  if (filters.actorUserId) where.push(eq(auditLog.actorUserId, filters.actorUserId));
  if (filters.entityType) where.push(eq(auditLog.entityType, filters.entityType));
  if (filters.entityId) where.push(eq(auditLog.entityId, filters.entityId));
  if (filters.from) where.push(gte(auditLog.createdAt, at(new Date(`${filters.from}T00:00:00Z`))));
  // Inclusive: up to the end of that day.
  if (filters.to) where.push(lt(auditLog.createdAt, at(new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86_400_000))));
  if (before !== undefined) where.push(lt(auditLog.id, before));

  const rows = await db
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
      actorUserId: auditLog.actorUserId,
      actorName: users.name,
      actorEmail: users.email,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  return { entries: page, nextBefore: rows.length > limit ? page.at(-1)!.id : null };
}

/** What the filters offer: the actions, entity types and people that appear in this organisation's log. */
export async function listAuditFacets({ db, actor }: { db: Database; actor: Actor }) {
  const [actions, entityTypes, people] = await Promise.all([
    db
      .selectDistinct({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.organisationId, actor.organisationId))
      .orderBy(auditLog.action),
    db
      .selectDistinct({ entityType: auditLog.entityType })
      .from(auditLog)
      .where(eq(auditLog.organisationId, actor.organisationId))
      .orderBy(auditLog.entityType),
    db
      .selectDistinct({ id: users.id, name: users.name, email: users.email })
      .from(auditLog)
      .innerJoin(users, eq(users.id, auditLog.actorUserId))
      .where(eq(auditLog.organisationId, actor.organisationId))
      .orderBy(users.name, users.email),
  ]);
  return {
    actions: actions.map((a) => a.action),
    entityTypes: entityTypes.map((e) => e.entityType),
    people,
  };
}
