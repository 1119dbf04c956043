import { eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { surveyVersions, waves } from "@/db/schema";
import { SETTINGS_FROZEN_WHEN_OPEN, type TWaveSettings } from "@/lib/wave/settings";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { Actor } from "@/server/trpc";
import { findWave } from "./find-wave";
import { checkSettingsAgainstSurvey } from "./wave-settings-check";

/** Changes a wave's settings: all of them while it is a draft; once open, not what was fixed at launch. */
export async function updateWave({
  db,
  actor,
  waveId,
  settings,
}: {
  db: Database;
  actor: Actor;
  waveId: string;
  settings: TWaveSettings;
}) {
  return db.transaction(async (tx) => {
    const wave = await findWave(tx, actor, waveId, true);
    // An open wave has opened: when is history, not a setting.
    if (wave.status === "open") settings = { ...settings, opensAt: wave.opensAt };
    if (wave.status === "closed") throw new AppError("PRECONDITION_FAILED", "This wave is closed: nothing about it can change.");
    if (wave.status === "open") {
      const changed = SETTINGS_FROZEN_WHEN_OPEN.filter(
        (key) => JSON.stringify(settings[key]) !== JSON.stringify(wave[key]),
      );
      if (changed.length > 0) {
        throw new AppError(
          "PRECONDITION_FAILED",
          `These were fixed when the wave opened and cannot change: ${changed.join(", ")}.`,
          Object.fromEntries(changed.map((key) => [key, ["fixed when the wave opened"]])),
        );
      }
    }
    const [version] = await tx.select().from(surveyVersions).where(eq(surveyVersions.id, wave.surveyVersionId));
    checkSettingsAgainstSurvey(settings, version!.definition);
    const before = Object.fromEntries(Object.keys(settings).map((k) => [k, wave[k as keyof TWaveSettings]]));
    const [updated] = await tx.update(waves).set(settings).where(eq(waves.id, wave.id)).returning();
    await recordAudit(tx, actor, { action: "wave.update", entityType: "wave", entityId: wave.id, before, after: settings });
    return { id: updated!.id, name: updated!.name, status: updated!.status };
  });
}
