// Seed surveys as data: perspectives, items with a wording per perspective, and the "story" the
// generated answers tell for each item. insertSurvey writes one as a published version 1.
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Transaction } from "@/db/connect";
import { surveys, surveyVersions } from "@/db/schema";
import { SURVEY_FORMAT, ZSurveyDefinition, type TSurveyDefinition } from "@/lib/survey/definition";
import { ZItemConfig, type TCondition, type TItemConfig } from "@/lib/survey/item";
import type { TLanguage, TLocalizedText } from "@/lib/survey/languages";
import { validateForPublish } from "@/lib/survey/validate";
import { writeVersionRows } from "@/server/services/survey/write-version-rows";

export type SeedPerspective = {
  key: string;
  label: TLocalizedText;
  isPrimary: boolean;
  limitPerCircle: number;
  invitableByOrganisation: boolean;
  invitableByRespondent: boolean;
  /** Speaks for the organisation (staff): see ZPerspectiveDefinition.provider. */
  provider?: boolean;
};

/**
 * How the generator answers an item. Scores are on the report's 0–100 scale before they are
 * mapped to the item's own scale; `bias` is added per perspective key (the gaps reports find).
 */
export type ItemStory =
  /** Ratings and yes/no; single choice maps the score onto `ladder`, its choice values from worst to best. */
  | {
      kind: "score";
      mean: number;
      bias?: Record<string, number>;
      ladder?: string[];
      /** A choice outside the ladder ("I never needed help"), picked with probability `rate`. */
      optOut?: { value: string; rate: number };
    }
  /** Multiple choice: the lower the score, the more concerns ticked; `none` when there are none. */
  | { kind: "concerns"; mean: number; bias?: Record<string, number>; none: string }
  /** A fact of the circle (yes/no); companions report it correctly with probability `accuracy`. */
  | { kind: "fact"; rate: number; accuracy: number }
  /** Free text from the comment pools, left by `rate` of those who complete. */
  | { kind: "comment"; rate: number };

export type SeedItem = {
  key: string;
  config: z.input<typeof ZItemConfig>;
  required: boolean;
  page: number;
  condition?: TCondition;
  /** Perspective key → wording per language. The perspectives listed are the ones asked. */
  wordings: Record<string, TLocalizedText>;
  story: ItemStory;
};

export type SeedSurvey = {
  name: string;
  description: string;
  languages: TLanguage[];
  defaultLanguage: TLanguage;
  intro: TLocalizedText;
  perspectives: SeedPerspective[];
  items: SeedItem[];
};

export type InsertedPerspective = SeedPerspective & { id: string };
export type InsertedItem = Omit<SeedItem, "config"> & { id: string; config: TItemConfig; position: number };

export type InsertedSurvey = {
  surveyId: string;
  versionId: string;
  perspectives: InsertedPerspective[];
  /** In position order. */
  items: InsertedItem[];
};

/** The seed survey in the builder's format, checked the way publishing checks it. */
export function toDefinition(def: SeedSurvey): TSurveyDefinition {
  const definition = ZSurveyDefinition.parse({
    format: SURVEY_FORMAT,
    name: def.name,
    description: def.description,
    defaultLanguage: def.defaultLanguage,
    languages: def.languages,
    intro: def.intro,
    perspectives: def.perspectives.map((p) => ({
      key: p.key,
      label: p.label,
      primary: p.isPrimary,
      limitPerCircle: p.limitPerCircle,
      invitableBy: { organisation: p.invitableByOrganisation, respondent: p.invitableByRespondent },
      provider: p.provider ?? false,
    })),
    items: def.items.map((item) => ({
      ...item.config,
      key: item.key,
      required: item.required,
      page: item.page,
      condition: item.condition ?? null,
      askedOf: Object.keys(item.wordings),
      wording: item.wordings,
    })),
  });
  const issues = validateForPublish(definition);
  if (issues.length > 0) throw new Error(`seed survey ${def.name}: ${JSON.stringify(issues)}`);
  return definition;
}

/**
 * Writes the survey as version 1 and publishes it, through the same code as the builder's publish:
 * the database freezes a published version, so its rows are written while it is a draft.
 */
export async function insertSurvey(
  tx: Transaction,
  def: SeedSurvey,
  ctx: { organisationId: string; createdBy: string; createdAt: Date; publishedAt: Date },
): Promise<InsertedSurvey> {
  const definition = toDefinition(def);
  const surveyId = crypto.randomUUID();
  const versionId = crypto.randomUUID();

  await tx.insert(surveys).values({
    id: surveyId,
    organisationId: ctx.organisationId,
    name: def.name,
    description: def.description,
    createdBy: ctx.createdBy,
    createdAt: ctx.createdAt,
  });
  await tx.insert(surveyVersions).values({
    id: versionId,
    organisationId: ctx.organisationId,
    surveyId,
    number: 1,
    status: "draft",
    definition,
    createdAt: ctx.createdAt,
    updatedAt: ctx.createdAt,
    updatedBy: ctx.createdBy,
  });
  const { perspectiveIds, itemIds } = await writeVersionRows(tx, versionId, definition);
  await tx
    .update(surveyVersions)
    .set({ status: "published", publishedAt: ctx.publishedAt, publishedBy: ctx.createdBy, updatedAt: ctx.publishedAt })
    .where(eq(surveyVersions.id, versionId));

  return {
    surveyId,
    versionId,
    perspectives: def.perspectives.map((p) => ({ ...p, id: perspectiveIds.get(p.key)! })),
    items: def.items.map((item, index) => ({
      ...item,
      id: itemIds.get(item.key)!,
      config: ZItemConfig.parse(item.config),
      position: index,
    })),
  };
}
