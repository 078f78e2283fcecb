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
import { findFollowUpRows, type FollowUpRow } from "./commitment-list-sql.ts";
import { endOfPartialDateSql } from "./stats.ts";

interface Page {
  cursor?: string | undefined;
  limit: number;
}

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
  const page = await findFollowUpRows(db, {
    where: Prisma.sql`${commitmentFilterSql({ ...filter, ...list.only, asOf }, db.$provider)} ${afterCursor}`,
    sortKey: list.sortKey,
    limit: limit + 1,
  });
  const rows = page.slice(0, limit);
  const last = rows.at(-1);
  return {
    rows: rows.map(({ row }) => ({ ...row, ...list.describe(row, asOf) })),
    nextCursor:
      page.length > limit && last
        ? encodeFollowUpCursor({ id: last.row.id, sortKey: last.sortKey })
        : null,
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
