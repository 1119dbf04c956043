// Whether this installation still needs its first organisation (a real deployment before anyone set it up).
import type { Database } from "@/db/connect";
import { organisations } from "@/db/schema";

export async function isSetupOpen(db: Database): Promise<boolean> {
  const any = await db.select({ id: organisations.id }).from(organisations).limit(1);
  return any.length === 0;
}
