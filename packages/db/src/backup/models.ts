import type { Prisma } from "../generated/sqlite/client.ts";
import type { BackupTable, Row, TableName } from "./format.ts";

/** The Prisma calls a backup and a restore make; the tables differ only in their columns. */
export interface BackupModel {
  count(): Promise<number>;
  findMany(args: {
    select: Record<string, true>;
    where?: Row;
    orderBy: Record<string, "asc">[];
    take: number;
  }): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<unknown>;
  create(args: { data: Row }): Promise<unknown>;
  update(args: { where: Row; data: Row }): Promise<unknown>;
}

export function modelOf(tx: Prisma.TransactionClient, table: BackupTable): BackupModel {
  return (tx as unknown as Record<TableName, BackupModel>)[table.name];
}

/** The row's values of these columns, e.g. its primary key `{ id }` as a unique `where`. */
export const valuesOf = (row: Row, columns: string[]): Row =>
  Object.fromEntries(columns.map((column) => [column, row[column]]));

/**
 * Prisma's default limits are seconds; a research database may hold millions of rows. (Node
 * timers cap at about 24.8 days, so the limit stays well below that.)
 */
export const LONG_TRANSACTION = { maxWait: 60_000, timeout: 24 * 60 * 60 * 1000 };
