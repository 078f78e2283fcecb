// Journalists' follow-up lists: overdue and stale commitments, oldest problem first, paged by a
// keyset cursor (sort key + id) so pages stay stable while commitments are added.
import {
  daysBetween,
  decodeFollowUpCursor,
  encodeFollowUpCursor,
  lastDayOf,
  todayIso,
  type CommitmentFilter,
} from "@pledgewatch/domain";
import type { Db } from "./client.ts";
import { commitmentFilterSql } from "./commitment-filter-sql.ts";
import { Prisma } from "./generated/sqlite/client.ts";
import { endOfPartialDateSql, findFollowUpRows } from "./stats.ts";

interface Page {
  cursor?: string | undefined;
  limit: number;
}

type FollowUpRow = Awaited<ReturnType<typeof findFollowUpRows>>[number];

/**
 * One page of the open commitments the filter plus `list.only` select, ordered by `list.sortKey`
 * (SQL over alias c), then id; each row gets the figures `list.describe` adds.
 */
async function listFollowUp<Extra>(
  db: Db,
  input: CommitmentFilter & Page,
  list: {
    only: Pick<CommitmentFilter, "overdue" | "stale">;
    sortKey: Prisma.Sql;
    describe: (row: FollowUpRow, asOf: string) => Extra;
  },
) {
  const { cursor, limit, ...filter } = input;
  const asOf = filter.asOf ?? todayIso();
  const after = cursor ? decodeFollowUpCursor(cursor) : undefined;
  const afterCursor = after
    ? Prisma.sql`AND (${list.sortKey} > ${after.sortKey}
                      OR (${list.sortKey} = ${after.sortKey} AND c."id" > ${after.id}))`
    : Prisma.empty;
  const keys = await db.$queryRaw<{ id: string; sortKey: string }[]>`
    SELECT c."id", ${list.sortKey} AS "sortKey" FROM "Commitment" c
    WHERE ${commitmentFilterSql({ ...filter, ...list.only, asOf }, db.$provider)} ${afterCursor}
    ORDER BY 2, 1
    LIMIT ${limit + 1}`;
  const pageKeys = keys.slice(0, limit);
  const last = pageKeys.at(-1);
  const rows = await findFollowUpRows(
    db,
    pageKeys.map((key) => key.id),
  );
  return {
    rows: rows.map((row) => ({ ...row, ...list.describe(row, asOf) })),
    nextCursor: keys.length > limit && last ? encodeFollowUpCursor(last) : null,
  };
}

/** Open commitments whose deadline's last day is before asOf, most overdue first. */
export function listOverdue(db: Db, input: CommitmentFilter & Page) {
  return listFollowUp(db, input, {
    only: { overdue: true },
    sortKey: endOfPartialDateSql(Prisma.sql`c."targetOn"`),
    describe(row, asOf) {
      const deadline = lastDayOf(row.targetOn ?? asOf);
      return { deadline, daysOverdue: daysBetween(deadline, asOf) };
    },
  });
}

/**
 * Open commitments with no status event for more than staleDays days — or, without events, none
 * since their announcement — quietest first.
 */
export function listStale(db: Db, input: CommitmentFilter & Page) {
  return listFollowUp(db, input, {
    only: { stale: true },
    sortKey: endOfPartialDateSql(Prisma.sql`COALESCE(c."lastEventOn", c."announcedOn")`),
    describe(row, asOf) {
      const quietSince = lastDayOf(row.lastEventOn ?? row.announcedOn ?? asOf);
      return { quietSince, daysQuiet: daysBetween(quietSince, asOf) };
    },
  });
}
