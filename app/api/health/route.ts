import { getDatabase } from "@/db/client";
import { env } from "@/lib/env.mjs";
import { healthResponse } from "@/server/health";

export const dynamic = "force-dynamic";

/** 200 `{"status":"ok","database":"embedded"|"postgres"}`, or 503 when the database does not answer. */
export function GET() {
  return healthResponse(env.DATABASE_URL ? "postgres" : "embedded", getDatabase);
}
