// Admins change the organisation's settings; only what changed is written, and audited with before/after.
import { eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { organisations } from "@/db/schema";
import type { TOrganisationSettings } from "@/lib/organisation/settings";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { Actor } from "@/server/trpc";
import { SETTINGS_COLUMNS as columns } from "./get-settings";

export async function updateOrganisationSettings({ db, actor, settings }: { db: Database; actor: Actor; settings: TOrganisationSettings }) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select(columns).from(organisations).where(eq(organisations.id, actor.organisationId)).for("no key update");
    if (!before) throw new Error("actor's organisation vanished");
    const changed = Object.fromEntries(
      (Object.keys(columns) as (keyof typeof columns)[])
        .filter((key) => before[key] !== settings[key])
        .map((key) => [key, settings[key]]),
    ) as Partial<TOrganisationSettings>;
    if (Object.keys(changed).length === 0) return { changed: [] as string[] };
    await tx.update(organisations).set(changed).where(eq(organisations.id, actor.organisationId));
    await recordAudit(tx, actor, {
      action: "organisation.updateSettings",
      entityType: "organisation",
      entityId: actor.organisationId,
      before: Object.fromEntries(Object.keys(changed).map((key) => [key, before[key as keyof typeof columns]])),
      after: changed,
    });
    return { changed: Object.keys(changed) };
  });
}
