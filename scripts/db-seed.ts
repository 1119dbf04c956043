// `npm run db:seed`: adds the demo organisations to an empty database (DATABASE_URL, or the embedded one).
import { connect } from "../db/connect";
import { migrateEmbedded, migratePostgresServer } from "../db/migrate";
import { seedDemoIfEmpty } from "../db/seed/first-start";
import { env } from "../lib/env.mjs";

async function main() {
  const open = env.DATABASE_URL
    ? await migratePostgresServer(env.DATABASE_URL).then(() => connect({ kind: "postgres", url: env.DATABASE_URL! }))
    : await connect({ kind: "embedded", dataDir: env.CIRCLES_DATA_DIR });
  try {
    if (open.kind === "embedded") await migrateEmbedded(open);
    const summary = await seedDemoIfEmpty(open.db);
    console.log(summary ? `Seeded the demo: ${JSON.stringify(summary)}` : "The database already has organisations: nothing seeded.");
  } finally {
    await open.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
