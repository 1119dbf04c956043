// What every report query of one wave shares: the wave (checked against the actor's organisation),
// its survey version's perspectives and items, and the SQL for "the answers counted, under these filters".
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { items, perspectives, surveys, surveyVersions, waves } from "@/db/schema";
import type { TItemConfig, TItemType } from "@/lib/survey/item";
import type { TLocalizedText } from "@/lib/survey/languages";
import { activeDimensions, type TDimension, type TReportFilters } from "@/lib/report/filters";
import { notFound } from "@/server/errors";
import type { Actor } from "@/server/trpc";

export type TScopePerspective = {
  id: string;
  key: string;
  label: TLocalizedText;
  isPrimary: boolean;
  /** Speaks for the organisation (staff), not for the people it serves. */
  provider: boolean;
  position: number;
};

export type TScopeItem = {
  id: string;
  key: string;
  type: TItemType;
  config: TItemConfig;
  position: number;
  /** The perspectives asked this item, in perspective order, with their wording. */
  askedOf: { perspectiveId: string; wording: TLocalizedText }[];
};

export type TReportScope = Awaited<ReturnType<typeof loadReportScope>>;

export async function loadReportScope({ db, actor, waveId }: { db: Database; actor: Actor; waveId: string }) {
  const [wave] = await db
    .select({
      id: waves.id,
      name: waves.name,
      status: waves.status,
      opensAt: waves.opensAt,
      closesAt: waves.closesAt,
      timezone: waves.timezone,
      anonymityMode: waves.anonymityMode,
      k: waves.anonymityThreshold,
      surveyId: waves.surveyId,
      surveyName: surveys.name,
      surveyVersionId: waves.surveyVersionId,
      versionNumber: surveyVersions.number,
      definition: surveyVersions.definition,
    })
    .from(waves)
    .innerJoin(surveys, eq(surveys.id, waves.surveyId))
    .innerJoin(surveyVersions, eq(surveyVersions.id, waves.surveyVersionId))
    .where(and(eq(waves.id, waveId), eq(waves.organisationId, actor.organisationId)));
  if (!wave) throw notFound("Wave");
  const { definition, ...waveFields } = wave;

  const providerKeys = new Set(definition.perspectives.filter((p) => p.provider).map((p) => p.key));
  const perspectiveRows = await db
    .select()
    .from(perspectives)
    .where(eq(perspectives.surveyVersionId, wave.surveyVersionId))
    .orderBy(asc(perspectives.position));
  const scopePerspectives: TScopePerspective[] = perspectiveRows.map((p) => ({
    id: p.id,
    key: p.key,
    label: p.label,
    isPrimary: p.isPrimary,
    provider: providerKeys.has(p.key),
    position: p.position,
  }));
  const position = new Map(scopePerspectives.map((p) => [p.id, p.position]));

  const itemRows = await db
    .select({
      id: items.id,
      key: items.key,
      type: items.type,
      config: items.config,
      position: items.position,
      perspectiveId: sql<string | null>`ip.perspective_id`,
      wording: sql<TLocalizedText | null>`ip.wording`,
    })
    .from(items)
    .leftJoin(sql`item_perspectives ip`, sql`ip.item_id = ${items.id}`)
    .where(eq(items.surveyVersionId, wave.surveyVersionId))
    .orderBy(asc(items.position));
  const byId = new Map<string, TScopeItem>();
  for (const row of itemRows) {
    let item = byId.get(row.id);
    if (!item) {
      item = { id: row.id, key: row.key, type: row.type, config: row.config, position: row.position, askedOf: [] };
      byId.set(row.id, item);
    }
    if (row.perspectiveId) item.askedOf.push({ perspectiveId: row.perspectiveId, wording: row.wording ?? {} });
  }
  const scopeItems = [...byId.values()];
  for (const item of scopeItems) item.askedOf.sort((a, b) => position.get(a.perspectiveId)! - position.get(b.perspectiveId)!);

  return {
    wave: waveFields,
    organisationId: actor.organisationId,
    defaultLanguage: definition.defaultLanguage,
    perspectives: scopePerspectives,
    items: scopeItems,
  };
}

/**
 * The SQL of one dimension's value for a circle `c` (its primary's "who answered" through `pr`).
 * The month is the experience date's, or the day the circle was made in the wave's time zone.
 */
export function dimensionSql(dimension: TDimension, timezone: string): SQL {
  switch (dimension) {
    case "site":
      return sql`c.site`;
    case "unit":
      return sql`c.unit`;
    case "month":
      return sql`to_char(coalesce(c.experience_date, (c.created_at at time zone ${timezone})::date), 'YYYY-MM')`;
    case "answeredBy":
      return sql`pr.answered_by`;
  }
}

/** `and …` conditions for the filters in use, leaving out `except` (for that dimension's own counts). */
export function filterSql(filters: TReportFilters, timezone: string, except?: TDimension): SQL {
  const parts = activeDimensions(filters)
    .filter((d) => d !== except)
    .map((d) => sql` and ${dimensionSql(d, timezone)} = ${filters[d]}`);
  return sql.join(parts, sql``);
}

/** The primary of each circle, for "who answered" (joined only when that dimension is used). */
function primaryJoinSql(filters: TReportFilters, dimension?: TDimension): SQL {
  const needed = filters.answeredBy !== null || dimension === "answeredBy";
  return needed ? sql`left join respondents pr on pr.circle_id = c.id and pr.is_primary` : sql``;
}

/**
 * `from … where …` of the answers counted in a wave's report: those of completed respondents, in the
 * actor's organisation and the wave. Callers add `filterSql` and their own conditions.
 */
export function countedAnswersSql(scope: TReportScope, filters: TReportFilters, dimension?: TDimension): SQL {
  return sql`
    from answers a
    join respondents p on p.id = a.respondent_id and p.status = 'completed'
    join circles c on c.id = p.circle_id
    ${primaryJoinSql(filters, dimension)}
    where a.wave_id = ${scope.wave.id} and a.organisation_id = ${scope.organisationId}`;
}
