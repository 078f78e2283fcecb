import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Db } from "../client.ts";
import type { Prisma } from "../generated/sqlite/client.ts";
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  encodeRow,
  type BackupCounts,
  type BackupTable,
  type Row,
} from "./format.ts";
import { LONG_TRANSACTION, modelOf, valuesOf } from "./models.ts";

export interface BackupOptions {
  /** Also write password hashes (and sign-in tokens), so restored accounts can sign in. */
  includePasswordHashes: boolean;
}

/**
 * Writes the whole database to `output` (and ends it). Reads in keyset batches inside one
 * transaction: the file is a consistent snapshot however long it takes, and memory stays flat.
 * On SQLite that transaction holds the write lock, so writers wait until the backup is done.
 */
export async function writeBackup(
  db: Db,
  output: Writable,
  options: BackupOptions,
): Promise<BackupCounts> {
  const counts = {} as BackupCounts;
  await db.$transaction(async (tx) => {
    // PostgreSQL's default (read committed) would let each batch see later commits.
    if (db.$provider === "postgres") {
      await tx.$executeRawUnsafe("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    }
    await pipeline(Readable.from(backupText(tx, options, counts)), output);
  }, LONG_TRANSACTION);
  return counts;
}

async function* backupText(
  tx: Prisma.TransactionClient,
  options: BackupOptions,
  counts: BackupCounts,
): AsyncGenerator<string> {
  const header = `"format":"${BACKUP_FORMAT}","version":${BACKUP_VERSION},"includesPasswordHashes":${options.includePasswordHashes}`;
  yield `{${header},"tables":{`;
  for (const [tableIndex, table] of BACKUP_TABLES.entries()) {
    yield `${tableIndex === 0 ? "" : ","}\n${JSON.stringify(table.name)}:[`;
    let count = 0;
    for await (const rows of batchesInKeyOrder(tx, table)) {
      let text = "";
      for (const row of rows) {
        text += `${count++ === 0 ? "" : ","}\n${JSON.stringify(encodeRow(table, row, options.includePasswordHashes))}`;
      }
      yield text;
    }
    counts[table.name] = count;
    yield "\n]";
  }
  yield "}}\n";
}

/** The table's rows in primary-key order, a batch at a time, each read starting after the last. */
async function* batchesInKeyOrder(
  tx: Prisma.TransactionClient,
  table: BackupTable,
): AsyncGenerator<Row[]> {
  const model = modelOf(tx, table);
  const select = Object.fromEntries(
    Object.keys(table.columns).map((column) => [column, true as const]),
  );
  const orderBy = table.primaryKey.map((column) => ({ [column]: "asc" as const }));
  let last: Row | undefined;
  do {
    const rows = await model.findMany({
      select,
      where: last && rowsAfter(table, last),
      orderBy,
      take: table.batchSize,
    });
    if (rows.length > 0) yield rows;
    last = rows.length === table.batchSize ? rows.at(-1) : undefined;
  } while (last);
}

/** Keys greater than the row's: (a > x) OR (a = x AND b > y) for a key (a, b). */
function rowsAfter(table: BackupTable, last: Row): Row {
  return {
    OR: table.primaryKey.map((column, index) => ({
      ...valuesOf(last, table.primaryKey.slice(0, index)),
      [column]: { gt: last[column] },
    })),
  };
}
