// Bulk INSERTs with bound parameters: one statement carries thousands of rows, which is what makes
// a million status events a matter of seconds rather than hours of per-row Prisma calls. SQLite gets
// multi-row VALUES; PostgreSQL gets one array per column through unnest, which it parses and plans
// several times faster than tens of thousands of placeholders.
import type { DatabaseProvider } from "../provider.ts";
import type { Prisma } from "../generated/sqlite/client.ts";

export type SqlValue = string | number | null;

interface TableSpec {
  table: string;
  /** Column name → its PostgreSQL type when not text (native enums, timestamps, numbers). */
  columns: Record<string, string | null>;
}

/** The tables the generator writes, in foreign-key order. */
export const TABLES = {
  statement: {
    table: "Statement",
    columns: {
      id: null,
      title: null,
      kind: `"StatementKind"`,
      publisher: null,
      publishedOn: null,
      eventName: null,
      eventLocation: null,
      eventOn: null,
      speakerName: null,
      speakerTitle: null,
      speakerCountryId: null,
      language: null,
      text: null,
      textSha256: null,
      createdAt: "timestamp(3)",
      updatedAt: "timestamp(3)",
    },
  },
  commitment: {
    table: "Commitment",
    columns: {
      id: null,
      title: null,
      description: null,
      kind: `"CommitmentKind"`,
      parentId: null,
      committingCountryId: null,
      counterpartOther: null,
      direction: `"Direction"`,
      stage: `"Stage"`,
      status: `"Status"`,
      progress: "integer",
      progressExplicit: "boolean",
      announcedOn: null,
      targetOn: null,
      startedOn: null,
      completedOn: null,
      lastEventOn: null,
      createdAt: "timestamp(3)",
      updatedAt: "timestamp(3)",
    },
  },
  counterpart: {
    table: "CommitmentCounterpart",
    columns: { commitmentId: null, countryId: null },
  },
  theme: { table: "CommitmentTheme", columns: { commitmentId: null, themeSlug: null } },
  quote: {
    table: "Quote",
    columns: {
      id: null,
      statementId: null,
      commitmentId: null,
      start: "integer",
      end: "integer",
      text: null,
    },
  },
  statusEvent: {
    table: "StatusEvent",
    columns: {
      id: null,
      commitmentId: null,
      fromStatus: `"Status"`,
      toStatus: `"Status"`,
      occurredOn: null,
      note: null,
      evidenceUrl: null,
      recordedAt: "timestamp(3)",
    },
  },
} satisfies Record<string, TableSpec>;

export type TableName = keyof typeof TABLES;
export type RowOf<T extends TableName> = Record<keyof (typeof TABLES)[T]["columns"], SqlValue>;

const ORDER = Object.keys(TABLES) as TableName[];
/** SQLite allows 32,766 bound parameters per statement. */
const SQLITE_MAX_PARAMETERS = 32_000;
const POSTGRES_ROWS_PER_INSERT = 5_000;

/**
 * Buffers rows per table and writes them in bulk. Flushing a table first flushes the tables before
 * it, so rows never arrive before the rows they point at.
 */
export class BulkInserter {
  private readonly buffers = new Map<TableName, SqlValue[][]>(ORDER.map((name) => [name, []]));

  constructor(
    private readonly tx: Prisma.TransactionClient,
    private readonly provider: DatabaseProvider,
  ) {}

  async add<T extends TableName>(name: T, row: RowOf<T>): Promise<void> {
    const columns = Object.keys(TABLES[name].columns);
    const buffer = this.buffers.get(name) as SqlValue[][];
    buffer.push(columns.map((column) => row[column as keyof RowOf<T>]));
    const full =
      this.provider === "sqlite"
        ? (buffer.length + 1) * columns.length > SQLITE_MAX_PARAMETERS
        : buffer.length >= POSTGRES_ROWS_PER_INSERT;
    if (full) await this.flush(name);
  }

  /** Writes everything buffered (up to and including `upTo`, by default all tables). */
  async flush(upTo: TableName = ORDER.at(-1) as TableName): Promise<void> {
    for (const name of ORDER.slice(0, ORDER.indexOf(upTo) + 1)) {
      const rows = this.buffers.get(name) as SqlValue[][];
      if (rows.length === 0) continue;
      this.buffers.set(name, []);
      if (this.provider === "sqlite") {
        await this.tx.$executeRawUnsafe(sqliteInsert(name, rows.length), ...rows.flat());
      } else {
        const columns = (rows[0] as SqlValue[]).map((_, k) => rows.map((row) => row[k]));
        await this.tx.$executeRawUnsafe(postgresInsert(name), ...columns);
      }
    }
  }
}

const columnList = (spec: TableSpec) =>
  Object.keys(spec.columns)
    .map((column) => `"${column}"`)
    .join(", ");

function sqliteInsert(name: TableName, rowCount: number): string {
  const spec: TableSpec = TABLES[name];
  const row = `(${Object.keys(spec.columns).fill("?").join(", ")})`;
  return `INSERT INTO "${spec.table}" (${columnList(spec)}) VALUES ${Array(rowCount).fill(row).join(", ")}`;
}

function postgresInsert(name: TableName): string {
  const spec: TableSpec = TABLES[name];
  const arrays = Object.values(spec.columns).map((type, k) => `$${k + 1}::${type ?? "text"}[]`);
  return `INSERT INTO "${spec.table}" (${columnList(spec)}) SELECT * FROM unnest(${arrays.join(", ")})`;
}
