// Opens (and migrates) the database when the server starts, so that a second process on the same
// embedded data folder stops at once with a clear message instead of on its first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { getDatabase } = await import("@/db/client");
  const { DatabaseLockedError } = await import("@/db/connect");
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
}
