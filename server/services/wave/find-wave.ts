import { and, eq } from "drizzle-orm";
import type { Database, Transaction } from "@/db/connect";
import { waves } from "@/db/schema";
import { notFound } from "@/server/errors";
import type { Actor } from "@/server/trpc";

/** The wave if it belongs to the actor's organisation (locked for the transaction when asked). */
export async function findWave(db: Database | Transaction, actor: Pick<Actor, "organisationId">, waveId: string, lock = false) {
  const query = db
    .select()
    .from(waves)
    .where(and(eq(waves.id, waveId), eq(waves.organisationId, actor.organisationId)));
  const [wave] = lock ? await query.for("update") : await query;
  if (!wave) throw notFound("Wave");
  return wave;
}
