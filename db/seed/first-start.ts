// On the embedded default, a newcomer's first start gets the demo organisation (only on an empty database).
import type { Database } from "../connect";
import { organisations } from "../schema";
import { seedDemo, type DemoSummary } from "./demo";

export async function seedDemoIfEmpty(db: Database): Promise<DemoSummary | null> {
  const any = await db.select({ id: organisations.id }).from(organisations).limit(1);
  if (any.length > 0) return null;
  return seedDemo(db);
}
