// Commitment rows with their related lists in ONE SQL statement, each list a correlated JSON
// subquery: Prisma's findMany with relations sends a statement per relation (~0.3 ms fixed cost
// each), which dominated a page of 100 rows. The rows have the fields, order and types Prisma's
// select gave (the tests compare both over many filters, sorts and cursors).
import type { Db } from "./client.ts";
import type { commitmentListSelect } from "./commitments.ts";
import { Prisma } from "./generated/sqlite/client.ts";
import type { DatabaseProvider } from "./provider.ts";

type ListPayload = Prisma.CommitmentGetPayload<{ select: typeof commitmentListSelect }>;
type CountryRef = ListPayload["committingCountry"];
type ThemeRef = ListPayload["themes"][number]["theme"];

/** A list row: the commitment's fields, its committing country, quotes, counterparts and themes. */
export type CommitmentListSqlRow = Omit<ListPayload, "counterparts" | "themes"> & {
  counterparts: CountryRef[];
  themes: ThemeRef[];
};

/** A follow-up or deadline row. */
export type FollowUpRow = Pick<
  ListPayload,
  "id" | "title" | "status" | "stage" | "announcedOn" | "targetOn" | "lastEventOn"
> & { committingCountry: CountryRef; counterparts: CountryRef[] };

/** Enum columns are read as text so that PostgreSQL's enum types come back as plain strings. */
const ENUM_COLUMNS: ReadonlySet<string> = new Set(["kind", "direction", "stage", "status"]);

const scalarColumns = (names: readonly string[]) =>
  names
    .map((name) =>
      ENUM_COLUMNS.has(name) ? `CAST(c."${name}" AS TEXT) AS "${name}"` : `c."${name}"`,
    )
    .join(", ");

/** The rows of `from` as a JSON array of objects (key → SQL expression) in `orderBy` order. */
function jsonArray(
  provider: DatabaseProvider,
  fields: Record<string, string>,
  from: string,
  orderBy: string,
): string {
  const pairs = Object.entries(fields)
    .map(([key, expression]) => `'${key}', ${expression}`)
    .join(", ");
  return provider === "postgres"
    ? `(SELECT COALESCE(json_agg(json_build_object(${pairs}) ORDER BY ${orderBy}), '[]'::json) FROM ${from})`
    : `(SELECT json_group_array(json_object(${pairs}) ORDER BY ${orderBy}) FROM ${from})`;
}

const committingCountryColumns = `c."committingCountryId",
  (SELECT k."name" FROM "Country" k WHERE k."id" = c."committingCountryId") AS "committingCountryName"`;

/**
 * The commitment's rows in the join table `table`, as the `target` rows (key and name) they point
 * to through `foreignKey`, by that key.
 */
const namedRefsJson = (
  provider: DatabaseProvider,
  table: string,
  foreignKey: string,
  target: { table: string; key: string },
) =>
  jsonArray(
    provider,
    { [target.key]: `r."${target.key}"`, name: `r."name"` },
    `"${table}" x JOIN "${target.table}" r ON r."${target.key}" = x."${foreignKey}"
     WHERE x."commitmentId" = c."id"`,
    `x."${foreignKey}"`,
  );

const counterpartsJson = (provider: DatabaseProvider) =>
  namedRefsJson(provider, "CommitmentCounterpart", "countryId", { table: "Country", key: "id" });

const themesJson = (provider: DatabaseProvider) =>
  namedRefsJson(provider, "CommitmentTheme", "themeSlug", { table: "Theme", key: "slug" });

const quotesJson = (provider: DatabaseProvider) =>
  jsonArray(
    provider,
    {
      id: `q."id"`,
      statementId: `q."statementId"`,
      start: `q."start"`,
      end: `q."end"`,
      text: `q."text"`,
    },
    `"Quote" q WHERE q."commitmentId" = c."id"`,
    `q."start"`,
  );

const LIST_SCALARS = [
  "id",
  "title",
  "kind",
  "direction",
  "stage",
  "status",
  "progress",
  "announcedOn",
  "targetOn",
  "lastEventOn",
  "parentId",
  "counterpartOther",
  "version",
  "updatedAt",
] as const satisfies readonly (keyof ListPayload)[];

