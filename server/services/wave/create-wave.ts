import type { Database } from "@/db/connect";
import { waves } from "@/db/schema";
import type { TWaveSettings } from "@/lib/wave/settings";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { findSurvey, findVersion } from "@/server/services/survey/find-survey";
import type { Actor } from "@/server/trpc";
import { checkSettingsAgainstSurvey } from "./wave-settings-check";

/** A draft wave of a published survey version (the newest, unless a version number is given). */
export async function createWave({
  db,
  actor,
  surveyId,
  version,
  settings,
}: {
  db: Database;
  actor: Actor;
  surveyId: string;
  version?: number;
  settings: TWaveSettings;
}) {
  return db.transaction(async (tx) => {
    await findSurvey(tx, actor, surveyId);
    const row = await findVersion(tx, actor, surveyId, { number: version, status: "published" });
    if (!row) {
      throw new AppError("PRECONDITION_FAILED", "Publish the survey before creating a wave: a wave sends a published version.");
    }
    checkSettingsAgainstSurvey(settings, row.definition);
    const [wave] = await tx
      .insert(waves)
      .values({
        organisationId: actor.organisationId,
        surveyId,
        surveyVersionId: row.id,
        createdBy: actor.userId,
        ...settings,
      })
      .returning({ id: waves.id, name: waves.name, status: waves.status });
    await recordAudit(tx, actor, {
      action: "wave.create",
      entityType: "wave",
      entityId: wave!.id,
      after: { surveyId, version: row.number, ...settings },
    });
    return wave!;
  });
}
