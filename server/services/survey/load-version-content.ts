import { asc, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { itemPerspectives, items, perspectives } from "@/db/schema";

/** A version's perspectives and items, each item with the perspectives it asks and their wordings. */
export async function loadVersionContent(db: Database, surveyVersionId: string) {
  const [perspectiveRows, itemRows] = await Promise.all([
    db.select().from(perspectives).where(eq(perspectives.surveyVersionId, surveyVersionId)).orderBy(asc(perspectives.position)),
    db.select().from(items).where(eq(items.surveyVersionId, surveyVersionId)).orderBy(asc(items.position)),
  ]);
  const wordingRows =
    itemRows.length === 0
      ? []
      : await db
          .select()
          .from(itemPerspectives)
          .where(
            inArray(
              itemPerspectives.itemId,
              itemRows.map((i) => i.id),
            ),
          );
  return {
    perspectives: perspectiveRows.map((p) => ({
      id: p.id,
      key: p.key,
      label: p.label,
      isPrimary: p.isPrimary,
      limitPerCircle: p.limitPerCircle,
      invitableByOrganisation: p.invitableByOrganisation,
      invitableByRespondent: p.invitableByRespondent,
    })),
    items: itemRows.map((item) => ({
      id: item.id,
      key: item.key,
      type: item.type,
      config: item.config,
      required: item.required,
      page: item.page,
      condition: item.condition,
      askedOf: wordingRows
        .filter((w) => w.itemId === item.id)
        .map((w) => ({ perspectiveId: w.perspectiveId, wording: w.wording })),
    })),
  };
}
