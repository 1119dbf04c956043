// A published version's definition and item ids, kept in memory: published versions never change (the
// database refuses it), so hot paths like saving an answer need not read them again.
import { and, eq } from "drizzle-orm";
import type { Database, Transaction } from "@/db/connect";
import { items, surveyVersions } from "@/db/schema";
import type { TSurveyDefinition } from "@/lib/survey/definition";

type PublishedVersion = { definition: TSurveyDefinition; itemIds: Map<string, string> };

const MAX_ENTRIES = 500;
const cache = new Map<string, Promise<PublishedVersion>>();

export function publishedVersion(db: Database | Transaction, surveyVersionId: string): Promise<PublishedVersion> {
  let entry = cache.get(surveyVersionId);
  if (!entry) {
    entry = load(db, surveyVersionId);
    cache.set(surveyVersionId, entry);
    entry.catch(() => cache.delete(surveyVersionId));
    if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  }
  return entry;
}

async function load(db: Database | Transaction, surveyVersionId: string): Promise<PublishedVersion> {
  const [version] = await db
    .select({ definition: surveyVersions.definition })
    .from(surveyVersions)
    .where(and(eq(surveyVersions.id, surveyVersionId), eq(surveyVersions.status, "published")));
  if (!version) throw new Error(`survey version ${surveyVersionId} is not published`);
  const rows = await db.select({ id: items.id, key: items.key }).from(items).where(eq(items.surveyVersionId, surveyVersionId));
  return { definition: version.definition, itemIds: new Map(rows.map((r) => [r.key, r.id])) };
}
