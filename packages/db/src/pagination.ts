import { AppError } from "@pledgewatch/domain";
import { Prisma } from "./generated/sqlite/client.ts";

/** Where a page ended: the last row's sort value (dates as ISO strings) and its id. */
interface Keyset {
  value: string | null;
  id: string;
}

export interface KeysetOrder {
  field: string;
  direction: "asc" | "desc";
  /** Rows without a value come last, in either direction. */
  nullable: boolean;
  /** A DateTime column: cursor values are ISO strings turned back into dates. */
  isDate?: boolean;
}

const encodeCursor = (keyset: Keyset): string =>
  Buffer.from(JSON.stringify(keyset), "utf8").toString("base64url");

function decodeCursor(cursor: string): Keyset {
  const invalid = new AppError(
    "VALIDATION",
    "This page cursor is not valid; start from the first page.",
    "cursor",
  );
  let keyset: Partial<Keyset>;
  try {
    keyset = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as Partial<Keyset>;
  } catch {
    throw invalid;
  }
  const { value, id } = keyset ?? {};
  if (typeof id !== "string" || (value !== null && typeof value !== "string")) throw invalid;
  return { value, id };
}

/** ORDER BY the field (nulls last), then id: the id makes the order total, so pages never overlap. */
export function keysetOrderBy(order: KeysetOrder): Record<string, unknown>[] {
  const { field, direction, nullable } = order;
  return [{ [field]: nullable ? { sort: direction, nulls: "last" } : direction }, { id: "asc" }];
}

/**
 * The rows after the cursor in keysetOrderBy's order, written out by hand because Prisma's own
 * cursor ignores how NULLs sort. The inclusive bound on the field repeats what the OR implies, so
 * that the database starts an index range at the cursor instead of filtering from the first row
 * (SQLite does not derive it from the OR: page 1,000 would cost as much as reading 999 pages).
 */
export function keysetAfter(
  order: KeysetOrder,
  cursor: string | undefined,
): Record<string, unknown> {
  if (cursor === undefined) return {};
  const { value, id } = decodeCursor(cursor);
  const { field, direction, nullable } = order;
  if (value === null) return { [field]: null, id: { gt: id } };
  const cursorValue = order.isDate ? new Date(value) : value;
  const from = { [field]: { [direction === "asc" ? "gte" : "lte"]: cursorValue } };
  return {
    AND: [
      nullable ? { OR: [from, { [field]: null }] } : from,
      {
        OR: [
          { [field]: { [direction === "asc" ? "gt" : "lt"]: cursorValue } },
          { [field]: cursorValue, id: { gt: id } },
          ...(nullable ? [{ [field]: null }] : []),
        ],
      },
    ],
  };
}

const orderColumn = (order: KeysetOrder) => Prisma.raw(`c."${order.field}"`);

/** keysetOrderBy as SQL over `"Commitment" c`. */
export function keysetOrderBySql(order: KeysetOrder): Prisma.Sql {
  const direction = order.direction === "asc" ? "ASC" : "DESC";
  return Prisma.sql`${orderColumn(order)} ${Prisma.raw(direction)}${Prisma.raw(
    order.nullable ? " NULLS LAST" : "",
  )}, c."id" ASC`;
}

/** keysetAfter as a SQL condition over `"Commitment" c` (TRUE without a cursor). */
export function keysetAfterSql(order: KeysetOrder, cursor: string | undefined): Prisma.Sql {
  if (cursor === undefined) return Prisma.sql`TRUE`;
  const { value, id } = decodeCursor(cursor);
  const column = orderColumn(order);
  if (value === null) return Prisma.sql`(${column} IS NULL AND c."id" > ${id})`;
  const cursorValue = order.isDate ? new Date(value) : value;
  const [from, beyond] = order.direction === "asc" ? [">=", ">"] : ["<=", "<"];
  const orNull = order.nullable ? Prisma.sql` OR ${column} IS NULL` : Prisma.empty;
  return Prisma.sql`((${column} ${Prisma.raw(from)} ${cursorValue}${orNull})
    AND (${column} ${Prisma.raw(beyond)} ${cursorValue}
         OR (${column} = ${cursorValue} AND c."id" > ${id})${orNull}))`;
}

/** Rows were fetched with `take: limit + 1`: the extra one tells whether another page exists. */
export function toPage<Row extends { id: string }>(
  rows: Row[],
  limit: number,
  order: KeysetOrder,
): { items: Row[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  if (rows.length <= limit || !last) return { items, nextCursor: null };
  const raw = (last as Record<string, unknown>)[order.field];
  const value = raw instanceof Date ? raw.toISOString() : ((raw as string | null) ?? null);
  return { items, nextCursor: encodeCursor({ value, id: last.id }) };
}
