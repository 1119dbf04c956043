import { and, eq, inArray } from "drizzle-orm";
import type { Database, Transaction } from "@/db/connect";
import { respondents, waves } from "@/db/schema";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { Actor } from "@/server/trpc";
import { findWave } from "./find-wave";

/** Launches a draft wave: from now on its anonymity settings are fixed. */
export async function openWave({ db, actor, waveId, now = new Date() }: { db: Database; actor: Actor; waveId: string; now?: Date }) {
  return db.transaction(async (tx) => {
    const wave = await findWave(tx, actor, waveId, true);
    if (wave.status !== "draft") throw new AppError("PRECONDITION_FAILED", `This wave is already ${wave.status}.`);
    if (wave.closesAt && wave.closesAt <= now) {
      throw new AppError("PRECONDITION_FAILED", "This wave's closing date has passed: change it before opening the wave.");
    }
    await tx
      .update(waves)
      .set({ status: "open", openedAt: now, opensAt: wave.opensAt ?? now })
      .where(eq(waves.id, wave.id));
    await recordAudit(tx, actor, { action: "wave.open", entityType: "wave", entityId: wave.id, before: { status: wave.status }, after: { status: "open" } });
    return { id: wave.id, status: "open" as const };
  });
}

/** Closes a wave: unfinished links expire, and the database refuses every further write to it. */
export async function closeWave({ db, actor, waveId, now = new Date() }: { db: Database; actor: Actor; waveId: string; now?: Date }) {
  return db.transaction(async (tx) => {
    const wave = await findWave(tx, actor, waveId, true);
    if (wave.status === "closed") throw new AppError("PRECONDITION_FAILED", "This wave is already closed.");
    await closeWaveRows(tx, wave.id, now);
    await recordAudit(tx, actor, { action: "wave.close", entityType: "wave", entityId: wave.id, before: { status: wave.status }, after: { status: "closed" } });
    return { id: wave.id, status: "closed" as const };
  });
}

/** The closing itself, shared with the scheduler that closes waves whose closing date has come. */
export async function closeWaveRows(tx: Transaction, waveId: string, now: Date) {
  await tx
    .update(respondents)
    .set({ status: "expired" })
    .where(and(eq(respondents.waveId, waveId), inArray(respondents.status, ["invited", "sent", "opened", "started"])));
  await tx
    .update(waves)
    .set({ status: "closed", closedAt: now })
    .where(eq(waves.id, waveId));
}
