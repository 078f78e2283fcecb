import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
} from "@prisma/driver-adapter-utils";
import Database from "better-sqlite3";
import { overrideAdapter } from "./adapter-overrides.ts";
import { UserFacingError } from "./errors.ts";
import type { DatabaseProvider } from "./provider.ts";

/** `file:./dev.db`, `file:dev.db?x=y`, `file:/a.db`, `file:///a.db` → absolute path. */
export function sqliteFilePath(url: string): string {
  const withoutQuery = url.replace(/\?.*$/, "");
  const filePath = withoutQuery.startsWith("file://")
    ? fileURLToPath(withoutQuery)
    : withoutQuery.slice("file:".length);
  return path.resolve(filePath);
}

export class SqliteProvider implements DatabaseProvider {
  readonly adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  readonly #filePath: string;
  readonly #openAdapters = new Set<SqlDriverAdapter>();

  constructor(url: string, shadowDatabaseUrl: string | undefined) {
    this.#filePath = sqliteFilePath(url);
    const official = new PrismaBetterSqlite3(
      { url: this.#filePath },
      shadowDatabaseUrl ? { shadowDatabaseUrl: sqliteFilePath(shadowDatabaseUrl) } : {},
    );
    this.adapterFactory = {
      provider: official.provider,
      adapterName: official.adapterName,
      connect: async () => {
        mkdirSync(path.dirname(this.#filePath), { recursive: true });
        const adapter = await official.connect();
        await adapter.executeScript("PRAGMA journal_mode = WAL");
        return this.#track(adapter);
      },
      connectToShadowDb: async () => this.#track(await official.connectToShadowDb()),
    };
  }

  async canConnect(): Promise<void> {
    if (!existsSync(this.#filePath)) {
      throw new UserFacingError(
        "P1003",
        `Database \`${path.basename(this.#filePath)}\` does not exist at \`${this.#filePath}\``,
      );
    }
  }

  async createDatabase(): Promise<void> {
    mkdirSync(path.dirname(this.#filePath), { recursive: true });
    new Database(this.#filePath).close();
  }

  async dropDatabase(): Promise<void> {
    await this.close();
    for (const suffix of ["", "-journal", "-wal", "-shm"])
      rmSync(this.#filePath + suffix, { force: true });
  }

  // Through the adapter the engine's reset leaves the file untouched (and a leftover
  // `sqlite_sequence` then makes it report P3005), so start over from an empty file instead.
  readonly reset = () => this.dropDatabase();

  async close(): Promise<void> {
    await Promise.all([...this.#openAdapters].map((adapter) => adapter.dispose()));
  }

  #track(adapter: SqlDriverAdapter): SqlDriverAdapter {
    const tracked = overrideAdapter(adapter, {
      executeRaw: (query) => executeRawOrScript(adapter, query),
      dispose: async () => {
        this.#openAdapters.delete(tracked);
        await adapter.dispose();
      },
    });
    this.#openAdapters.add(tracked);
    return tracked;
  }
}

// The engine runs whole migration scripts through executeRaw on the shadow database, which
// better-sqlite3 rejects as "more than one statement"; executeScript runs them as intended.
async function executeRawOrScript(adapter: SqlDriverAdapter, query: SqlQuery): Promise<number> {
  try {
    return await adapter.executeRaw(query);
  } catch (error) {
    if (query.args.length > 0 || !String(error).includes("more than one statement")) throw error;
    await adapter.executeScript(query.sql);
    return 0;
  }
}
