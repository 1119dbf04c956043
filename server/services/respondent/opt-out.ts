// "Stop these messages": the person is marked do-not-contact and, unless they already answered, opted out.
import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { respondentContacts, respondents, waves } from "@/db/schema";
import { hashToken, looksLikeToken } from "@/server/tokens";

export async function optOut({ db, token, now = new Date() }: { db: Database; token: string; now?: Date }): Promise<boolean> {
  if (!looksLikeToken(token)) return false;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: respondents.id, organisationId: respondents.organisationId, waveStatus: waves.status })
      .from(respondents)
      .innerJoin(waves, eq(waves.id, respondents.waveId))
      .where(eq(respondents.tokenHash, hashToken(token)));
    if (!row) return false;
    await tx
      .insert(respondentContacts)
      .values({ respondentId: row.id, organisationId: row.organisationId, doNotContact: true })
      .onConflictDoUpdate({ target: respondentContacts.respondentId, set: { doNotContact: true } });
    if (row.waveStatus !== "closed") {
      await tx
        .update(respondents)
        .set({ status: "opted_out", declinedAt: now })
        .where(and(eq(respondents.id, row.id), inArray(respondents.status, ["invited", "sent", "opened", "started"])));
    }
    return true;
  });
}
