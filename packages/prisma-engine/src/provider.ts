import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { Datasource } from "./argv.ts";

/** Everything the engine needs to know about one kind of database. */
export interface DatabaseProvider {
  readonly adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  canConnect(): Promise<void>;
  createDatabase(): Promise<void>;
  dropDatabase(): Promise<void>;
  /** Empties the database itself, for providers whose engine-side reset does not work. */
  readonly reset?: () => Promise<void>;
  /** Closes every connection handed out by the adapter factory. */
  close(): Promise<void>;
}

/** Loads only the chosen provider's driver, to keep start-up fast. */
export async function providerFor(datasource: Datasource): Promise<DatabaseProvider> {
  const { url, shadowDatabaseUrl } = datasource;
  if (url.startsWith("file:"))
    return new (await import("./sqlite.ts")).SqliteProvider(url, shadowDatabaseUrl);
  if (/^postgres(ql)?:\/\//.test(url))
    return new (await import("./postgres.ts")).PostgresProvider(url, shadowDatabaseUrl);
  throw new Error(
    `Unsupported datasource url (expected file: or postgresql://): ${url.split(":")[0]}:…`,
  );
}
