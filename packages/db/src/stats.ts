// Dashboard statistics. Every count is one GROUP BY statement in the database over the commitments
// the shared filter selects (commitmentFilterSql, which selects what commitmentWhere selects), so a
// chart agrees with the list behind each of its segments.
import {
  STAGE_LABELS,
  STAGES,
  STATUSES,
  addDays,
  byName,
  daysBetween,
  emptyStatusCounts,
  lastDayOf,
  percentOf,
  statusMatrix,
  statusTimeline,
  todayIso,
  type CommitmentFilter,
  type Stage,
  type Status,
} from "@pledgewatch/domain";
import type { Db } from "./client.ts";
import { commitmentFilterSql } from "./commitment-filter-sql.ts";
import { findFollowUpRows } from "./commitment-list-sql.ts";
import { Prisma } from "./generated/sqlite/client.ts";

/**
 * The last day of a partial date as a key that sorts like it, for ORDER BY only: "2025" →
 * "2025-12-31", "2025-06" → "2025-06-31" (after every real day of June, before July).
 */
export const endOfPartialDateSql = (column: Prisma.Sql): Prisma.Sql => Prisma.sql`
  CASE WHEN length(${column}) = 4 THEN ${column} || '-12-31'
       WHEN length(${column}) = 7 THEN ${column} || '-31'
       ELSE ${column} END`;

/** Raw counts come back as bigint on PostgreSQL and as number on SQLite. */
interface StatusCountRow {
  id: string;
  label: string;
  status: Status | null;
  count: number | bigint;
}

/** Rows (id, label) in `order`, each with its status counts from the GROUP BY `groups`. */
function matrixOf(
  groups: StatusCountRow[],
  order: (rows: { id: string; label: string }[]) => void,
) {
  const rows = [
    ...new Map(groups.map((group) => [group.id, { id: group.id, label: group.label }])).values(),
  ];
  order(rows);
  return statusMatrix(
    rows,
    groups.flatMap(({ id, status, count }) =>
      status === null ? [] : [{ id, status, count: Number(count) }],
    ),
  );
}

const byLabel = (rows: { label: string }[]) =>
  rows.sort((a, b) => byName({ name: a.label }, { name: b.label }));

/**
 * Count per theme × status, a row for every theme. A commitment counts once under each of its
 * themes; one without themes under none.
 */
export async function countByThemeAndStatus(db: Db, filter: CommitmentFilter) {
  const groups = await db.$queryRaw<StatusCountRow[]>`
    SELECT t."slug" AS "id", t."name" AS "label", g."status", g."count"
    FROM "Theme" t
    LEFT JOIN (
      SELECT ct."themeSlug", CAST(c."status" AS TEXT) AS "status", CAST(COUNT(*) AS INTEGER) AS "count"
      FROM "Commitment" c JOIN "CommitmentTheme" ct ON ct."commitmentId" = c."id"
      WHERE ${commitmentFilterSql(filter, db.$provider)}
      GROUP BY 1, 2
    ) g ON g."themeSlug" = t."slug"`;
  return matrixOf(groups, byLabel);
}

/**
 * Count per country × status, for every country involved in at least one selected commitment.
 * A commitment counts once for its committing country and once for each counterpart country, so
 * the rows add up to more than the number of commitments.
 */
export async function countByCountryAndStatus(db: Db, filter: CommitmentFilter) {
  const where = commitmentFilterSql(filter, db.$provider);
  const groups = await db.$queryRaw<StatusCountRow[]>`
    SELECT g."countryId" AS "id", co."name" AS "label", g."status",
           CAST(SUM(g."count") AS INTEGER) AS "count"
    FROM (
      SELECT c."committingCountryId" AS "countryId", CAST(c."status" AS TEXT) AS "status",
             COUNT(*) AS "count"
      FROM "Commitment" c WHERE ${where}
      GROUP BY 1, 2
      UNION ALL
      SELECT cc."countryId", CAST(c."status" AS TEXT), COUNT(*)
      FROM "Commitment" c JOIN "CommitmentCounterpart" cc ON cc."commitmentId" = c."id"
      WHERE ${where}
      GROUP BY 1, 2
    ) g JOIN "Country" co ON co."id" = g."countryId"
    GROUP BY 1, 2, 3`;
  return matrixOf(groups, byLabel);
}

/**
 * Count per unordered country pair × status: the committing country with each counterpart
 * country. Pair ids put the codes in alphabetical order ("CN-KE"), so commitments made in either
 * direction meet in one row. Non-state counterparts form no pair.
 */
