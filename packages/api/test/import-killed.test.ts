// An import is one transaction: a process killed with SIGKILL while it writes leaves the SQLite
// file exactly as it was, and the next import works.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { createDb, seedDatabase, sqliteFilePath } from "@pledgewatch/db";
import { MAX_IMPORT_ROWS } from "@pledgewatch/domain";
import { createTestDatabase, type TestDatabase } from "@pledgewatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller, createContextInner } from "../src/index.ts";

const importerScript = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "import/importer.ts",
);
/** The largest file an import takes: its writes last seconds even now that they are bulk INSERTs. */
const ROWS = MAX_IMPORT_ROWS;
/** How long the import must have held the write lock before the kill: well into its writes. */
const KILL_AFTER_MS = 500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether another connection holds SQLite's write lock, i.e. the import's transaction is open. */
function writeLockHeld(file: string): boolean {
  const probe = new Database(file, { timeout: 0 });
  try {
    probe.exec("BEGIN IMMEDIATE; ROLLBACK");
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === "SQLITE_BUSY") return true;
    throw error;
  } finally {
    probe.close();
  }
}

describe("a SQLite import killed mid-transaction", () => {
  let database: TestDatabase;
  let csvFile: string;

  const tableCounts = async (db = database.db) => ({
    commitments: await db.commitment.count(),
    counterparts: await db.commitmentCounterpart.count(),
    themes: await db.commitmentTheme.count(),
    audit: await db.auditEntry.count(),
  });

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    await seedDatabase(database.db);
    await database.db.user.create({
      data: { id: "analyst-1", email: "analyst@example.org", name: "Analyst", role: "analyst" },
    });
    const lines = [
      "external_id,title,committing_country,counterpart_countries,direction,stage,themes,target_on",
    ];
    for (let index = 0; index < ROWS; index += 1) {
      lines.push(
        `bulk-${index},Bulk commitment ${index},KE,CN;TZ,mutual,pledge,training;equipment,2026`,
      );
    }
    csvFile = path.join(path.dirname(sqliteFilePath(database.url)), "bulk.csv");
    writeFileSync(csvFile, lines.join("\r\n"));
  });
  afterAll(() => database?.drop());

  it(`leaves the database unchanged and usable (${ROWS}-row file)`, async () => {
    const before = await tableCounts();
    const dbFile = sqliteFilePath(database.url);
    const child = spawn(process.execPath, ["--import", "tsx", importerScript], {
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        CSV_FILE: csvFile,
        ANALYST_ID: "analyst-1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on("exit", (_code, signal) => resolve(signal)),
    );

    const deadline = Date.now() + 60_000;
    while (!writeLockHeld(dbFile)) {
      if (child.exitCode !== null || Date.now() > deadline) {
        throw new Error(`the import never opened its transaction: ${output}`);
      }
      await sleep(20);
    }
    await sleep(KILL_AFTER_MS);
    expect(writeLockHeld(dbFile), `the import ended before the kill: ${output}`).toBe(true);
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");

    const reopened = createDb(database.url);
    try {
      expect(await tableCounts(reopened)).toEqual(before);
      const integrity =
        await reopened.$queryRawUnsafe<{ integrity_check: string }[]>("PRAGMA integrity_check");
      expect(integrity).toEqual([{ integrity_check: "ok" }]);

      const analyst = createCaller(
        createContextInner({
          db: reopened,
          user: { id: "analyst-1", email: "analyst@example.org", name: "Analyst", role: "analyst" },
        }),
      );
      // The lock is gone: the next import writes.
      const [header, firstRow] = readFileSync(csvFile, "utf8").split("\r\n");
      const report = await analyst.import.commit({ csv: `${header}\r\n${firstRow}` });
      expect(report.counts).toEqual({ rows: 1, create: 1, update: 0, unchanged: 0, error: 0 });
      expect(await tableCounts(reopened)).toEqual({
        commitments: before.commitments + 1,
        counterparts: before.counterparts + 2,
        themes: before.themes + 2,
        audit: before.audit + 1,
      });
    } finally {
      await reopened.$disconnect();
    }
  }, 180_000);
});
