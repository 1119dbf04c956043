import { and, desc, eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { surveyVersions, users, waves } from "@/db/schema";
import type { TSurveyDefinition } from "@/lib/survey/definition";
import type { Actor } from "@/server/trpc";
import { findSurvey } from "./find-survey";

/** A survey with its version history, the content of its newest version and its waves. */
export async function getSurvey({ db, actor, surveyId }: { db: Database; actor: Actor; surveyId: string }) {
  const survey = await findSurvey(db, actor, surveyId);
  const [versions, waveRows] = await Promise.all([
    db
      .select({
        id: surveyVersions.id,
        number: surveyVersions.number,
        status: surveyVersions.status,
        definition: surveyVersions.definition,
        publishedAt: surveyVersions.publishedAt,
        publishedBy: users.name,
        updatedAt: surveyVersions.updatedAt,
      })
      .from(surveyVersions)
      .leftJoin(users, eq(users.id, surveyVersions.publishedBy))
      .where(and(eq(surveyVersions.surveyId, survey.id), eq(surveyVersions.organisationId, actor.organisationId)))
      .orderBy(desc(surveyVersions.number)),
    db
      .select({ id: waves.id, name: waves.name, status: waves.status, opensAt: waves.opensAt, closesAt: waves.closesAt })
      .from(waves)
      .where(and(eq(waves.surveyId, survey.id), eq(waves.organisationId, actor.organisationId)))
      .orderBy(desc(waves.opensAt)),
  ]);
  const newest = versions[0];
  return {
    survey,
    versions: versions.map(({ definition, ...v }) => ({
      ...v,
      languages: definition.languages,
      defaultLanguage: definition.defaultLanguage,
    })),
    newest: newest
      ? {
          id: newest.id,
          number: newest.number,
          status: newest.status,
          languages: newest.definition.languages,
          defaultLanguage: newest.definition.defaultLanguage,
          ...contentOf(newest.definition),
        }
      : null,
    waves: waveRows,
  };
}

/** Perspectives and items as the survey page lists them (perspectives are identified by their keys). */
function contentOf(definition: TSurveyDefinition) {
  return {
    perspectives: definition.perspectives.map((p) => ({
      id: p.key,
      key: p.key,
      label: p.label,
      isPrimary: p.primary,
      limitPerCircle: p.limitPerCircle,
      invitableByOrganisation: p.invitableBy.organisation,
      invitableByRespondent: p.invitableBy.respondent,
    })),
    items: definition.items.map((item) => ({
      id: item.key,
      key: item.key,
      type: item.type,
      required: item.required,
      page: item.page,
      condition: item.condition,
      askedOf: item.askedOf.map((key) => ({ perspectiveId: key, wording: item.wording[key] ?? {} })),
    })),
  };
}
