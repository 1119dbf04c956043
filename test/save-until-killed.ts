// The app half of server/services/response/crash.test.ts, run as a process of its own (plain node with
// tsx's loader, so that SIGKILL reaches the very process that saves): opens the database (a PostgreSQL
// URL or an embedded data folder), then for each respondent saves answers through the tRPC procedure one
// after another, all respondents at once (on PostgreSQL their saves travel together through the batcher),
// printing "<respondent> <item> <seq>" once each is acknowledged, until killed.
import { connect } from "../db/connect";
import { createCaller } from "../server/root";

async function main() {
  const [target, tokens, keys, lockStaleMs] = process.argv.slice(2);
  if (!target || !tokens || !keys) throw new Error("usage: save-until-killed.ts DATABASE_URL|DATA_DIR TOKEN,TOKEN,… ITEM,ITEM,… [LOCK_STALE_MS]");
  const open = target.startsWith("postgres")
    ? await connect({ kind: "postgres", url: target, max: 4 })
    : await connect({ kind: "embedded", dataDir: target, lockStaleMs: Number(lockStaleMs ?? 10_000) });
  const itemKeys = keys.split(",");
  const saveAll = async (token: string, person: number) => {
    const caller = createCaller({
      db: open.db,
      dbKind: open.kind,
      getUserId: async () => null,
      requestedOrganisationId: null,
      respondentToken: token,
      ip: "127.0.0.1",
      resHeaders: null,
    });
    for (let seq = 1; ; seq++) {
      const itemKey = itemKeys[seq % itemKeys.length]!;
      const saved = await caller.response.saveAnswer({ itemKey, value: 1 + (seq % 5), seq });
      // A pipe's write is synchronous on Linux: once this returns, the line is the parent's to read.
      if (saved.applied) process.stdout.write(`${person} ${itemKey} ${seq}\n`);
    }
  };
  process.stdout.write("ready\n");
  await Promise.all(tokens.split(",").map(saveAll));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
