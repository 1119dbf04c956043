// Seed surveys as data: perspectives, items with a wording per perspective, and the "story" the
// generated answers tell for each item. insertSurvey writes one as a published version 1.
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Transaction } from "@/db/connect";
import { items, itemPerspectives, perspectives, surveys, surveyVersions } from "@/db/schema";
import { ZItemConfig, ZCondition, type TCondition, type TItemConfig } from "@/lib/survey/item";
import { ZLocalizedText, type TLanguage, type TLocalizedText } from "@/lib/survey/language";

export type SeedPerspective = {
  key: string;
  label: TLocalizedText;
  isPrimary: boolean;
  limitPerCircle: number;
  invitableByOrganisation: boolean;
  invitableByRespondent: boolean;
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

/** Checks a definition the way the survey builder would, before anything is written. */
function validate(def: SeedSurvey): InsertedItem[] {
  const perspectiveKeys = new Set(def.perspectives.map((p) => p.key));
  if (def.perspectives.filter((p) => p.isPrimary).length !== 1) {
    throw new Error(`seed survey ${def.name}: exactly one primary perspective`);
  }
  const seen = new Set<string>();
  return def.items.map((item, index) => {
    if (item.condition) {
      ZCondition.parse(item.condition);
      if (!seen.has(item.condition.itemKey)) {
        throw new Error(`seed item ${item.key}: its condition refers to a later or unknown item`);
      }
    }
    seen.add(item.key);
    for (const [key, wording] of Object.entries(item.wordings)) {
      if (!perspectiveKeys.has(key)) throw new Error(`seed item ${item.key}: unknown perspective ${key}`);
      ZLocalizedText.parse(wording);
      for (const language of def.languages) {
        if (!wording[language]) throw new Error(`seed item ${item.key}: no ${language} wording for ${key}`);
      }
    }
    return { ...item, id: crypto.randomUUID(), config: ZItemConfig.parse(item.config), position: index + 1 };
  });
}

/**
 * Writes the survey as version 1 and publishes it. The database freezes a published version,
 * so everything is inserted while it is a draft and the status changes last.
 */
export async function insertSurvey(
  tx: Transaction,
  def: SeedSurvey,
  ctx: { organisationId: string; createdBy: string; createdAt: Date; publishedAt: Date },
): Promise<InsertedSurvey> {
  const checkedItems = validate(def);
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
    defaultLanguage: def.defaultLanguage,
    languages: def.languages,
    intro: def.intro,
    createdAt: ctx.createdAt,
    updatedAt: ctx.createdAt,
  });

  const inserted: InsertedPerspective[] = def.perspectives.map((p) => ({ ...p, id: crypto.randomUUID() }));
  await tx.insert(perspectives).values(
    inserted.map((p, index) => ({
      id: p.id,
      surveyVersionId: versionId,
      key: p.key,
      label: ZLocalizedText.parse(p.label),
      isPrimary: p.isPrimary,
      position: index + 1,
      limitPerCircle: p.limitPerCircle,
      invitableByOrganisation: p.invitableByOrganisation,
      invitableByRespondent: p.invitableByRespondent,
    })),
  );
  await tx.insert(items).values(
    checkedItems.map((item) => ({
      id: item.id,
      surveyVersionId: versionId,
      key: item.key,
      type: item.config.type,
      config: item.config,
      required: item.required,
      position: item.position,
      page: item.page,
      condition: item.condition ?? null,
    })),
  );
  const perspectiveId = new Map(inserted.map((p) => [p.key, p.id]));
  await tx.insert(itemPerspectives).values(
    checkedItems.flatMap((item) =>
      Object.entries(item.wordings).map(([key, wording]) => ({
        itemId: item.id,
        perspectiveId: perspectiveId.get(key) as string,
        wording,
      })),
    ),
  );

  await tx
    .update(surveyVersions)
    .set({ status: "published", publishedAt: ctx.publishedAt, publishedBy: ctx.createdBy, updatedAt: ctx.publishedAt })
    .where(eq(surveyVersions.id, versionId));

  return { surveyId, versionId, perspectives: inserted, items: checkedItems };
}
