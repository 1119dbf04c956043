// A respondent opening their personal link: which page they get, and "opened" recorded the first time.
import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { respondents, waves } from "@/db/schema";
import { hashToken, looksLikeToken } from "@/server/tokens";

export type LinkOutcome = "welcome" | "invalid" | "closed" | "submitted";

/** Unknown, revoked and malformed links are one and the same "invalid": nothing hints which. */
export async function enterWithLink({ db, token, now = new Date() }: { db: Database; token: string; now?: Date }): Promise<LinkOutcome> {
  if (!looksLikeToken(token)) return "invalid";
  const [row] = await db
    .select({ id: respondents.id, status: respondents.status, waveStatus: waves.status })
    .from(respondents)
    .innerJoin(waves, eq(waves.id, respondents.waveId))
    .where(eq(respondents.tokenHash, hashToken(token)))
    .limit(1);
  if (!row) return "invalid";
  if (row.waveStatus === "closed") return "closed";
  if (row.waveStatus !== "open") return "invalid";
  if (row.status === "completed") return "submitted";
  await db
    .update(respondents)
    .set({ status: "opened", openedAt: now })
    .where(and(eq(respondents.id, row.id), inArray(respondents.status, ["invited", "sent"])));
  return "welcome";
}
