// An organisation's settings as the settings page shows them (admins), with its logo's address.
import { eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { organisationLogos, organisations } from "@/db/schema";
import type { Actor } from "@/server/trpc";

export const SETTINGS_COLUMNS = {
  name: organisations.name,
  defaultLanguage: organisations.defaultLanguage,
  defaultAnonymityThreshold: organisations.defaultAnonymityThreshold,
  contactText: organisations.contactText,
  privacyText: organisations.privacyText,
  retentionDays: organisations.retentionDays,
};

export async function getOrganisationSettings({ db, actor }: { db: Database; actor: Actor }) {
  const [row] = await db
    .select({ ...SETTINGS_COLUMNS, slug: organisations.slug, isDemo: organisations.isDemo, logoUpdatedAt: organisationLogos.updatedAt, logoType: organisationLogos.contentType })
    .from(organisations)
    .leftJoin(organisationLogos, eq(organisationLogos.organisationId, organisations.id))
    .where(eq(organisations.id, actor.organisationId));
  if (!row) throw new Error("actor's organisation vanished");
  const { logoUpdatedAt, logoType, ...settings } = row;
  return {
    ...settings,
    logo: logoUpdatedAt ? { url: logoUrl(actor.organisationId, logoUpdatedAt), contentType: logoType } : null,
  };
}

export function logoUrl(organisationId: string, updatedAt: Date): string {
  return `/settings/logo/${organisationId}?v=${updatedAt.getTime()}`;
}

