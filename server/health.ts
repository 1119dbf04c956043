// /api/health: whether the database answers, and which kind it is.
import type { DatabaseKind, OpenDatabase } from "@/db/connect";
import { logger } from "./logger";

export async function healthResponse(kind: DatabaseKind, open: () => Promise<OpenDatabase>): Promise<Response> {
  const headers = { "Cache-Control": "no-store" };
  try {
    await (await open()).ping(2_000);
    return Response.json({ status: "ok", database: kind }, { headers });
  } catch (err) {
    logger.warn({ err }, "health check: database unreachable");
    return Response.json({ status: "unavailable", database: kind }, { status: 503, headers });
  }
}
