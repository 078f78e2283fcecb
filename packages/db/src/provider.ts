import path from "node:path";

export type DatabaseProvider = "sqlite" | "postgres";

/** DATABASE_URL picks the database: `file:` is SQLite, `postgres://`/`postgresql://` is PostgreSQL. */
export function databaseProvider(url: string): DatabaseProvider | undefined {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgres";
  return undefined;
}

/** The file a `file:` URL names, resolved against the working directory. */
export function sqliteFilePath(url: string): string {
  return path.resolve(url.replace(/^file:/, ""));
}
