// Submitting: required questions are re-checked on the server; submitting twice (or fifty times at once)
// stores one response and answers each the same.
import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { respondents, responses } from "@/db/schema";
import { missingRequired } from "@/lib/survey/logic";
import { AppError } from "@/server/errors";
import type { RespondentActor } from "@/server/trpc";
import { answersOf, assertOpen, loadRespondent } from "./load-respondent";

export async function submitResponse({ db, actor, now = new Date() }: { db: Database; actor: RespondentActor; now?: Date }) {
  return db.transaction(async (tx) => {
    // Lock the respondent: concurrent submits take turns, and all but the first find it done.
    await tx.select({ id: respondents.id }).from(respondents).where(eq(respondents.id, actor.respondentId)).for("update");
    const respondent = await loadRespondent(tx, actor);
    const [response] = await tx.select().from(responses).where(eq(responses.respondentId, respondent.id));
    if (response?.status === "submitted") return { submitted: true as const, submittedAt: response.submittedAt! };
    assertOpen(respondent);
    const { values } = await answersOf(tx, respondent);
    const missing = missingRequired(respondent.definition, respondent.perspectiveKey, values);
    if (!response || missing.length > 0) {
      throw new AppError(
        "BAD_REQUEST",
        "Some required questions have no answer yet.",
        Object.fromEntries(missing.map((key) => [key, ["Please answer this question"]])),
      );
    }
    await tx.update(responses).set({ status: "submitted", submittedAt: now, updatedAt: now }).where(eq(responses.id, response.id));
    await tx
      .update(respondents)
      .set({ status: "completed", completedAt: now, declinedAt: null })
      .where(and(eq(respondents.id, respondent.id), inArray(respondents.status, ["invited", "sent", "opened", "started", "declined"])));
    return { submitted: true as const, submittedAt: now };
  });
}

/** "I'd rather not": no more reminders; answers given so far stay unsubmitted. After a submit it changes nothing
 * (status stays completed). Answering again afterwards makes the respondent started (save-answer.ts). */
export async function declineResponse({ db, actor, now = new Date() }: { db: Database; actor: RespondentActor; now?: Date }) {
  const respondent = await loadRespondent(db, actor);
  assertOpen(respondent);
  await db
    .update(respondents)
    .set({ status: "declined", declinedAt: now })
    .where(and(eq(respondents.id, respondent.id), inArray(respondents.status, ["invited", "sent", "opened", "started"])));
  return { declined: true as const };
}
