import { execFile } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { databaseProvider, sqliteFilePath } from "./provider.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");

export class DatabaseSetupError extends Error {
  override readonly name = "DatabaseSetupError";
}

/** Prisma error codes that mean "cannot reach or log in to the database". */
const CONNECTION_ERRORS = /\b(P1000|P1001|P1002|P1003|P1010|P1011|P1017)\b|ECONNREFUSED|ENOTFOUND/;

/**
 * Applies the committed migrations with the standard `prisma migrate deploy`, which runs on our
 * offline schema engine (packages/prisma-engine) through prisma.config.ts.
 */
export async function migrateDatabase(url: string): Promise<void> {
  if (databaseProvider(url) === "sqlite") prepareSqliteFile(url);
  await new Promise<void>((resolve, reject) => {
    execFile(
      process.execPath,
      [prismaCli, "migrate", "deploy"],
      { cwd: repoRoot, env: { ...process.env, DATABASE_URL: url }, timeout: 120_000 },
      (error, stdout, stderr) => {
        if (!error) return resolve();
        const text = `${stdout}\n${stderr}`;
        reject(
          new DatabaseSetupError(
            CONNECTION_ERRORS.test(text)
              ? `Cannot connect to the database: ${lastMeaningfulLine(text)}`
              : `Applying database migrations failed: ${lastMeaningfulLine(text)}`,
          ),
        );
      },
    );
  });
  if (databaseProvider(url) === "sqlite") optimizeSqliteFile(url);
}

/**
 * Gives SQLite's query planner statistics where it has none or they are out of date (a new
 * index, a bulk load): without them it can pick an index every row matches and sort the whole
 * table for each page. Cheap when nothing changed. PostgreSQL's autovacuum does this itself.
 */
function optimizeSqliteFile(url: string): void {
  const sqlite = new Database(sqliteFilePath(url));
  sqlite.pragma("optimize = 0x10002");
  sqlite.close();
}

/** WAL lets readers run beside a writer; journal_mode is stored in the file, so set it once. */
function prepareSqliteFile(url: string): void {
  const file = sqliteFilePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
}

function lastMeaningfulLine(text: string): string {
  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter(
      (line) =>
        line &&
        !line.startsWith("Loaded Prisma config") &&
        !line.startsWith("Prisma schema loaded"),
    );
  return lines.slice(-3).join(" ") || "no output";
}
