// npm run restore FILE
import { createReadStream, existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  BackupError,
  countsSummary,
  createDb,
  DatabaseSetupError,
  migrateDatabase,
  restoreBackup,
} from "@pledgewatch/db";
import { parseEnv } from "../env.ts";
import { InputError, runCommand, UsageError } from "./command.ts";

const USAGE = `Usage:
  npm run restore FILE

Loads a file written by npm run backup into the database that DATABASE_URL names (SQLite or
PostgreSQL), which must be empty: it is migrated first, then everything is written in one
transaction, or nothing is.`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { help: { type: "boolean", short: "h", default: false } },
  });
  if (values.help) return console.log(USAGE);
  if (positionals.length !== 1) throw new UsageError("Name one backup file to restore.");
  const file = path.resolve(positionals[0]!);
  if (!existsSync(file)) throw new InputError(`There is no file at ${file}.`);

  const env = parseEnv();
  await migrateDatabase(env.DATABASE_URL);
  const db = createDb(env.DATABASE_URL);
  try {
    const counts = await restoreBackup(db, createReadStream(file)).catch((error: unknown) => {
      if (!(error instanceof BackupError)) throw error;
      throw new BackupError(`Nothing was restored from ${file}.\n${error.message}`);
    });
    console.log(`Restored ${file}:\n${countsSummary(counts)}`);
    const withoutPassword = await db.account.count({
      where: { providerId: "credential", password: null },
    });
    if (withoutPassword > 0) {
      console.log(
        `${withoutPassword} accounts have no password hash (the backup was made without --include-password-hashes): they cannot sign in until given a new password with \`npm run user:create -- --email EMAIL --reset-password\`.`,
      );
    }
  } finally {
    await db.$disconnect();
  }
}

runCommand(main, {
  usage: USAGE,
  expectedErrors: [BackupError, DatabaseSetupError],
  failure: "The restore failed:",
});
