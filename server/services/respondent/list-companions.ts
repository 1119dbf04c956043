// The thanks screen's "Who else was with you?": whether this respondent may invite anyone now, whom
// (perspectives and how many are left), and the companions they already invited, each with their link
// again (recovered from its sealed copy) so a reload or another device shows the same QR codes.
import { and, asc, eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { perspectives, respondentContacts, respondents } from "@/db/schema";
import { COMPANION_RELATIONSHIPS, type TCompanionRelationship } from "@/lib/respondent/companions";
import type { TLocalizedText } from "@/lib/survey/languages";
import { recoverLink } from "@/server/respondent-links";
import type { RespondentActor } from "@/server/trpc";
import { companionContext } from "./companion-rules";

export async function listCompanions({ db, actor }: { db: Database; actor: RespondentActor }) {
  const { inviter, invitable, waveRemaining, block, contactChannels } = await companionContext(db, actor);
  const rows = await db
    .select({
      id: respondents.id,
      status: respondents.status,
      relationship: respondents.relationship,
      tokenHash: respondents.tokenHash,
      tokenSealed: respondents.tokenSealed,
      perspectiveKey: perspectives.key,
      perspectiveLabel: perspectives.label,
      name: respondentContacts.name,
      email: respondentContacts.email,
      phone: respondentContacts.phone,
      erasedAt: respondentContacts.erasedAt,
    })
    .from(respondents)
    .innerJoin(perspectives, eq(perspectives.id, respondents.perspectiveId))
    .leftJoin(respondentContacts, eq(respondentContacts.respondentId, respondents.id))
    .where(
      and(
        eq(respondents.invitedByRespondentId, actor.respondentId),
        eq(respondents.circleId, actor.circleId),
        eq(respondents.organisationId, actor.organisationId),
      ),
    )
    .orderBy(asc(respondents.createdAt), asc(respondents.id));

  return {
    /** Why no one can be invited now, or null when the form can be shown. */
    block: block ?? (waveRemaining === 0 || invitable.every((p) => p.remaining === 0) ? ("full" as const) : null),
    isPrimary: inviter.isPrimary,
    remaining: Math.min(waveRemaining, invitable.reduce((sum, p) => sum + p.remaining, 0)),
    perspectives: invitable.filter((p) => p.remaining > 0).map(({ key, label, remaining }) => ({ key, label, remaining })),
    contactChannels,
    companions: rows.map((row) => {
      const open = inviter.waveStatus === "open" && !["completed", "declined", "opted_out", "expired"].includes(row.status);
      const erased = row.erasedAt !== null;
      return {
        id: row.id,
        perspectiveKey: row.perspectiveKey,
        perspectiveLabel: row.perspectiveLabel as TLocalizedText,
        relationship: COMPANION_RELATIONSHIPS.includes(row.relationship as TCompanionRelationship)
          ? (row.relationship as TCompanionRelationship)
          : null,
        name: erased ? null : row.name,
        /** How the invitation goes out besides the QR code and the share sheet, when a contact was given. */
        sentBy: erased ? null : row.email && contactChannels.includes("email") ? ("email" as const) : row.phone && contactChannels.includes("sms") ? ("sms" as const) : null,
        answered: row.status === "completed",
        /** Their link while they can still use it; null once answered, declined, revoked or closed. */
        token: open ? recoverLink(row) : null,
      };
    }),
  };
}
