import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "./generated/postgres/client.ts";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client.ts";
import { databaseProvider, sqliteFilePath } from "./provider.ts";

/**
 * Both generated clients come from the same models, so their query APIs are identical; the SQLite
 * client's type stands for both. Code that needs provider-specific SQL asks `db.$provider`.
 */
export type Db = SqliteClient & { $provider: "sqlite" | "postgres" };

const SQLITE_BUSY_TIMEOUT_MS = 5_000;

export function createDb(url: string): Db {
  const provider = databaseProvider(url);
  if (provider === "sqlite") {
    const adapter = new PrismaBetterSqlite3({
      url: sqliteFilePath(url),
      timeout: SQLITE_BUSY_TIMEOUT_MS,
    });
    return Object.assign(new SqliteClient({ adapter }), { $provider: provider });
  }
  if (provider === "postgres") {
    const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) });
    return Object.assign(client as unknown as SqliteClient, { $provider: provider });
  }
  throw new Error(`Unsupported database URL: ${url}`);
}
