// What the respondent's welcome page says: who is asking (with the organisation's logo, if it has one),
// about what, and what happens to the answers.
import { eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { organisationLogos, organisations, perspectives, respondents, surveyVersions, waves } from "@/db/schema";
import { logoUrl } from "@/server/services/organisation/get-settings";
import { hashToken, looksLikeToken } from "@/server/tokens";

export async function getWelcome({ db, token }: { db: Database; token: string | null }) {
  if (!token || !looksLikeToken(token)) return null;
  const [row] = await db
    .select({
      status: respondents.status,
      language: respondents.language,
      organisation: organisations.name,
      contactText: organisations.contactText,
      privacyText: organisations.privacyText,
      waveStatus: waves.status,
      anonymityMode: waves.anonymityMode,
      allowCompanionInvites: waves.allowCompanionInvites,
      definition: surveyVersions.definition,
      perspectiveKey: perspectives.key,
      perspectiveLabel: perspectives.label,
      organisationId: organisations.id,
      logoUpdatedAt: organisationLogos.updatedAt,
    })
    .from(respondents)
    .innerJoin(waves, eq(waves.id, respondents.waveId))
    .innerJoin(organisations, eq(organisations.id, respondents.organisationId))
    .innerJoin(surveyVersions, eq(surveyVersions.id, waves.surveyVersionId))
    .innerJoin(perspectives, eq(perspectives.id, respondents.perspectiveId))
    .leftJoin(organisationLogos, eq(organisationLogos.organisationId, organisations.id))
    .where(eq(respondents.tokenHash, hashToken(token)))
    .limit(1);
  if (!row) return null;
  const { organisationId, logoUpdatedAt, ...welcome } = row;
  return { ...welcome, logoUrl: logoUpdatedAt ? logoUrl(organisationId, logoUpdatedAt) : null };
}
