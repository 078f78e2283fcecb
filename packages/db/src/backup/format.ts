// The backup file: one JSON document,
//   {"format":"pledgewatch-backup","version":1,"includesPasswordHashes":false,"tables":{
//   "user":[
//   {…one row per line…}
//   ],
//   …}}
// with its tables in the order a restore inserts them (parents first), each table's rows in
// primary-key order and each row's keys in the order of the columns below. Nothing in it depends on
// when, where or from which database it was written, so the same data always gives the same bytes.
// Sessions, verification tokens and rate-limit counters are transient and left out; countries and
// themes are reference data that a restore loads from the code.

export const BACKUP_FORMAT = "pledgewatch-backup";
export const BACKUP_VERSION = 1;

/** A file problem or a refusal, with a message for the person restoring. */
export class BackupError extends Error {
  override readonly name = "BackupError";
}

/** A trailing `?` marks a nullable column. Dates are ISO 8601 in UTC with milliseconds. */
type ColumnType = "string" | "int" | "boolean" | "date";
type ColumnSpec = ColumnType | `${ColumnType}?`;

export type Row = Record<string, unknown>;

export interface BackupTable {
  /** The key in the file and the Prisma model that holds the rows. */
  name: TableName;
  primaryKey: string[];
  /** Every column, in the order rows are written. */
  columns: Record<string, ColumnSpec>;
  /** Written as null unless password hashes are asked for. */
  secretColumns?: string[];
  /**
   * A column holding the `id` of another row of the same table, which may come later in the file
   * (the table needs an `id` key and an `updatedAt` column).
   */
  selfReference?: string;
  /** Rows per read and per insert: fewer for tables whose rows are large. */
  batchSize: number;
  /** Added after the first backups were written: a file that ends before it restores none. */
  newerThanFirstBackups?: true;
}

export type TableName =
  | "user"
  | "account"
  | "statement"
  | "commitment"
  | "commitmentCounterpart"
  | "commitmentTheme"
  | "quote"
  | "statusEvent"
  | "auditEntry"
  | "dismissedPassage";

export const BACKUP_TABLES: BackupTable[] = [
  {
    name: "user",
    primaryKey: ["id"],
    columns: {
      id: "string",
      name: "string",
      email: "string",
      emailVerified: "boolean",
      image: "string?",
      role: "string",
      banned: "boolean?",
      banReason: "string?",
      banExpires: "date?",
      createdAt: "date",
      updatedAt: "date",
    },
    batchSize: 1000,
  },
  {
    name: "account",
    primaryKey: ["id"],
    columns: {
      id: "string",
      accountId: "string",
      providerId: "string",
      userId: "string",
      accessToken: "string?",
      refreshToken: "string?",
      idToken: "string?",
      accessTokenExpiresAt: "date?",
      refreshTokenExpiresAt: "date?",
      scope: "string?",
      password: "string?",
      createdAt: "date",
      updatedAt: "date",
    },
    // Whoever holds a password hash or a sign-in token can attack or use the account.
    secretColumns: ["password", "accessToken", "refreshToken", "idToken"],
    batchSize: 1000,
  },
  {
    name: "statement",
    primaryKey: ["id"],
    columns: {
      id: "string",
      title: "string",
      kind: "string",
      publisher: "string?",
      url: "string?",
      publishedOn: "string?",
      byline: "string?",
      eventName: "string?",
      eventLocation: "string?",
      eventOn: "string?",
      speakerName: "string?",
      speakerTitle: "string?",
      speakerOrganisation: "string?",
      speakerCountryId: "string?",
      language: "string",
      text: "string",
      textSha256: "string",
      retrievedAt: "date?",
      version: "int",
      createdAt: "date",
      updatedAt: "date",
    },
    // Full texts can be long: keep a batch to a few megabytes.
    batchSize: 100,
  },
  {
    name: "commitment",
    primaryKey: ["id"],
    columns: {
      id: "string",
      title: "string",
      description: "string?",
      kind: "string",
      parentId: "string?",
      committingCountryId: "string",
      counterpartOther: "string?",
      direction: "string",
      stage: "string",
      status: "string",
      progress: "int?",
      progressExplicit: "boolean",
      announcedOn: "string?",
      targetOn: "string?",
      startedOn: "string?",
      completedOn: "string?",
      lastEventOn: "string?",
      externalId: "string?",
      version: "int",
      createdAt: "date",
      updatedAt: "date",
      deletedAt: "date?",
    },
    selfReference: "parentId",
    batchSize: 1000,
  },
  {
    name: "commitmentCounterpart",
    primaryKey: ["commitmentId", "countryId"],
    columns: { commitmentId: "string", countryId: "string" },
    batchSize: 1000,
  },
  {
    name: "commitmentTheme",
    primaryKey: ["commitmentId", "themeSlug"],
    columns: { commitmentId: "string", themeSlug: "string" },
    batchSize: 1000,
  },
  {
    name: "quote",
    primaryKey: ["id"],
    columns: {
      id: "string",
      statementId: "string",
      commitmentId: "string",
      start: "int",
      end: "int",
      text: "string",
    },
    batchSize: 1000,
  },
  {
    name: "statusEvent",
    primaryKey: ["id"],
    columns: {
      id: "string",
      commitmentId: "string",
      fromStatus: "string?",
      toStatus: "string",
      occurredOn: "string",
      note: "string?",
      evidenceUrl: "string?",
      evidenceStatementId: "string?",
      recordedById: "string?",
      recordedAt: "date",
    },
    batchSize: 1000,
  },
  {
    name: "auditEntry",
    primaryKey: ["id"],
    columns: {
      id: "string",
      entityType: "string",
      entityId: "string",
      action: "string",
      actorId: "string?",
      at: "date",
      changes: "string",
    },
    batchSize: 1000,
  },
  {
    name: "dismissedPassage",
    primaryKey: ["id"],
    columns: {
      id: "string",
      statementId: "string",
      start: "int",
      end: "int",
      dismissedById: "string?",
      dismissedAt: "date",
    },
    batchSize: 1000,
    newerThanFirstBackups: true,
  },
];

