// Bulk INSERTs with bound parameters: one statement carries thousands of rows, which is what makes
// a million status events a matter of seconds rather than hours of per-row Prisma calls. SQLite gets
// multi-row VALUES; PostgreSQL gets one array per column through unnest, which it parses and plans
// several times faster than tens of thousands of placeholders.
import type { DatabaseProvider } from "../provider.ts";
import type { Prisma } from "../generated/sqlite/client.ts";

export type SqlValue = string | number | null;

export interface TableSpec {
  table: string;
  /** Column name → its PostgreSQL type when not text (native enums, timestamps, numbers). */
  columns: Record<string, string | null>;
}

/** The columns every written commitment sets, generated or created. */
const COMMITMENT_FIELDS = {
  id: null,
  title: null,
  description: null,
  kind: `"CommitmentKind"`,
  parentId: null,
  committingCountryId: null,
  counterpartOther: null,
  direction: `"Direction"`,
  stage: `"Stage"`,
};
const COUNTERPART = {
  table: "CommitmentCounterpart",
  columns: { commitmentId: null, countryId: null },
} satisfies TableSpec;
const THEME = {
  table: "CommitmentTheme",
  columns: { commitmentId: null, themeSlug: null },
} satisfies TableSpec;
const QUOTE = {
  table: "Quote",
  columns: {
    id: null,
    statementId: null,
    commitmentId: null,
    start: "integer",
    end: "integer",
    text: null,
  },
} satisfies TableSpec;

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
      ...COMMITMENT_FIELDS,
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
  counterpart: COUNTERPART,
  theme: THEME,
  quote: QUOTE,
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

/**
 * The tables a new commitment is written to (insertCommitments), in foreign-key order. Columns left
 * out take their database defaults (status, progress, version).
 */
export const NEW_COMMITMENT_TABLES = {
  commitment: {
    table: "Commitment",
    columns: {
      ...COMMITMENT_FIELDS,
      announcedOn: null,
      targetOn: null,
      externalId: null,
      createdAt: "timestamp(3)",
      updatedAt: "timestamp(3)",
    },
  },
  counterpart: COUNTERPART,
  theme: THEME,
  quote: QUOTE,
  auditEntry: {
    table: "AuditEntry",
    columns: {
      id: null,
      entityType: null,
      entityId: null,
      action: null,
      actorId: null,
      at: "timestamp(3)",
      changes: null,
    },
  },
} satisfies Record<string, TableSpec>;

type Tables = Record<string, TableSpec>;
export type RowIn<Spec extends TableSpec> = Record<keyof Spec["columns"], SqlValue>;
export type TableName = keyof typeof TABLES;
export type RowOf<T extends TableName> = RowIn<(typeof TABLES)[T]>;

/** A timestamp as Prisma's SQLite adapter stores it; PostgreSQL casts the same text. */
export const sqlTimestamp = (date: Date) => date.toISOString().replace("Z", "+00:00");

/** SQLite allows 32,766 bound parameters per statement. */
const SQLITE_MAX_PARAMETERS = 32_000;
const POSTGRES_ROWS_PER_INSERT = 5_000;

/**
 * Buffers rows per table of `tables` and writes them in bulk. Flushing a table first flushes the
 * tables before it, so rows never arrive before the rows they point at.
 */
export class BulkInserter<T extends Tables> {
  private readonly order: (keyof T & string)[];
  private readonly buffers: Map<keyof T, SqlValue[][]>;

  constructor(
    private readonly tx: Prisma.TransactionClient,
    private readonly provider: DatabaseProvider,
    private readonly tables: T,
  ) {
    this.order = Object.keys(tables);
    this.buffers = new Map(this.order.map((name) => [name, []]));
  }

  async add<Name extends keyof T & string>(name: Name, row: RowIn<T[Name]>): Promise<void> {
    const columns = Object.keys((this.tables[name] as TableSpec).columns);
    const buffer = this.buffers.get(name) as SqlValue[][];
    buffer.push(columns.map((column) => row[column as keyof RowIn<T[Name]>]));
    const full =
      this.provider === "sqlite"
        ? (buffer.length + 1) * columns.length > SQLITE_MAX_PARAMETERS
        : buffer.length >= POSTGRES_ROWS_PER_INSERT;
    if (full) await this.flush(name);
  }

  /** Writes everything buffered (up to and including `upTo`, by default all tables). */
  async flush(upTo: keyof T & string = this.order.at(-1) as keyof T & string): Promise<void> {
    for (const name of this.order.slice(0, this.order.indexOf(upTo) + 1)) {
      const rows = this.buffers.get(name) as SqlValue[][];
      if (rows.length === 0) continue;
      this.buffers.set(name, []);
      const spec = this.tables[name] as TableSpec;
      if (this.provider === "sqlite") {
        await this.tx.$executeRawUnsafe(sqliteInsert(spec, rows.length), ...rows.flat());
      } else {
        const columns = (rows[0] as SqlValue[]).map((_, k) => rows.map((row) => row[k]));
        await this.tx.$executeRawUnsafe(postgresInsert(spec), ...columns);
      }
    }
  }
}

const columnList = (spec: TableSpec) =>
  Object.keys(spec.columns)
    .map((column) => `"${column}"`)
    .join(", ");

function sqliteInsert(spec: TableSpec, rowCount: number): string {
  const row = `(${Object.keys(spec.columns).fill("?").join(", ")})`;
  return `INSERT INTO "${spec.table}" (${columnList(spec)}) VALUES ${Array(rowCount).fill(row).join(", ")}`;
}

function postgresInsert(spec: TableSpec): string {
  const arrays = Object.values(spec.columns).map((type, k) => `$${k + 1}::${type ?? "text"}[]`);
  return `INSERT INTO "${spec.table}" (${columnList(spec)}) SELECT * FROM unnest(${arrays.join(", ")})`;
}
