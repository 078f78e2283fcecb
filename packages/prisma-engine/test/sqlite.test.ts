import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { sqliteFilePath } from "../src/sqlite.ts";
import { describeMigrateWorkflow } from "./migrate-workflow.ts";

describe("sqliteFilePath", () => {
  it("resolves relative paths against the working directory and drops the query", () => {
    expect(sqliteFilePath("file:./data/dev.db?connection_limit=1")).toBe(
      path.resolve("data/dev.db"),
    );
    expect(sqliteFilePath("file:dev.db")).toBe(path.resolve("dev.db"));
    expect(sqliteFilePath("file:/srv/app.db")).toBe("/srv/app.db");
    expect(sqliteFilePath("file:///srv/app.db")).toBe("/srv/app.db");
  });
});

describe("Prisma CLI on SQLite", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "prisma-engine-sqlite-"));
  const withDatabase = <T>(url: string, use: (db: Database.Database) => T): T => {
    const db = new Database(sqliteFilePath(url));
    try {
      return use(db);
    } finally {
      db.close();
    }
  };

  describeMigrateWorkflow({
    provider: "sqlite",
    // In a directory that does not exist yet, which the engine creates.
    newDatabaseUrl: (label) => `file:${dir}/databases/${label}.db`,
    tables: async (url) =>
      withDatabase(url, (db) =>
        (
          db
            .prepare(
              "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            )
            .pluck()
            .all() as string[]
        ).sort(),
      ),
    query: async (url, sql) =>
      withDatabase(url, (db) => {
        const statement = db.prepare(sql);
        return statement.reader
          ? (statement.all() as Record<string, unknown>[])
          : (statement.run(), []);
      }),
    // Several statements: the shadow database replays it through executeRaw.
    handWrittenMigration: [
      `INSERT INTO "Note" ("body") VALUES ('first; with a semicolon');`,
      `INSERT INTO "Note" ("body") VALUES ('second');`,
    ].join("\n"),
    async expectHandWrittenMigrationApplied(url) {
      const bodies = withDatabase(url, (db) =>
        db.prepare(`SELECT "body" FROM "Note" ORDER BY "id"`).pluck().all(),
      );
      expect(bodies).toEqual(["a;b", "first; with a semicolon", "second"]);
    },
    async cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  });
});
