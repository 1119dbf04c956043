// `npm run seed:large -- --circles 100000 [--seed 42] [--organisation "Name"] [--closed]`: a large wave for
// benchmarks on the PostgreSQL server in DATABASE_URL (migrated first). See db/seed/large.ts.
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { connect } from "../db/connect";
import { migratePostgresServer } from "../db/migrate";
import {
  LARGE_DEFAULT_CIRCLES,
  LARGE_DEFAULT_ORGANISATION,
  LARGE_MAX_SEED,
  LargeSeedError,
  seedLarge,
  type LargeSeedResult,
} from "../db/seed/large";

const USAGE = `Usage: npm run seed:large -- [--circles N] [--seed S] [--organisation NAME] [--closed]

  --circles N          circles in the wave (default ${LARGE_DEFAULT_CIRCLES})
  --seed S             whole number 0…${LARGE_MAX_SEED}: the same seed gives the same data (default: random, printed)
  --organisation NAME  the organisation to create (default "${LARGE_DEFAULT_ORGANISATION}"); refused if it exists
  --closed             close the wave afterwards (unfinished links expire)

Needs DATABASE_URL=postgres://… (a PostgreSQL server; the embedded database is not a target).`;

class UsageError extends Error {}

function wholeNumber(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const text = value.replace(/[_,]/g, "");
  if (!/^\d+$/.test(text)) throw new UsageError(`${flag} must be a whole number, not "${value}".`);
  return Number(text);
}

function readOptions() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        circles: { type: "string" },
        seed: { type: "string" },
        organisation: { type: "string" },
        closed: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const { values } = parsed;
  return {
    help: values.help ?? false,
    circles: wholeNumber("--circles", values.circles, LARGE_DEFAULT_CIRCLES),
    seed: wholeNumber("--seed", values.seed, Math.floor(Math.random() * LARGE_MAX_SEED)),
    organisationName: values.organisation ?? LARGE_DEFAULT_ORGANISATION,
    close: values.closed ?? false,
  };
}

const fmt = (n: number) => n.toLocaleString("en-GB");

function report(result: LargeSeedResult, databaseBytes: number, totalMs: number) {
  const c = result.counts;
  const lines = [
    "",
    `Made "${result.organisationName}" (organisation ${result.organisationId})`,
    `  survey ${result.surveyId}, version ${result.surveyVersionId}`,
    `  wave "${result.waveName}" ${result.waveId} (${result.waveStatus}), seed ${result.seed}`,
    `  accounts (password "${result.password}"): ${result.accounts.map((a) => `${a.email} (${a.role})`).join(", ")}`,
    "",
    `  circles      ${fmt(c.circles)}`,
    `  respondents  ${fmt(c.respondents)}`,
    `  contacts     ${fmt(c.contacts)}`,
    `  responses    ${fmt(c.responses.submitted + c.responses.draft)} (${fmt(c.responses.submitted)} submitted, ${fmt(c.responses.draft)} drafts)`,
    `  answers      ${fmt(c.answers)} (${fmt(c.comments)} comments)`,
    `  who answered for the primary: ${Object.entries(c.answeredBy).map(([k, n]) => `${k} ${fmt(n)}`).join(", ")}`,
    "  funnel by perspective:",
    ...Object.entries(c.funnel).map(
      ([key, statuses]) =>
        `    ${key.padEnd(9)} ${Object.entries(statuses).map(([s, n]) => `${s} ${fmt(n)}`).join(", ")}`,
    ),
    "",
    `  database size ${(databaseBytes / 1024 / 1024).toFixed(0)} MB`,
    `Took ${(totalMs / 1000).toFixed(1)} s (${(result.totalMs / 1000).toFixed(1)} s generating).`,
  ];
  console.log(lines.join("\n"));
}

async function main() {
  const options = readOptions();
  if (options.help) {
    console.log(USAGE);
    return;
  }
  // Imported here: an invalid environment is reported like any other mistake, not as a stack trace.
  const { env } = await import("../lib/env.mjs").catch((err: unknown) => {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  });
  if (!env.DATABASE_URL) {
    throw new UsageError(
      "DATABASE_URL is not set. seed:large writes to a PostgreSQL server, not the embedded database:\n" +
        "  createdb -h 127.0.0.1 -U postgres circles_large\n" +
        "  DATABASE_URL=postgres://postgres@127.0.0.1:5432/circles_large npm run seed:large -- --circles 100000",
    );
  }
  console.log(`seed:large: ${fmt(options.circles)} circles, seed ${options.seed}, into "${options.organisationName}"`);
  const started = performance.now();
  await migratePostgresServer(env.DATABASE_URL);
  console.log(`  migrate: ${Math.round(performance.now() - started)} ms`);
  const open = await connect({ kind: "postgres", url: env.DATABASE_URL, max: 2 });
  try {
    const result = await seedLarge(open.db, { ...options, log: (line) => console.log(line) });
    const [size] = (await open.db.execute(sql`select pg_database_size(current_database())::bigint as bytes`)) as unknown as {
      bytes: string;
    }[];
    report(result, Number(size?.bytes ?? 0), performance.now() - started);
  } finally {
    await open.close();
  }
}

main().catch((err: unknown) => {
  if (err instanceof UsageError || err instanceof LargeSeedError) {
    console.error(`seed:large: ${err.message}`);
    if (err instanceof UsageError) console.error(`\n${USAGE}`);
    process.exit(2);
  }
  console.error("seed:large failed; nothing was written (one transaction):");
  console.error(err);
  process.exit(1);
});
