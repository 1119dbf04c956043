// Writes generated rows in batches: one statement per 500 rows keeps the seed fast on PGlite
// and well under PostgreSQL's limit of 65,535 parameters per statement.
import type { PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import type { Transaction } from "@/db/connect";
import { answers, circles, respondentContacts, respondents, responses } from "@/db/schema";
import type { WaveRows } from "./generate";

const BATCH = 500;

export async function insertInBatches<T extends PgTable>(tx: Transaction, table: T, rows: PgInsertValue<T>[]) {
  for (let i = 0; i < rows.length; i += BATCH) {
    await tx.insert(table).values(rows.slice(i, i + BATCH));
  }
}

export async function insertWaveRows(tx: Transaction, rows: WaveRows): Promise<void> {
  await insertInBatches(tx, circles, rows.circles);
  // Respondents invited by another respondent point at one inserted before them: primaries go first.
  const ordered = [...rows.respondents.filter((r) => r.isPrimary), ...rows.respondents.filter((r) => !r.isPrimary)];
  await insertInBatches(tx, respondents, ordered);
  await insertInBatches(tx, respondentContacts, rows.contacts);
  await insertInBatches(tx, responses, rows.responses);
  await insertInBatches(tx, answers, rows.answers);
}
