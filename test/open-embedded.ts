// Opened as a second process by db/connect.test.ts: tries the embedded database in argv[2].
import { connect, DatabaseLockedError } from "../db/connect";

const dir = process.argv[2];
if (!dir) throw new Error("usage: open-embedded.ts DATA_DIR");
connect({ kind: "embedded", dataDir: dir }).then(
  async (open) => {
    await open.db.execute("select 1" as never);
    console.log("opened");
    await open.close();
  },
  (err: unknown) => {
    console.error(err instanceof DatabaseLockedError ? err.message : err);
    process.exit(err instanceof DatabaseLockedError ? 3 : 1);
  },
);
