// Real databases for tests: a fresh SQLite file, and a fresh PostgreSQL database when
// DATABASE_URL_PG points at a server (CI starts one). No mocks: tests run the real migrations.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDb, type Db } from "./client.ts";
import { migrateDatabase } from "./migrate.ts";
import type { DatabaseProvider } from "./provider.ts";

export interface TestDatabase {
  provider: DatabaseProvider;
  url: string;
  db: Db;
  drop(): Promise<void>;
}

/** The providers this run can test: SQLite always, PostgreSQL when DATABASE_URL_PG is set. */
export const testProviders: DatabaseProvider[] = process.env.DATABASE_URL_PG
  ? ["sqlite", "postgres"]
  : ["sqlite"];

/** Creates an empty database of the provider (migrated unless `migrate: false`). */
export async function createTestDatabase(
  provider: DatabaseProvider,
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const { url, dropStorage } =
    provider === "sqlite" ? createSqliteFile() : await createPostgresDatabase();
  if (options.migrate !== false) await migrateDatabase(url);
  const db = createDb(url);
  return {
    provider,
    url,
    db,
    async drop() {
      await db.$disconnect();
      await dropStorage();
    },
  };
}

function createSqliteFile() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pledgewatch-test-"));
  return {
    url: `file:${path.join(dir, "test.db")}`,
    dropStorage: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function createPostgresDatabase() {
  const serverUrl = process.env.DATABASE_URL_PG;
  if (!serverUrl) throw new Error("DATABASE_URL_PG is not set");
  const name = `pledgewatch_test_${randomBytes(6).toString("hex")}`;
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dropStorage: () =>
      withAdminClient(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      ),
  };
}

/** Runs `work` on a client of its own, closed afterwards (CREATE/DROP DATABASE need one). */
export async function withAdminClient<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export { insertBulkCommitments } from "./testing-bulk.ts";
