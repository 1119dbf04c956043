import { eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { organisations } from "@/db/schema";

/** True when the demo organisation is present: the sign-in page then shows the demo accounts. */
export async function hasDemoOrganisation(db: Database): Promise<boolean> {
  const rows = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.isDemo, true)).limit(1);
  return rows.length > 0;
}
