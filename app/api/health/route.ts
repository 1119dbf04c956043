import { getDatabase } from "@/db/client";
import { env } from "@/lib/env.mjs";
import { logger } from "@/server/logger";

export const dynamic = "force-dynamic";

/** 200 `{"status":"ok","database":"embedded"|"postgres"}`, or 503 when the database does not answer. */
export async function GET() {
  const database = env.DATABASE_URL ? "postgres" : "embedded";
  try {
    const open = await getDatabase();
    await open.ping(2_000);
    return Response.json({ status: "ok", database }, { headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    logger.warn({ err }, "health check: database unreachable");
    return Response.json({ status: "unavailable", database }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
