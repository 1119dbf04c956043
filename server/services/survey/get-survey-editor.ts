import { eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { users } from "@/db/schema";
import { validateForPublish } from "@/lib/survey/validate";
import type { Actor } from "@/server/trpc";
import { findSurvey, findVersion } from "./find-survey";

/** What the builder opens: the draft with what still blocks publishing, and the newest published version. */
export async function getSurveyEditor({ db, actor, surveyId }: { db: Database; actor: Actor; surveyId: string }) {
  const survey = await findSurvey(db, actor, surveyId);
  const [draft, published] = await Promise.all([
    findVersion(db, actor, surveyId, { status: "draft" }),
    findVersion(db, actor, surveyId, { status: "published" }),
  ]);
  const updatedBy = draft?.updatedBy
    ? ((await db.select({ name: users.name }).from(users).where(eq(users.id, draft.updatedBy)))[0]?.name ?? null)
    : null;
  return {
    survey: { id: survey.id, name: survey.name },
    draft: draft
      ? {
          versionId: draft.id,
          number: draft.number,
          revision: draft.revision,
          updatedAt: draft.updatedAt,
          updatedBy,
          definition: draft.definition,
          issues: validateForPublish(draft.definition),
        }
      : null,
    published: published?.publishedAt ? { number: published.number, publishedAt: published.publishedAt } : null,
  };
}
