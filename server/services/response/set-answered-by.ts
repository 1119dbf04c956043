import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { respondents } from "@/db/schema";
import { AppError } from "@/server/errors";
import type { RespondentActor } from "@/server/trpc";
import type { TAnsweredBy } from "@/lib/respondent/answered-by";
import { CLOSED_MESSAGE } from "./save-answer";


/** For the primary: who filled it in (myself, myself with help, someone on my behalf) — a report filter. */
export async function setAnsweredBy({
  db,
  actor,
  answeredBy,
}: {
  db: Database;
  actor: RespondentActor;
  answeredBy: TAnsweredBy;
}) {
  if (actor.waveStatus !== "open") throw new AppError("PRECONDITION_FAILED", CLOSED_MESSAGE);
  const [updated] = await db
    .update(respondents)
    .set({ answeredBy })
    .where(and(eq(respondents.id, actor.respondentId), eq(respondents.isPrimary, true)))
    .returning({ id: respondents.id });
  if (!updated) throw new AppError("BAD_REQUEST", "Only the person at the centre of the survey is asked who is answering.");
  return { answeredBy };
}