export type BackupCounts = Record<TableName, number>;

/** A row as the file holds it: the table's columns in order, dates as ISO strings. */
export function encodeRow(table: BackupTable, row: Row, includeSecrets: boolean): Row {
  const encoded: Row = {};
  for (const column of Object.keys(table.columns)) {
    const value = row[column];
    if (!includeSecrets && table.secretColumns?.includes(column)) encoded[column] = null;
    else encoded[column] = value instanceof Date ? value.toISOString() : value;
  }
  return encoded;
}

/** "table commitment, row 12 (id ck…)": where a problem is, for the person restoring. */
export function describeRow(table: BackupTable, rowNumber: number, row: unknown): string {
  const values = table.primaryKey.map((column) => {
    const value = row !== null && typeof row === "object" ? (row as Row)[column] : undefined;
    return `${column} ${JSON.stringify(value)}`;
  });
  return `table "${table.name}", row ${rowNumber} (${values.join(", ")})`;
}

const isCanonicalDate = (value: unknown): value is string =>
  typeof value === "string" &&
  !Number.isNaN(Date.parse(value)) &&
  new Date(value).toISOString() === value;

const HAS_TYPE: Record<ColumnType, (value: unknown) => boolean> = {
  string: (value) => typeof value === "string",
  int: (value) => Number.isSafeInteger(value),
  boolean: (value) => typeof value === "boolean",
  date: isCanonicalDate,
};

const TYPE_NAMES: Record<ColumnType, string> = {
  string: "a string",
  int: "a whole number",
  boolean: "true or false",
  date: "an ISO 8601 UTC date-time such as 2024-05-01T09:30:00.000Z",
};

/** The row as Prisma takes it, or a BackupError naming the row and the column at fault. */
export function decodeRow(table: BackupTable, rowNumber: number, row: unknown): Row {
  const fail = (problem: string) =>
    new BackupError(`${describeRow(table, rowNumber, row)}: ${problem}`);
  if (row === null || typeof row !== "object" || Array.isArray(row)) {
    throw fail("a row must be an object");
  }
  const unknown = Object.keys(row).find((column) => !(column in table.columns));
  if (unknown !== undefined) throw fail(`unknown column "${unknown}"`);
  const decoded: Row = {};
  for (const [column, spec] of Object.entries(table.columns)) {
    const type = spec.replace("?", "") as ColumnType;
    const value = (row as Row)[column];
    if (value === undefined) throw fail(`column "${column}" is missing`);
    if (value === null && spec.endsWith("?")) {
      decoded[column] = null;
      continue;
    }
    if (!HAS_TYPE[type](value)) throw fail(`column "${column}" must be ${TYPE_NAMES[type]}`);
    decoded[column] = type === "date" ? new Date(value as string) : value;
  }
  return decoded;
}

/** One line per table with its row count, for the command line. */
export function countsSummary(counts: BackupCounts): string {
  return BACKUP_TABLES.map(
    ({ name }) => `  ${name.padEnd(24)}${String(counts[name]).padStart(10)}`,
  ).join("\n");
}
