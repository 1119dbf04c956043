// One run of the worker: close waves whose time is up, queue what is due, deliver what is queued.
// Safe to run in several processes at once and again after a crash (see the two steps it calls).
import { and, eq, lte } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { waves } from "@/db/schema";
import type { MessageTransport } from "@/server/mail/transport";
import { closeWaveRows } from "@/server/services/wave/change-wave-status";
import { deliverMessages, type DeliveryHooks } from "./deliver-messages";
import { scheduleMessages } from "./schedule-messages";

export async function runTick({
  db,
  transport,
  now = new Date(),
  hooks,
  organisationId,
}: {
  db: Database;
  transport: MessageTransport;
  now?: Date;
  hooks?: DeliveryHooks;
  /** Only this organisation's waves and messages (per-tenant workers; tests on a shared database). */
  organisationId?: string;
}) {
  const due = await db
    .select({ id: waves.id })
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
      if (still?.status === "open") await closeWaveRows(tx, wave.id, now);
    });
  }
  const scheduled = await scheduleMessages(db, now, organisationId);
  const delivered = await deliverMessages(db, transport, now, hooks, { organisationId });
  return { closedWaves: due.length, scheduled, delivered };
}
