// Saving one answer as it is given: checked against the respondent's own survey and perspective, then an
// idempotent upsert keyed by respondent and item. The phone's sequence number decides: a late retry of an
// older value never overwrites a newer one. Acknowledged only after the transaction commits.
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { answers, items, respondents, responses } from "@/db/schema";
import { answerColumns, validateAnswer } from "@/lib/survey/answer";
import { AppError } from "@/server/errors";
import type { RespondentActor } from "@/server/trpc";
import { assertOpen, loadRespondent } from "./load-respondent";

export async function saveAnswer({
  db,
  actor,
  itemKey,
  value,
  seq,
}: {
  db: Database;
  actor: RespondentActor;
  itemKey: string;
  /** null clears the answer. */
  value: unknown;
  seq: number;
}) {
  return db.transaction(async (tx) => {
    const respondent = await loadRespondent(tx, actor);
    assertOpen(respondent);
    const item = respondent.definition.items.find((i) => i.key === itemKey);
    if (!item || !item.askedOf.includes(respondent.perspectiveKey)) {
      throw new AppError("BAD_REQUEST", "This question is not part of your survey.");
    }
    let columns = { numericValue: null as number | null, choiceValues: null as string[] | null, textValue: null as string | null };
    if (value !== null) {
      const checked = validateAnswer(item, value);
      if (!checked.ok) throw new AppError("BAD_REQUEST", checked.message);
      columns = answerColumns(item, checked.value);
    }
    const [itemRow] = await tx
      .select({ id: items.id })
      .from(items)
      .where(and(eq(items.surveyVersionId, respondent.surveyVersionId), eq(items.key, itemKey)));
    const [existing] = await tx.select().from(responses).where(eq(responses.respondentId, respondent.id));
    if (existing?.status === "submitted") {
      throw new AppError("CONFLICT", "Your answers have already been sent: thank you. They can no longer be changed.");
    }
    const responseId =
      existing?.id ??
      (
        await tx
          .insert(responses)
          .values({
            organisationId: actor.organisationId,
            waveId: actor.waveId,
            perspectiveId: actor.perspectiveId,
            respondentId: respondent.id,
            surveyVersionId: respondent.surveyVersionId,
          })
          .onConflictDoUpdate({ target: responses.respondentId, set: { updatedAt: new Date() } })
          .returning({ id: responses.id })
      )[0]!.id;

    const now = new Date();
    const [written] = await tx
      .insert(answers)
      .values({
        organisationId: actor.organisationId,
        waveId: actor.waveId,
        perspectiveId: actor.perspectiveId,
        respondentId: respondent.id,
        responseId,
        itemId: itemRow!.id,
        ...columns,
        clientSeq: seq,
        answeredAt: now,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: [answers.respondentId, answers.itemId],
        set: {
          numericValue: sql`excluded.numeric_value`,
          choiceValues: sql`excluded.choice_values`,
          textValue: sql`excluded.text_value`,
          clientSeq: sql`excluded.client_seq`,
          updatedAt: sql`excluded.updated_at`,
        },
        setWhere: sql`${answers.clientSeq} < excluded.client_seq`,
      })
      .returning({ id: answers.id });
    await tx
      .update(respondents)
      .set({ status: "started", startedAt: now })
      .where(and(eq(respondents.id, respondent.id), inArray(respondents.status, ["invited", "sent", "opened"])));
    // `written` is empty when a newer answer was already there: still acknowledged, nothing changed.
    return { itemKey, seq, applied: Boolean(written) };
  });
}
