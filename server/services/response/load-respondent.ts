// What every respondent procedure starts from: who a personal link belongs to, the person, their survey
// version and their answers so far.
import { and, eq } from "drizzle-orm";
import type { Database, Transaction } from "@/db/connect";
import { answers, items, perspectives, respondents, responses, surveyVersions, waves } from "@/db/schema";
import { answerFromColumns } from "@/lib/survey/answer";
import type { TAnswers } from "@/lib/survey/logic";
import { AppError } from "@/server/errors";
import type { RespondentActor } from "@/server/trpc";

export const CLOSED_MESSAGE = "This survey has closed, so answers can no longer be saved. Thank you for your time.";

/** The respondent a link's token (by its hash) belongs to, with the status of their wave; null when none. */
export async function findRespondentByLink(db: Database | Transaction, tokenHash: string): Promise<RespondentActor | null> {
  const [row] = await db
    .select({
      respondentId: respondents.id,
      organisationId: respondents.organisationId,
      waveId: respondents.waveId,
      circleId: respondents.circleId,
      perspectiveId: respondents.perspectiveId,
      perspectiveKey: perspectives.key,
      surveyVersionId: waves.surveyVersionId,
      waveStatus: waves.status,
    })
    .from(respondents)
    .innerJoin(waves, and(eq(waves.id, respondents.waveId), eq(waves.organisationId, respondents.organisationId)))
    .innerJoin(perspectives, eq(perspectives.id, respondents.perspectiveId))
    .where(eq(respondents.tokenHash, tokenHash))
    .limit(1);
  return row ?? null;
}

/** Who a link belongs to, without the wave's status (which changes): see `respondentIdentity`. */
export type RespondentIdentity = Omit<RespondentActor, "waveStatus">;

const MAX_IDENTITIES = 20_000;
const identities = new Map<string, RespondentIdentity>();

/**
 * Who a link belongs to, remembered in memory so that saving an answer needs no lookup of its own.
 * `fromCache` says where it came from. A remembered identity is a hint, not a permission: the caller's
 * statement must check, in the database, that the link still belongs to this respondent, perspective,
 * wave and survey version (a revoked link, or another instance's change, fails that check; the caller
 * then asks again with `fresh`). `waveStatus` is only given when read just now.
 */
export async function respondentIdentity(
  db: Database | Transaction,
  tokenHash: string,
  { fresh = false }: { fresh?: boolean } = {},
): Promise<{ identity: RespondentIdentity; fromCache: boolean; waveStatus?: RespondentActor["waveStatus"] } | null> {
  const remembered = fresh ? undefined : identities.get(tokenHash);
  if (remembered) return { identity: remembered, fromCache: true };
  identities.delete(tokenHash);
  const found = await findRespondentByLink(db, tokenHash);
  if (!found) return null;
  const { waveStatus, ...identity } = found;
  identities.set(tokenHash, identity);
  // Oldest first out: a Map iterates in insertion order.
  if (identities.size > MAX_IDENTITIES) identities.delete(identities.keys().next().value!);
  return { identity, fromCache: false, waveStatus };
}

export async function loadRespondent(db: Database | Transaction, actor: RespondentActor) {
  const [row] = await db
    .select({
      id: respondents.id,
      status: respondents.status,
      language: respondents.language,
      answeredBy: respondents.answeredBy,
      isPrimary: respondents.isPrimary,
      waveStatus: waves.status,
      surveyVersionId: waves.surveyVersionId,
      definition: surveyVersions.definition,
      perspectiveKey: perspectives.key,
    })
    .from(respondents)
    .innerJoin(waves, eq(waves.id, respondents.waveId))
    .innerJoin(surveyVersions, eq(surveyVersions.id, waves.surveyVersionId))
    .innerJoin(perspectives, eq(perspectives.id, respondents.perspectiveId))
    .where(eq(respondents.id, actor.respondentId));
  if (!row) throw new AppError("UNAUTHORIZED", "This link is not valid. Please use the link you were sent.");
  return row;
}

export type LoadedRespondent = Awaited<ReturnType<typeof loadRespondent>>;

/** Refuses writes once the wave has closed, with words a respondent understands. */
export function assertOpen(respondent: LoadedRespondent) {
  if (respondent.waveStatus !== "open") throw new AppError("PRECONDITION_FAILED", CLOSED_MESSAGE);
}

/** The respondent's answers as the survey logic reads them (cleared answers are absent). */
export async function answersOf(db: Database | Transaction, respondent: LoadedRespondent) {
  const rows = await db
    .select({
      itemKey: items.key,
      numericValue: answers.numericValue,
      choiceValues: answers.choiceValues,
      textValue: answers.textValue,
      clientSeq: answers.clientSeq,
    })
    .from(answers)
    .innerJoin(items, eq(items.id, answers.itemId))
    .where(eq(answers.respondentId, respondent.id));
  const byKey = new Map(respondent.definition.items.map((i) => [i.key, i]));
  const values: TAnswers = {};
  const sequence: Record<string, number> = {};
  for (const row of rows) {
    const item = byKey.get(row.itemKey);
    if (!item) continue;
    values[row.itemKey] = answerFromColumns(item, row);
    sequence[row.itemKey] = row.clientSeq;
  }
  return { values, sequence };
}

export async function responseOf(db: Database | Transaction, respondentId: string) {
  const [response] = await db.select().from(responses).where(eq(responses.respondentId, respondentId));
  return response ?? null;
}
