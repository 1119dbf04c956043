import { and, asc, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { surveys } from "@/db/schema";
import type { Actor } from "@/server/trpc";

export async function listSurveys({ db, actor }: { db: Database; actor: Actor }) {
  return db
    .select({ id: surveys.id, name: surveys.name, description: surveys.description, createdAt: surveys.createdAt })
    .from(surveys)
    .where(and(eq(surveys.organisationId, actor.organisationId), isNull(surveys.archivedAt)))
    .orderBy(asc(surveys.name));
}
