// The audit log: append-only (a trigger in the migrations refuses UPDATE and DELETE).
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organisations, users } from "./organisations";

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    organisationId: uuid().references(() => organisations.id, { onDelete: "cascade" }),
    actorUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    /** `noun.verb`, as the procedure that did it: `member.setActive`. */
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text(),
    before: jsonb(),
    after: jsonb(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("audit_log_org_idx").on(t.organisationId, t.createdAt),
    // The audit page: newest first by id within an organisation, filtered by action, actor or entity.
    index("audit_log_org_id_idx").on(t.organisationId, t.id),
    index("audit_log_org_action_idx").on(t.organisationId, t.action, t.id),
    index("audit_log_org_entity_idx").on(t.organisationId, t.entityType, t.entityId),
  ],
);
