// Opens (and migrates) the database as the server starts, so that a second process on the same
// embedded data folder stops at once with a clear message instead of failing on its first request;
// then starts the invitation and reminder worker (unless CIRCLES_WORKER=false).
import { getDatabase } from "@/db/client";
import { DatabaseLockedError } from "@/db/connect";
import { env } from "@/lib/env.mjs";
import { startWorker } from "@/server/jobs/worker";

try {
  await getDatabase();
} catch (err) {
  if (err instanceof DatabaseLockedError) {
    console.error(`\nCircles cannot start: ${err.message}\n`);
    process.exit(1);
  }
  // Anything else (a server that is down) is reported by /api/health and retried on the next request.
  console.error("Circles: the database is not available yet:", err instanceof Error ? err.message : err);
}
if (env.CIRCLES_WORKER) startWorker(async () => (await getDatabase()).db);
