// What every respondent procedure starts from: the person, their survey version and their answers so far.
import { eq } from "drizzle-orm";
import type { Database, Transaction } from "@/db/connect";
import { answers, items, perspectives, respondents, responses, surveyVersions, waves } from "@/db/schema";
import { answerFromColumns } from "@/lib/survey/answer";
import type { TAnswers } from "@/lib/survey/logic";
import { AppError } from "@/server/errors";
import type { RespondentActor } from "@/server/trpc";
import { CLOSED_MESSAGE } from "./save-answer";

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
