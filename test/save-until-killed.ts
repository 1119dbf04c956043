// The app half of server/services/response/crash.test.ts, run as a process of its own: opens the
// database (a PostgreSQL URL or an embedded data folder), then saves one respondent's answers through
// the tRPC procedure one after another, printing "<item> <seq>" once each is acknowledged, until killed.
import { connect } from "../db/connect";
import { createCaller } from "../server/root";

async function main() {
  const [target, token, keys] = process.argv.slice(2);
  if (!target || !token || !keys) throw new Error("usage: save-until-killed.ts DATABASE_URL|DATA_DIR TOKEN ITEM,ITEM,…");
  const open = target.startsWith("postgres") ? await connect({ kind: "postgres", url: target, max: 2 }) : await connect({ kind: "embedded", dataDir: target });
  const caller = createCaller({
    db: open.db,
    dbKind: open.kind,
    getUserId: async () => null,
    requestedOrganisationId: null,
    respondentToken: token,
    ip: "127.0.0.1",
    resHeaders: null,
  });
  const itemKeys = keys.split(",");
  for (let seq = 1; ; seq++) {
    const itemKey = itemKeys[seq % itemKeys.length]!;
    const saved = await caller.response.saveAnswer({ itemKey, value: 1 + (seq % 5), seq });
    if (saved.applied) process.stdout.write(`${itemKey} ${seq}\n`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
