// `npm run circles -- <command>`: administration from the server's command line, for scripted installs and
// recovery. Uses DATABASE_URL, or the embedded database in CIRCLES_DATA_DIR (stop the app first: only one
// process can open it).
//
//   create-admin --organisation "Riverside Hospital" --email ada@example.org --name "Ada Lovelace" [--password-stdin]
//   reset-password --email ada@example.org [--password-stdin]
import { stdin, stdout } from "node:process";
import readline from "node:readline";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { connect, type OpenDatabase } from "../db/connect";
import { migrateEmbedded, migratePostgresServer } from "../db/migrate";
import { env } from "../lib/env.mjs";
import { AppError } from "../server/errors";
import { setPassword } from "../server/services/auth/set-password";
import { accountExists, createAdmin } from "../server/services/setup/create-admin";

const USAGE = `Usage:
  npm run circles -- create-admin --organisation "<name>" --email <address> --name "<full name>" [--password-stdin]
  npm run circles -- reset-password --email <address> [--password-stdin]

create-admin   On a new installation, creates the organisation and its first admin (what /setup does).
               Later, makes the person an admin of the named organisation (creating it if no organisation
               has that name); an existing account keeps its password.
reset-password Sets a new password for an account; all of its sessions end.

The password is asked for twice, hidden, or read from standard input with --password-stdin
(e.g. printf '%s' "$PASSWORD" | npm run circles -- create-admin ... --password-stdin).`;

async function openDatabase(): Promise<OpenDatabase> {
  if (env.DATABASE_URL) {
    await migratePostgresServer(env.DATABASE_URL);
    return connect({ kind: "postgres", url: env.DATABASE_URL, max: 2 });
  }
  const open = await connect({ kind: "embedded", dataDir: env.CIRCLES_DATA_DIR });
  await migrateEmbedded(open);
  return open;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(chunk as Buffer);
  // One trailing newline (from echo or a file) is not part of the password.
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

/** Asks without echoing what is typed. */
function ask(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) stdout.write(chunk);
      done();
    },
  });
  const rl = readline.createInterface({ input: stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      stdout.write("\n");
      resolve(answer);
    });
    muted = true;
  });
}

async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) return readStdin();
  if (!stdin.isTTY) throw new Error("No terminal to ask for the password on: pipe it in with --password-stdin.");
  const first = await ask("Password (at least 10 characters): ");
  const second = await ask("Password again: ");
  if (first !== second) throw new Error("The two passwords are not the same.");
  return first;
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      organisation: { type: "string" },
      email: { type: "string" },
      name: { type: "string" },
      "password-stdin": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [command] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return;
  }
  const missing = (names: string[]) => names.filter((n) => !values[n as keyof typeof values]);

  if (command === "create-admin") {
    const absent = missing(["organisation", "email", "name"]);
    if (absent.length > 0) throw new Error(`create-admin needs --${absent.join(", --")}.\n\n${USAGE}`);
    const open = await openDatabase();
    try {
      const needsPassword = !(await accountExists(open.db, values.email!));
      const password = needsPassword ? await readPassword(values["password-stdin"]!) : undefined;
      if (!needsPassword) console.log(`${values.email} already has an account: it keeps its password.`);
      const result = await createAdmin({ db: open.db, organisationName: values.organisation!, email: values.email!, name: values.name!, password });
      const said = {
        "created-first-organisation": `Created ${result.organisation.name} with ${result.user.email} as its first admin.`,
        "created-organisation": `Created ${result.organisation.name} with ${result.user.email} as its admin.`,
        "added-admin": `${result.user.email} is now an admin of ${result.organisation.name}.`,
        "made-admin": `${result.user.email} is now an active admin of ${result.organisation.name}.`,
        "already-admin": `${result.user.email} was already an admin of ${result.organisation.name}: nothing changed.`,
      }[result.outcome];
      console.log(said);
    } finally {
      await open.close();
    }
    return;
  }

  if (command === "reset-password") {
    if (missing(["email"]).length > 0) throw new Error(`reset-password needs --email.\n\n${USAGE}`);
    const open = await openDatabase();
    try {
      if (!(await accountExists(open.db, values.email!))) throw new Error(`No account uses ${values.email}.`);
      const password = await readPassword(values["password-stdin"]!);
      const user = await setPassword({ db: open.db, email: values.email!, password });
      console.log(`New password set for ${user.email}; all of its sessions have ended.`);
    } finally {
      await open.close();
    }
    return;
  }

  throw new Error(`Unknown command "${command}".\n\n${USAGE}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof AppError || err instanceof Error ? err.message : err);
  process.exit(1);
});
