import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type Database from "better-sqlite3";
import { PrismaClient as PostgresClient } from "./generated/postgres/client.ts";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client.ts";
import { databaseProvider, sqliteFilePath } from "./provider.ts";

/**
 * Both generated clients come from the same models, so their query APIs are identical; the SQLite
 * client's type stands for both. Code that needs provider-specific SQL asks `db.$provider`.
 */
export type Db = SqliteClient & { $provider: "sqlite" | "postgres" };

const SQLITE_BUSY_TIMEOUT_MS = 10_000;

/**
 * SQLite transactions that take the write lock when they begin (BEGIN IMMEDIATE). The adapter
 * begins deferred transactions: one that reads first cannot upgrade to a writer once another
 * connection has committed (SQLITE_BUSY at once, no waiting), so concurrent writers from several
 * processes fail. An immediate transaction instead waits its turn under the busy timeout.
 */
class PrismaSqliteImmediate extends PrismaBetterSqlite3 {
  override async connect() {
    const adapter = await super.connect();
    const sqlite = (adapter as unknown as { client: Database.Database }).client;
    const prepare = sqlite.prepare.bind(sqlite);
    sqlite.prepare = ((source: string) =>
      prepare(source === "BEGIN" ? "BEGIN IMMEDIATE" : source)) as typeof sqlite.prepare;
    return adapter;
  }
}

export function createDb(url: string): Db {
  const provider = databaseProvider(url);
  if (provider === "sqlite") {
    const adapter = new PrismaSqliteImmediate({
      url: sqliteFilePath(url),
      timeout: SQLITE_BUSY_TIMEOUT_MS,
    });
    // Waiting for the write lock is normal under concurrent writers: allow for it.
    const transactionOptions = {
      maxWait: SQLITE_BUSY_TIMEOUT_MS,
      timeout: 2 * SQLITE_BUSY_TIMEOUT_MS,
    };
    return Object.assign(new SqliteClient({ adapter, transactionOptions }), {
      $provider: provider,
    });
  }
  if (provider === "postgres") {
    const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) });
    return Object.assign(client as unknown as SqliteClient, { $provider: provider });
  }
  throw new Error(`Unsupported database URL: ${url}`);
}
