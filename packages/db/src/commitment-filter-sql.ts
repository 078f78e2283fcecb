// The CommitmentFilter as a SQL condition, for the aggregates and follow-up lists written in raw
// SQL: the database applies the filter itself instead of Node reading the matching ids and
// sending them back. It must select exactly the rows commitmentWhere selects (the tests compare
// both over many filter combinations).
import {
  OPEN_STATUSES,
  STATUSES,
  addDays,
  endsBeforeRange,
  isFinalStatus,
  lastDayOf,
  todayIso,
  type CommitmentFilter,
} from "@pledgewatch/domain";
import { Prisma } from "./generated/sqlite/client.ts";
import type { DatabaseProvider } from "./provider.ts";

const FINAL_STATUSES = STATUSES.filter(isFinalStatus);

const column = (name: string) => Prisma.raw(`c."${name}"`);
const list = (values: readonly string[]) => Prisma.sql`(${Prisma.join(values)})`;

/** Enum columns are compared as text so that PostgreSQL's enum types take plain string parameters. */
const enumColumn = (name: string, provider: DatabaseProvider) =>
  provider === "postgres" ? Prisma.raw(`c."${name}"::text`) : column(name);

/** The partial dates in `date` whose last day falls before `day` (see endsBeforeRange). */
function endsBefore(date: Prisma.Sql, day: string): Prisma.Sql {
  const { lt, notIn } = endsBeforeRange(day);
  return Prisma.sql`(${date} < ${lt} AND ${date} NOT IN ${list(notIn)})`;
}

/** Whether the commitment has a row in `table` whose `field` is one of `values`. */
const hasRelated = (table: string, field: string, values: readonly string[]) =>
  Prisma.sql`EXISTS (SELECT 1 FROM ${Prisma.raw(`"${table}"`)} r
                     WHERE r."commitmentId" = c."id" AND ${Prisma.raw(`r."${field}"`)} IN ${list(values)})`;

const any = (conditions: Prisma.Sql[]) => Prisma.sql`(${Prisma.join(conditions, " OR ")})`;
const all = (conditions: Prisma.Sql[]) => Prisma.sql`(${Prisma.join(conditions, " AND ")})`;

/**
 * The filter as a condition over `"Commitment" c` (the alias is part of the contract), built from
 * the same rules as commitmentWhere. Soft-deleted commitments never match.
 */
export function commitmentFilterSql(
  filter: CommitmentFilter,
  provider: DatabaseProvider,
): Prisma.Sql {
  const asOf = filter.asOf ?? todayIso();
  const and: Prisma.Sql[] = [Prisma.sql`c."deletedAt" IS NULL`];
  const status = enumColumn("status", provider);
  const isOpen = Prisma.sql`${status} IN ${list(OPEN_STATUSES)}`;
  const isFinal = Prisma.sql`${status} IN ${list(FINAL_STATUSES)}`;
  const endsBy = (date: Prisma.Sql, bound: string) =>
    endsBefore(date, addDays(lastDayOf(bound), 1));

  if (filter.countries?.length) {
    and.push(
      any([
        Prisma.sql`c."committingCountryId" IN ${list(filter.countries)}`,
        hasRelated("CommitmentCounterpart", "countryId", filter.countries),
      ]),
    );
  }
  if (filter.pair) {
    const [a, b] = filter.pair;
    and.push(
      any([
        Prisma.sql`(c."committingCountryId" = ${a} AND ${hasRelated("CommitmentCounterpart", "countryId", [b])})`,
        Prisma.sql`(c."committingCountryId" = ${b} AND ${hasRelated("CommitmentCounterpart", "countryId", [a])})`,
      ]),
    );
  }
  if (filter.themes?.length) and.push(hasRelated("CommitmentTheme", "themeSlug", filter.themes));
  if (filter.statuses?.length) and.push(Prisma.sql`${status} IN ${list(filter.statuses)}`);
  if (filter.stages?.length) {
    and.push(Prisma.sql`${enumColumn("stage", provider)} IN ${list(filter.stages)}`);
  }
  if (filter.kind) and.push(Prisma.sql`${enumColumn("kind", provider)} = ${filter.kind}`);
  if (filter.parentId) and.push(Prisma.sql`c."parentId" = ${filter.parentId}`);
  if (filter.announcedFrom) and.push(Prisma.sql`c."announcedOn" >= ${filter.announcedFrom}`);
  if (filter.announcedTo) and.push(endsBy(column("announcedOn"), filter.announcedTo));
  if (filter.targetFrom) and.push(Prisma.sql`c."targetOn" >= ${filter.targetFrom}`);
  if (filter.targetTo) and.push(endsBy(column("targetOn"), filter.targetTo));

  // As in commitmentWhere, the negations are spelled out: NOT over a NULL date is NULL.
  if (filter.overdue !== undefined) {
    const pastDeadline = endsBefore(column("targetOn"), asOf);
    and.push(
      filter.overdue
        ? all([isOpen, pastDeadline])
        : any([isFinal, Prisma.sql`c."targetOn" IS NULL`, Prisma.sql`NOT ${pastDeadline}`]),
    );
  }
  if (filter.stale !== undefined) {
    const quietSinceDay = addDays(asOf, -filter.staleDays);
    const lastEventQuiet = endsBefore(column("lastEventOn"), quietSinceDay);
    const announcedQuiet = endsBefore(column("announcedOn"), quietSinceDay);
    and.push(
      filter.stale
        ? all([
            isOpen,
            any([lastEventQuiet, Prisma.sql`(c."lastEventOn" IS NULL AND ${announcedQuiet})`]),
          ])
        : any([
            isFinal,
            Prisma.sql`(c."lastEventOn" IS NOT NULL AND NOT ${lastEventQuiet})`,
            Prisma.sql`(c."lastEventOn" IS NULL AND c."announcedOn" IS NULL)`,
            Prisma.sql`(c."lastEventOn" IS NULL AND NOT ${announcedQuiet})`,
          ]),
    );
  }
  if (filter.text) {
    // Prisma's `contains`, as commitmentWhere uses it: LIKE (ASCII case-insensitive in SQLite) or
    // ILIKE, with LIKE's wildcards in the text left active (SQLite's LIKE has no default escape).
    const like = Prisma.raw(provider === "postgres" ? "ILIKE" : "LIKE");
    const pattern = `%${filter.text}%`;
    const matches = (text: Prisma.Sql) => Prisma.sql`${text} ${like} ${pattern}`;
    and.push(
      any([
        matches(column("title")),
        matches(column("description")),
        Prisma.sql`EXISTS (SELECT 1 FROM "Quote" q WHERE q."commitmentId" = c."id" AND ${matches(Prisma.raw('q."text"'))})`,
      ]),
    );
  }
  return all(and);
}