const FOLLOW_UP_SCALARS = [
  "id",
  "title",
  "status",
  "stage",
  "announcedOn",
  "targetOn",
  "lastEventOn",
] as const satisfies readonly (keyof FollowUpRow)[];

/** What a list row shows, over `"Commitment" c`: read back with toCommitmentListRow. */
const commitmentListColumns = (provider: DatabaseProvider) =>
  Prisma.raw(`${scalarColumns(LIST_SCALARS)}, ${committingCountryColumns},
    ${quotesJson(provider)} AS "quotes",
    ${counterpartsJson(provider)} AS "counterparts",
    ${themesJson(provider)} AS "themes"`);

/** What a follow-up row shows, over `"Commitment" c`: read back with toFollowUpRow. */
const followUpColumns = (provider: DatabaseProvider) =>
  Prisma.raw(`${scalarColumns(FOLLOW_UP_SCALARS)}, ${committingCountryColumns},
    ${counterpartsJson(provider)} AS "counterparts"`);

/** A row as $queryRaw returns it: JSON columns as text on SQLite, parsed by pg. */
type RawRow = Record<string, unknown>;

const parsed = <T>(value: unknown): T =>
  (typeof value === "string" ? JSON.parse(value) : value) as T;

const committingCountryOf = (row: RawRow): CountryRef => ({
  id: row.committingCountryId as string,
  name: row.committingCountryName as string,
});

/** The named scalar columns of a row, in that order. */
const scalarsOf = <Name extends keyof ListPayload>(row: RawRow, names: readonly Name[]) =>
  Object.fromEntries(names.map((name) => [name, row[name]])) as Pick<ListPayload, Name>;

/** Fields in the order Prisma gave them, so the API's JSON stays byte for byte the same. */
function toCommitmentListRow(row: RawRow): CommitmentListSqlRow {
  return {
    ...scalarsOf(row, LIST_SCALARS),
    committingCountry: committingCountryOf(row),
    quotes: parsed(row.quotes),
    counterparts: parsed(row.counterparts),
    themes: parsed(row.themes),
  };
}

function toFollowUpRow(row: RawRow): FollowUpRow {
  return {
    ...scalarsOf(row, FOLLOW_UP_SCALARS),
    committingCountry: committingCountryOf(row),
    counterparts: parsed(row.counterparts),
  };
}

/** A page: the rows `where` selects, in `orderBy` order, at most `limit` (all over `"Commitment" c`). */
interface Page {
  where: Prisma.Sql;
  orderBy: Prisma.Sql;
  limit: number;
}

/**
 * `columns` of a page's rows. The page is chosen first and the columns (the JSON) computed for its
 * rows only: under a sort no index gives, they would be computed for every matching row.
 */
const selectPage = (db: Db, columns: Prisma.Sql, { where, orderBy, limit }: Page) =>
  db.$queryRaw<RawRow[]>`
    SELECT ${columns}
    FROM (SELECT c."id" FROM "Commitment" c WHERE ${where} ORDER BY ${orderBy} LIMIT ${limit}) page
    JOIN "Commitment" c ON c."id" = page."id"
    ORDER BY ${orderBy}`;

/** A page of list rows: what `findMany({ select: commitmentListSelect })` gave, in one statement. */
export async function findCommitmentListRows(db: Db, page: Page): Promise<CommitmentListSqlRow[]> {
  return (await selectPage(db, commitmentListColumns(db.$provider), page)).map(toCommitmentListRow);
}

/** A page of follow-up rows ordered by `sortKey` (SQL over c), then id; each with its sort key. */
export async function findFollowUpRows(
  db: Db,
  { sortKey, where, limit }: Omit<Page, "orderBy"> & { sortKey: Prisma.Sql },
): Promise<{ row: FollowUpRow; sortKey: string }[]> {
  const rows = await selectPage(
    db,
    Prisma.sql`${followUpColumns(db.$provider)}, ${sortKey} AS "sortKey"`,
    { where, orderBy: Prisma.sql`${sortKey}, c."id"`, limit },
  );
  return rows.map((row) => ({ row: toFollowUpRow(row), sortKey: row.sortKey as string }));
}
