import { randomBytes } from "node:crypto";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { describeMigrateWorkflow } from "./migrate-workflow.ts";

const serverUrl = process.env.DATABASE_URL_PG;

describe.skipIf(!serverUrl)("Prisma CLI on PostgreSQL", () => {
  // Every database of this run shares the prefix, so cleanup finds them all.
  const prefix = `prisma_engine_test_${randomBytes(4).toString("hex")}`;
  const databaseUrl = (database: string) => {
    const url = new URL(serverUrl!);
    url.pathname = `/${database}`;
    return url.href;
  };
  const query = async (url: string, sql: string, values: unknown[] = []) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql, values)).rows as Record<string, unknown>[];
    } finally {
      await client.end();
    }
  };
  const shadowDatabases = async () =>
    (
      await query(
        serverUrl!,
        "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'",
      )
    ).map((row) => row.datname);
  let shadowDatabasesBefore: unknown[];
  beforeAll(async () => {
    shadowDatabasesBefore = await shadowDatabases();
  });

  describeMigrateWorkflow({
    provider: "postgresql",
    newDatabaseUrl: (label) => databaseUrl(`${prefix}_${label}`),
    tables: async (url) =>
      (await query(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
        .map((row) => String(row.tablename))
        .sort(),
    query: (url, sql) => query(url, sql),
    // A CHECK constraint makes the engine read pg_constraint.contype, of PostgreSQL's internal
    // "char" type, which adapter-pg cannot read on its own.
    handWrittenMigration: [
      `ALTER TABLE "Note" ADD CONSTRAINT "Note_body_not_empty" CHECK (length("body") > 0);`,
      `COMMENT ON TABLE "Note" IS 'notes; by hand';`,
    ].join("\n"),
    async expectHandWrittenMigrationApplied(url) {
      const constraints = await query(
        url,
        `SELECT conname FROM pg_constraint WHERE contype = 'c' AND conrelid = '"Note"'::regclass`,
      );
      expect(constraints).toEqual([{ conname: "Note_body_not_empty" }]);
      expect(await query(url, `SELECT obj_description('"Note"'::regclass) AS comment`)).toEqual([
        { comment: "notes; by hand" },
      ]);
    },
    async cleanup() {
      const databases = await query(
        serverUrl!,
        "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
        [prefix],
      );
      for (const { datname } of databases)
        await query(serverUrl!, `DROP DATABASE ${pg.escapeIdentifier(String(datname))}`);
    },
  });

  it("leaves no shadow database behind", async () => {
    expect(await shadowDatabases()).toEqual(shadowDatabasesBefore);
  });
});