export async function countByPairAndStatus(db: Db, filter: CommitmentFilter) {
  // Names from the 250-row country table, looked up in JavaScript: two joins to every one of the
  // (pair, status) groups (25k at 100k commitments) cost more.
  const groups = await db.$queryRaw<
    { first: string; second: string; status: Status; count: number | bigint }[]
  >`
    SELECT CASE WHEN c."committingCountryId" < cc."countryId"
                THEN c."committingCountryId" ELSE cc."countryId" END AS "first",
           CASE WHEN c."committingCountryId" < cc."countryId"
                THEN cc."countryId" ELSE c."committingCountryId" END AS "second",
           CAST(c."status" AS TEXT) AS "status",
           CAST(COUNT(*) AS INTEGER) AS "count"
    FROM "CommitmentCounterpart" cc
    JOIN "Commitment" c ON c."id" = cc."commitmentId"
    WHERE ${commitmentFilterSql(filter, db.$provider)} AND cc."countryId" <> c."committingCountryId"
    GROUP BY 1, 2, 3`;
  const names = new Map(
    (await db.country.findMany({ select: { id: true, name: true } })).map(({ id, name }) => [
      id,
      name,
    ]),
  );
  const countryOf = (id: string) => ({ id, name: names.get(id) ?? id });
  const pairs = new Map(
    groups.map((group) => [
      `${group.first}-${group.second}`,
      [countryOf(group.first), countryOf(group.second)],
    ]),
  );
  const rows = statusMatrix(
    [...pairs.keys()].sort().map((id) => ({ id, label: id })),
    groups.map((group) => ({
      id: `${group.first}-${group.second}`,
      status: group.status,
      count: Number(group.count),
    })),
  );
  return rows.map((row) => {
    const countries = pairs.get(row.id) ?? [];
    return { ...row, label: countries.map((country) => country.name).join(" – "), countries };
  });
}

/** Count per stage × status; every stage has a row. */
export async function countByStageAndStatus(db: Db, filter: CommitmentFilter) {
  const groups = await db.$queryRaw<{ stage: Stage; status: Status; count: number | bigint }[]>`
    SELECT CAST(c."stage" AS TEXT) AS "stage", CAST(c."status" AS TEXT) AS "status",
           CAST(COUNT(*) AS INTEGER) AS "count"
    FROM "Commitment" c
    WHERE ${commitmentFilterSql(filter, db.$provider)}
    GROUP BY 1, 2`;
  return statusMatrix(
    STAGES.map((stage) => ({ id: stage, label: STAGE_LABELS[stage] })),
    groups.map((group) => ({ id: group.stage, status: group.status, count: Number(group.count) })),
  );
}

/**
 * Status events per month (by the status they moved to) and the number of commitments in each
 * status at the end of every month. A commitment enters as not_assessed in the month it was
 * announced ("2023" counts from 2023-01) or, if its first status event is earlier or it has no
 * announcement date, in the month of that event; each event then moves it to its new status.
 * Commitments with neither date cannot be placed in time and are counted in `undated` only.
 */
export async function statusOverTime(db: Db, filter: CommitmentFilter) {
  const where = commitmentFilterSql(filter, db.$provider);
  const announcedMonth = Prisma.sql`
    CASE WHEN length(c."announcedOn") = 4 THEN c."announcedOn" || '-01'
         ELSE substr(c."announcedOn", 1, 7) END`;
  // Entries (fromStatus and toStatus null) and transitions in one statement: one round trip.
  const rows = await db.$queryRaw<
    {
      month: string | null;
      fromStatus: Status | null;
      toStatus: Status | null;
      count: number | bigint;
    }[]
  >`
    SELECT CASE WHEN d."firstEvent" IS NULL
                  OR (d."announced" IS NOT NULL AND d."announced" < d."firstEvent")
                THEN d."announced" ELSE d."firstEvent" END AS "month",
           NULL AS "fromStatus", NULL AS "toStatus",
           CAST(COUNT(*) AS INTEGER) AS "count"
    FROM (
      SELECT ${announcedMonth} AS "announced",
             (SELECT MIN(substr(e."occurredOn", 1, 7)) FROM "StatusEvent" e
              WHERE e."commitmentId" = c."id") AS "firstEvent"
      FROM "Commitment" c
      WHERE ${where}
    ) d
    GROUP BY 1
    UNION ALL
    SELECT substr(e."occurredOn", 1, 7),
           CAST(e."fromStatus" AS TEXT),
           CAST(e."toStatus" AS TEXT),
           CAST(COUNT(*) AS INTEGER)
    FROM "StatusEvent" e JOIN "Commitment" c ON c."id" = e."commitmentId"
    WHERE ${where}
    GROUP BY 1, 2, 3`;
  const entries = rows.filter((row) => row.toStatus === null);
  const transitions = rows.flatMap(({ month, fromStatus, toStatus, count }) =>
    toStatus === null || month === null
      ? []
      : [{ month, fromStatus, toStatus, count: Number(count) }],
  );
  return {
    months: statusTimeline(
      entries.flatMap(({ month, count }) =>
        month === null ? [] : [{ month, count: Number(count) }],
      ),
      transitions,
    ),
    undated: Number(entries.find((entry) => entry.month === null)?.count ?? 0),
  };
}

