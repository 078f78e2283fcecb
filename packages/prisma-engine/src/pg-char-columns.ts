import { ColumnTypeEnum, type SqlResultSet } from "@prisma/driver-adapter-utils";
import pg from "pg";

// @prisma/adapter-pg has no column type for PostgreSQL's internal one-byte `"char"` type (OID 18)
// and rejects any result containing one, yet the engine's catalog queries return such columns
// (pg_constraint.contype, …). The engine expects them as ColumnType.Character.
const INTERNAL_CHAR_OID = 18;
const TEXT_OID = 25;

/** Positions of `"char"` columns, keyed by the result's row array (which PrismaPg passes on). */
const charColumnsByRows = new WeakMap<unknown[], number[]>();

function relabelCharColumns(result: unknown): void {
  if (!(result instanceof pg.Result)) return;
  const positions = result.fields.flatMap((field, index) =>
    field.dataTypeID === INTERNAL_CHAR_OID ? [index] : [],
  );
  if (positions.length === 0) return;
  for (const index of positions) result.fields[index]!.dataTypeID = TEXT_OID;
  charColumnsByRows.set(result.rows, positions);
}

/** A pg client that lets PrismaPg read `"char"` columns as text; pass it as the pool's `Client`. */
export class CharColumnsClient extends pg.Client {
  // One variadic signature stands for pg's overloads (promise, callback and submittable forms).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const callback: unknown = args.at(-1);
    if (typeof callback === "function") {
      args[args.length - 1] = (error: unknown, result: unknown) => {
        if (!error) relabelCharColumns(result);
        callback(error, result);
      };
      return super.query(...(args as Parameters<pg.Client["query"]>));
    }
    const returned: unknown = super.query(...(args as Parameters<pg.Client["query"]>));
    if (!(returned instanceof Promise)) return returned;
    return returned.then((result: unknown) => {
      relabelCharColumns(result);
      return result;
    });
  }
}

/** Marks the columns CharColumnsClient read as `"char"` as ColumnType.Character. */
export function restoreCharColumns(resultSet: SqlResultSet): SqlResultSet {
  for (const index of charColumnsByRows.get(resultSet.rows) ?? [])
    resultSet.columnTypes[index] = ColumnTypeEnum.Character;
  return resultSet;
}
