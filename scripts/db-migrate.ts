// `npm run db:migrate`: applies the committed migrations to DATABASE_URL (or the embedded database).
import { connect } from "../db/connect";
import { migrateEmbedded, migratePostgresServer } from "../db/migrate";
import { env } from "../lib/env.mjs";

async function main() {
  if (env.DATABASE_URL) {
    await migratePostgresServer(env.DATABASE_URL);
    console.log("Migrated the PostgreSQL server.");
    return;
  }
  const open = await connect({ kind: "embedded", dataDir: env.CIRCLES_DATA_DIR });
  await migrateEmbedded(open);
  await open.close();
  console.log(`Migrated the embedded database in ${env.CIRCLES_DATA_DIR}.`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