/** Open commitments whose deadline ends within `withinDays` days of asOf, soonest first. */
export async function upcomingDeadlines(
  db: Db,
  input: CommitmentFilter & { withinDays: number; limit: number },
) {
  const asOf = input.asOf ?? todayIso();
  const only = (flags: Pick<CommitmentFilter, "overdue" | "asOf">) =>
    commitmentFilterSql({ ...flags, staleDays: input.staleDays }, db.$provider);
  // Not overdue on asOf but overdue the day after the window: the deadline ends within it. The
  // last condition follows from the first (a date ending on or after asOf starts with its year or
  // a later one), spelled out so that the targetOn index scans the window, not every earlier date.
  const due = await findFollowUpRows(db, {
    where: Prisma.sql`${commitmentFilterSql(input, db.$provider)}
      AND ${only({ overdue: false, asOf })}
      AND ${only({ overdue: true, asOf: addDays(asOf, input.withinDays + 1) })}
      AND c."targetOn" >= ${asOf.slice(0, 4)}`,
    sortKey: endOfPartialDateSql(Prisma.sql`c."targetOn"`),
    limit: input.limit,
  });
  return due.map(({ row }) => {
    const deadline = lastDayOf(row.targetOn ?? asOf);
    return { ...row, deadline, daysLeft: daysBetween(asOf, deadline) };
  });
}

/**
 * The headline numbers. fulfilledPercent is fulfilled ÷ assessed (every status but
 * not_assessed), because an unassessed commitment is not evidence of anything. overdue and stale
 * count the filter's commitments with that flag set (replacing the filter's own value for it).
 */
export async function headlineStats(db: Db, filter: CommitmentFilter) {
  const { overdue, stale, ...rest } = filter;
  const flags = (flag: Pick<CommitmentFilter, "overdue" | "stale">) =>
    commitmentFilterSql(
      { overdue, stale, ...flag, asOf: filter.asOf, staleDays: filter.staleDays },
      db.$provider,
    );
  const countWhere = (condition: Prisma.Sql) =>
    Prisma.sql`CAST(SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END) AS INTEGER)`;
  // One pass over the commitments the filter selects without its flags, counting three ways.
  const groups = await db.$queryRaw<
    { status: Status; count: number | bigint; overdue: number | bigint; stale: number | bigint }[]
  >`
    SELECT CAST(c."status" AS TEXT) AS "status",
           ${countWhere(flags({}))} AS "count",
           ${countWhere(flags({ overdue: true }))} AS "overdue",
           ${countWhere(flags({ stale: true }))} AS "stale"
    FROM "Commitment" c
    WHERE ${commitmentFilterSql(rest, db.$provider)}
    GROUP BY 1`;
  const byStatus = emptyStatusCounts();
  for (const group of groups) byStatus[group.status] = Number(group.count);
  const total = STATUSES.reduce((sum, status) => sum + byStatus[status], 0);
  const sum = (field: "overdue" | "stale") =>
    groups.reduce((sum, group) => sum + Number(group[field]), 0);
  return {
    total,
    byStatus,
    fulfilledPercent: percentOf(byStatus.fulfilled, total - byStatus.not_assessed),
    inProgress: byStatus.in_progress,
    overdue: sum("overdue"),
    stale: sum("stale"),
    notAssessed: byStatus.not_assessed,
  };
}

/** Every ISO 3166 country, with whether any (not deleted) commitment involves it, by name. */
export async function listCountriesWithInvolvement(db: Db) {
  const live = { deletedAt: null };
  const countries = await db.country.findMany({
    select: {
      id: true,
      name: true,
      _count: {
        select: {
          commitmentsMade: { where: live },
          counterpartIn: { where: { commitment: live } },
        },
      },
    },
  });
  return countries.sort(byName).map(({ _count, ...country }) => ({
    ...country,
    involved: _count.commitmentsMade + _count.counterpartIn > 0,
  }));
}
