// One run of the worker: close waves whose time is up, remove personal data past the organisations'
// retention periods (when asked: the worker does it hourly), queue what is due, deliver what is queued.
// Safe to run in several processes at once and again after a crash (see the steps it calls).
import { and, eq, lte } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { auditLog, waves } from "@/db/schema";
import type { MessageTransport } from "@/server/mail/transport";
import { applyRetention } from "@/server/services/retention/apply-retention";
import { closeWaveRows } from "@/server/services/wave/change-wave-status";
import { deliverMessages, type DeliveryHooks } from "./deliver-messages";
import { scheduleMessages } from "./schedule-messages";

export async function runTick({
  db,
  transport,
  now = new Date(),
  hooks,
  organisationId,
  retention = true,
}: {
  db: Database;
  transport: MessageTransport;
  now?: Date;
  hooks?: DeliveryHooks;
  /** Only this organisation's waves and messages (per-tenant workers; tests on a shared database). */
  organisationId?: string;
  /** Apply the retention periods in this run (the worker: once an hour). */
  retention?: boolean;
}) {
  const due = await db
    .select({ id: waves.id, organisationId: waves.organisationId })
    .from(waves)
    .where(
      and(
        eq(waves.status, "open"),
        lte(waves.closesAt, now),
        organisationId ? eq(waves.organisationId, organisationId) : undefined,
      ),
    );
  for (const wave of due) {
    await db.transaction(async (tx) => {
      const [still] = await tx.select({ status: waves.status }).from(waves).where(eq(waves.id, wave.id)).for("update");
      if (still?.status !== "open") return;
      await closeWaveRows(tx, wave.id, now);
      // Closed by its schedule: on the record like a close by an admin, with no one behind it.
      await tx.insert(auditLog).values({
        organisationId: wave.organisationId,
        actorUserId: null,
        action: "wave.close",
        entityType: "wave",
        entityId: wave.id,
        before: { status: "open" },
        after: { status: "closed", by: "schedule" },
      });
    });
  }
  // Before scheduling: details past their retention period are never used for one more message.
  const retained = retention ? await applyRetention({ db, now, organisationId }) : [];
  const scheduled = await scheduleMessages(db, now, organisationId);
  const delivered = await deliverMessages(db, transport, now, hooks, { organisationId });
  return { closedWaves: due.length, scheduled, delivered, retention: retained };
}
