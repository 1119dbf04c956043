// Publishing turns a definition into rows: perspectives, items and the wording each perspective reads.
// Answers and reports refer to these rows; the database freezes them once the version is published.
import type { Transaction } from "@/db/connect";
import { itemPerspectives, items, perspectives } from "@/db/schema";
import { itemConfigOf, type TSurveyDefinition } from "@/lib/survey/definition";
import { ZItemConfig } from "@/lib/survey/item";

export type VersionRowIds = { perspectiveIds: Map<string, string>; itemIds: Map<string, string> };

/** Writes the rows of a draft version; call only with a definition that passed validateForPublish. */
export async function writeVersionRows(
  tx: Transaction,
  surveyVersionId: string,
  definition: TSurveyDefinition,
): Promise<VersionRowIds> {
  const perspectiveIds = new Map(definition.perspectives.map((p) => [p.key, crypto.randomUUID()]));
  const itemIds = new Map(definition.items.map((i) => [i.key, crypto.randomUUID()]));

  await tx.insert(perspectives).values(
    definition.perspectives.map((p, position) => ({
      id: perspectiveIds.get(p.key)!,
      surveyVersionId,
      key: p.key,
      label: p.label,
      isPrimary: p.primary,
      position,
      limitPerCircle: p.limitPerCircle,
      invitableByOrganisation: p.invitableBy.organisation,
      invitableByRespondent: p.invitableBy.respondent,
    })),
  );
  if (definition.items.length === 0) return { perspectiveIds, itemIds };
  await tx.insert(items).values(
    definition.items.map((item, position) => {
      const config = ZItemConfig.parse(itemConfigOf(item));
      return {
        id: itemIds.get(item.key)!,
        surveyVersionId,
        key: item.key,
        type: config.type,
        config,
        required: item.required,
        position,
        page: item.page,
        condition: item.condition,
      };
    }),
  );
  const wordings = definition.items.flatMap((item) =>
    item.askedOf.map((perspectiveKey) => ({
      itemId: itemIds.get(item.key)!,
      perspectiveId: perspectiveIds.get(perspectiveKey)!,
      wording: item.wording[perspectiveKey] ?? {},
    })),
  );
  if (wordings.length > 0) await tx.insert(itemPerspectives).values(wordings);
  return { perspectiveIds, itemIds };
}
