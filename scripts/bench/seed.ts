// A published survey, an open wave and `count` circles, made through the services the app uses; returns
// each patient's link token with the rating items they may answer.
import type { Database } from "../../db/connect";
import { memberships, organisations, users } from "../../db/schema";
import { createCircle } from "../../server/services/circle/create-circle";
import { createFromTemplate } from "../../server/services/survey/import-survey";
import { getSurveyEditor } from "../../server/services/survey/get-survey-editor";
import { publishSurvey } from "../../server/services/survey/publish-survey";
import { openWave } from "../../server/services/wave/change-wave-status";
import { createWave } from "../../server/services/wave/create-wave";
import type { Actor } from "../../server/trpc";
import { ZWaveSettings } from "../../lib/wave/settings";

export async function seedBenchWave(db: Database, count: number) {
  const [org] = await db.insert(organisations).values({ name: "Bench Hospital", slug: `bench-${Date.now()}` }).returning();
  const [user] = await db.insert(users).values({ email: `bench-${Date.now()}@bench.circles.test`, name: "Bench Admin" }).returning();
  const [membership] = await db
    .insert(memberships)
    .values({ organisationId: org!.id, userId: user!.id, role: "admin" })
    .returning();
  const actor: Actor = { userId: user!.id, organisationId: org!.id, membershipId: membership!.id, role: "admin" };

  const { id: surveyId } = await createFromTemplate({ db, actor, template: "hospital-stay" });
  const editor = await getSurveyEditor({ db, actor, surveyId });
  await publishSurvey({ db, actor, surveyId, revision: editor.draft!.revision });
  const wave = await createWave({ db, actor, surveyId, settings: ZWaveSettings.parse({ name: "Bench" }) });
  await openWave({ db, actor, waveId: wave.id });

  const itemKeys = editor
    .draft!.definition.items.filter((i) => i.type === "rating5" && i.askedOf.includes("patient") && !i.condition)
    .map((i) => i.key);
  const tokens: { token: string; itemKeys: string[] }[] = [];
  for (let i = 0; i < count; i++) {
    const { respondents } = await createCircle({
      db,
      actor,
      waveId: wave.id,
      circle: { respondents: [{ perspectiveKey: "patient" }] },
    });
    tokens.push({ token: respondents[0]!.token, itemKeys });
  }
  return { surveyName: editor.draft!.definition.name, respondents: tokens };
}
