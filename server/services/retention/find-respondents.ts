// Finding the person an erasure request is about: every respondent of the organisation with that email
// address or phone number (one person may have been asked in several waves).
import { and, desc, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { circles, perspectives, respondentContacts, respondents, waves } from "@/db/schema";
import { ZPhone } from "@/lib/circle/new-circle";
import type { Actor } from "@/server/trpc";

export async function findRespondents({ db, actor, query }: { db: Database; actor: Actor; query: string }) {
  const email = query.includes("@") ? query.trim().toLowerCase() : null;
  const phone = email ? null : ZPhone.safeParse(query);
  const match = email
    ? sql`lower(${respondentContacts.email}) = ${email}`
    : phone?.success
      ? eq(respondentContacts.phone, phone.data)
      : null;
  if (!match) return { respondents: [], understood: false };
  const rows = await db
    .select({
      respondentId: respondents.id,
      waveId: waves.id,
      waveName: waves.name,
      circleId: circles.id,
      externalRef: circles.externalRef,
      perspectiveLabel: perspectives.label,
      relationship: respondents.relationship,
      status: respondents.status,
      createdAt: respondents.createdAt,
      name: respondentContacts.name,
    })
    .from(respondentContacts)
    .innerJoin(respondents, eq(respondents.id, respondentContacts.respondentId))
    .innerJoin(waves, eq(waves.id, respondents.waveId))
    .innerJoin(circles, eq(circles.id, respondents.circleId))
    .innerJoin(perspectives, eq(perspectives.id, respondents.perspectiveId))
    .where(and(eq(respondentContacts.organisationId, actor.organisationId), match))
    .orderBy(desc(respondents.createdAt))
    .limit(100);
  return { respondents: rows, understood: true };
}
