import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { overrideAdapter } from "./adapter-overrides.ts";
import { UserFacingError } from "./errors.ts";
import { CharColumnsClient, restoreCharColumns } from "./pg-char-columns.ts";
import type { DatabaseProvider } from "./provider.ts";

export class PostgresProvider implements DatabaseProvider {
  readonly adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  readonly #url: URL;
  readonly #shadowUrl: URL | undefined;
  readonly #openAdapters = new Set<SqlDriverAdapter>();

  constructor(url: string, shadowDatabaseUrl: string | undefined) {
    this.#url = new URL(url);
    this.#shadowUrl = shadowDatabaseUrl ? new URL(shadowDatabaseUrl) : undefined;
    this.adapterFactory = {
      provider: "postgres",
      adapterName: "@prisma/adapter-pg",
      connect: () => this.#connect(this.#url),
      connectToShadowDb: () => this.#connectToShadowDb(),
    };
  }

  async canConnect(): Promise<void> {
    await this.#withClient(this.#url, async () => {});
  }

  async createDatabase(): Promise<void> {
    await this.#withClient(maintenanceUrl(this.#url), (client) =>
      client.query(`CREATE DATABASE ${pg.escapeIdentifier(databaseName(this.#url))}`),
    );
  }

  async dropDatabase(): Promise<void> {
    await this.close();
    await this.#withClient(maintenanceUrl(this.#url), (client) =>
      client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(databaseName(this.#url))}`),
    );
  }

  async close(): Promise<void> {
    await Promise.all([...this.#openAdapters].map((adapter) => adapter.dispose()));
  }

  async #connect(url: URL, onDispose?: () => Promise<void>): Promise<SqlDriverAdapter> {
    const schema = url.searchParams.get("schema") ?? "public";
    // Like the native engine, run unqualified DDL in the url's `schema`; PrismaPg's own `schema`
    // option only tells the engine which schema to describe.
    const config = {
      connectionString: url.href,
      options: `-c search_path=${pg.escapeIdentifier(schema)}`,
      Client: CharColumnsClient,
    };
    const adapter = await new PrismaPg(config, { schema }).connect();
    // The schema engine does not use transactions, so only queryRaw needs the "char" fix.
    const tracked = overrideAdapter(adapter, {
      queryRaw: async (query) => restoreCharColumns(await adapter.queryRaw(query)),
      // PrismaPg.executeScript splits scripts at every ";", even inside string literals and
      // function bodies. A query without parameters goes out as one simple query instead, which
      // runs the whole script as the native engine does.
      executeScript: async (sql) =>
        void (await adapter.executeRaw({ sql, args: [], argTypes: [] })),
      dispose: async () => {
        this.#openAdapters.delete(tracked);
        await adapter.dispose();
        await onDispose?.();
      },
    });
    this.#openAdapters.add(tracked);
    return tracked;
  }

  // PrismaPg's own connectToShadowDb drops the shadow database while its pool is still
  // connected, which fails; so the shadow database is managed here.
  async #connectToShadowDb(): Promise<SqlDriverAdapter> {
    if (this.#shadowUrl) {
      const schema = pg.escapeIdentifier(this.#shadowUrl.searchParams.get("schema") ?? "public");
      await this.#withClient(this.#shadowUrl, (client) =>
        client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`),
      );
      return this.#connect(this.#shadowUrl);
    }
    const shadowUrl = new URL(this.#url);
    shadowUrl.pathname = `/prisma_migrate_shadow_db_${randomUUID()}`;
    const createOrDrop = async (verb: "CREATE" | "DROP") => {
      const sql = `${verb} DATABASE ${pg.escapeIdentifier(databaseName(shadowUrl))}`;
      await this.#withClient(this.#url, (client) => client.query(sql));
    };
    await createOrDrop("CREATE");
    return this.#connect(shadowUrl, () => createOrDrop("DROP"));
  }

  async #withClient<T>(url: URL, use: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: url.href });
    try {
      await client.connect();
      return await use(client);
    } catch (error) {
      throw toUserFacingError(error, url);
    } finally {
      await client.end();
    }
  }
}

function databaseName(url: URL): string {
  return decodeURIComponent(url.pathname.slice(1)) || "postgres";
}

/** The `postgres` database of the same server, from where databases are created and dropped. */
function maintenanceUrl(url: URL): URL {
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  return maintenance;
}

/** Maps the connection errors the CLI reacts to onto the native engine's error codes. */
function toUserFacingError(error: unknown, url: URL): unknown {
  const server = `${url.hostname}:${url.port || "5432"}`;
  switch (error instanceof Error && "code" in error ? error.code : undefined) {
    case "3D000":
      return new UserFacingError(
        "P1003",
        `Database \`${databaseName(url)}\` does not exist on the database server at \`${server}\`.`,
      );
    case "28000":
    case "28P01":
      return new UserFacingError("P1000", `Authentication failed: ${(error as Error).message}`);
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "ETIMEDOUT":
      return new UserFacingError("P1001", `Can't reach database server at \`${server}\``);
    default:
      return error;
  }
}
