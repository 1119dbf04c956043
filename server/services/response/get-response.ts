import type { Database } from "@/db/connect";
import type { RespondentActor } from "@/server/trpc";
import { answersOf, assertOpen, loadRespondent, responseOf } from "./load-respondent";

/** Everything the respondent's phone needs to show the survey and resume where they stopped. */
export async function getResponse({ db, actor }: { db: Database; actor: RespondentActor }) {
  const respondent = await loadRespondent(db, actor);
  // A closed wave's link reads as closed: no questions, no answers (PRECONDITION_FAILED, CLOSED_MESSAGE).
  assertOpen(respondent);
  const [{ values, sequence }, response] = await Promise.all([answersOf(db, respondent), responseOf(db, respondent.id)]);
  return {
    definition: respondent.definition,
    perspectiveKey: respondent.perspectiveKey,
    language: respondent.language,
    isPrimary: respondent.isPrimary,
    answeredBy: respondent.answeredBy,
    status: respondent.status,
    waveOpen: respondent.waveStatus === "open",
    submitted: response?.status === "submitted",
    answers: values,
    sequence,
  };
}
