// npm run backup [-- --out FILE] [--include-password-hashes]
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  countsSummary,
  createDb,
  databaseProvider,
  sqliteFilePath,
  writeBackup,
} from "@pledgewatch/db";
import { parseEnv } from "../env.ts";
import { InputError, runCommand, UsageError } from "./command.ts";

const USAGE = `Usage:
  npm run backup [-- --out FILE] [--include-password-hashes]

Writes everything in the database that DATABASE_URL names (statements, commitments, quotes,
status events, the audit trail, accounts) to one JSON file, by default data/backup-<today>.json.
Password hashes are left out unless --include-password-hashes; without them, restored accounts
cannot sign in. Restore with: npm run restore FILE`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      "include-password-hashes": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  if (values.out === "") throw new UsageError("--out needs a file name.");
  const today = new Date().toISOString().slice(0, 10);
  const out = path.resolve(values.out ?? `data/backup-${today}.json`);

  const env = parseEnv();
  // Connecting would create an empty SQLite file and back up nothing, without a word.
  if (databaseProvider(env.DATABASE_URL) === "sqlite") {
    const file = sqliteFilePath(env.DATABASE_URL);
    if (!existsSync(file))
      throw new InputError(`There is no database at ${file}: check DATABASE_URL.`);
  }
  const db = createDb(env.DATABASE_URL);
  // Written under another name and renamed when complete: a failed backup never looks finished.
  const partial = `${out}.partial`;
  try {
    mkdirSync(path.dirname(out), { recursive: true });
    const counts = await writeBackup(db, createWriteStream(partial, { mode: 0o600 }), {
      includePasswordHashes: values["include-password-hashes"],
    });
    renameSync(partial, out);
    const bytes = statSync(out).size.toLocaleString("en");
    console.log(`Wrote ${out} (${bytes} bytes):\n${countsSummary(counts)}`);
    if (!values["include-password-hashes"]) {
      console.log("Password hashes are not in it: add --include-password-hashes to keep sign-ins.");
    }
  } catch (error) {
    rmSync(partial, { force: true });
    throw explainDatabaseError(error);
  } finally {
    await db.$disconnect();
  }
}

/** Prisma's errors for a database that cannot be reached, or that has no Pledgewatch tables. */
function explainDatabaseError(error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  const reason = (error as Error).message?.trim().split("\n").at(-1);
  if (typeof code === "string" && /^P10\d\d$/.test(code)) {
    return new InputError(`Cannot connect to the database (${reason}): check DATABASE_URL.`);
  }
  if (code === "P2021") {
    return new InputError(`This is not a Pledgewatch database (${reason}): check DATABASE_URL.`);
  }
  return error;
}

runCommand(main, { usage: USAGE, expectedErrors: [], failure: "The backup failed:" });
