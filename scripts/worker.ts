// `npm run worker`: the invitation and reminder worker as its own process (run the app with
// CIRCLES_WORKER=false then). Several workers may run at once against one PostgreSQL server.
import { connect } from "../db/connect";
import { migratePostgresServer } from "../db/migrate";
import { env } from "../lib/env.mjs";
import { startWorker } from "../server/jobs/worker";

async function main() {
  if (!env.DATABASE_URL) {
    throw new Error("A separate worker needs DATABASE_URL: on the embedded database the app runs the worker itself.");
  }
  await migratePostgresServer(env.DATABASE_URL);
  const open = await connect({ kind: "postgres", url: env.DATABASE_URL });
  const stop = startWorker(async () => open.db);
  console.log("Circles worker running; Ctrl-C to stop.");
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  stop();
  await open.close();
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
