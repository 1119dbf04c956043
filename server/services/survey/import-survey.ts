import type { Database } from "@/db/connect";
import { parseSurveyDefinition } from "@/lib/survey/import";
import { SURVEY_TEMPLATES } from "@/lib/survey/templates";
import { AppError, notFound } from "@/server/errors";
import type { Actor } from "@/server/trpc";
import { insertSurveyWithDraft } from "./create-survey";

/** Imports a definition as a new survey's draft — all of it, or nothing with the list of what is wrong. */
export async function importSurvey({ db, actor, definition }: { db: Database; actor: Actor; definition: unknown }) {
  const parsed = parseSurveyDefinition(definition, { requirePublishable: true });
  if (!parsed.ok) {
    const fieldErrors: Record<string, string[]> = {};
    for (const error of parsed.errors) (fieldErrors[error.path || "(file)"] ??= []).push(error.message);
    const n = parsed.errors.length;
    throw new AppError("BAD_REQUEST", `This is not a survey Circles can import: ${n} ${n === 1 ? "problem" : "problems"}.`, fieldErrors);
  }
  return db.transaction((tx) => insertSurveyWithDraft(tx, actor, parsed.definition, "survey.import"));
}

export function listTemplates() {
  return SURVEY_TEMPLATES.map(({ key, name, description }) => ({ key, name, description }));
}

export async function createFromTemplate({ db, actor, template }: { db: Database; actor: Actor; template: string }) {
  const found = SURVEY_TEMPLATES.find((t) => t.key === template);
  if (!found) throw notFound("Template");
  const parsed = parseSurveyDefinition(found.definition, { requirePublishable: true });
  if (!parsed.ok) throw new Error(`template ${template} is invalid: ${JSON.stringify(parsed.errors)}`);
  return db.transaction((tx) =>
    insertSurveyWithDraft(tx, actor, parsed.definition, "survey.createFromTemplate", { template }),
  );
}
