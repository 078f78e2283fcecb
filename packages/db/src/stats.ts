// Dashboard statistics. Every count is a GROUP BY in the database over the commitments the shared
// filter selects (commitmentWhere), so a chart agrees with the list behind each of its segments.
import {
  STAGE_LABELS,
  STAGES,
  STATUSES,
  addDays,
  byName,
  daysBetween,
  endsBeforeRange,
  emptyStatusCounts,
  OPEN_STATUSES,
  lastDayOf,
  percentOf,
  statusMatrix,
  statusTimeline,
  todayIso,
  type CommitmentFilter,
  type MonthlyTransitions,
  type Status,
  type StatusCell,
} from "@pledgewatch/domain";
import type { Db } from "./client.ts";
import { commitmentWhere } from "./commitment-filter.ts";
import { Prisma } from "./generated/sqlite/client.ts";

/**
 * SQL for "the ids of the commitments the filter selects", for the aggregates Prisma's groupBy
 * cannot express (pairs, months, orderings by the end of a partial date). Prisma cannot render a
 * where clause as a subquery, so the ids (and nothing else) are read once and passed back as a
 * single JSON parameter: no limit on their number, one statement shape on both databases.
 */
export async function matchingIdsSql(
  db: Db,
  where: Prisma.CommitmentWhereInput,
): Promise<Prisma.Sql> {
  const rows = await db.commitment.findMany({ where, select: { id: true } });
  const ids = JSON.stringify(rows.map((row) => row.id));
  return db.$provider === "postgres"
    ? Prisma.sql`(SELECT json_array_elements_text(${ids}::json))`
    : Prisma.sql`(SELECT value FROM json_each(${ids}))`;
}

/**
 * The last day of a partial date as a key that sorts like it, for ORDER BY only: "2025" →
 * "2025-12-31", "2025-06" → "2025-06-31" (after every real day of June, before July).
 */
export const endOfPartialDateSql = (column: Prisma.Sql): Prisma.Sql => Prisma.sql`
  CASE WHEN length(${column}) = 4 THEN ${column} || '-12-31'
       WHEN length(${column}) = 7 THEN ${column} || '-31'
       ELSE ${column} END`;

/**
 * Count per theme × status, a row for every theme. A commitment counts once under each of its
 * themes; one without themes under none.
 */
export async function countByThemeAndStatus(db: Db, filter: CommitmentFilter) {
  const where = commitmentWhere(db, filter);
  const [themes, ...perStatus] = await Promise.all([
    db.theme.findMany({ select: { slug: true, name: true } }),
    ...STATUSES.map((status) =>
      db.commitmentTheme.groupBy({
        by: ["themeSlug"],
        where: { commitment: { AND: [where, { status }] } },
        _count: { _all: true },
      }),
    ),
  ]);
  const cells = perStatus.flatMap((groups, index) =>
    groups.map((group) => ({
      id: group.themeSlug,
      status: STATUSES[index] as Status,
      count: group._count._all,
    })),
  );
  return statusMatrix(
    themes.sort(byName).map((theme) => ({ id: theme.slug, label: theme.name })),
    cells,
  );
}

/**
 * Count per country × status, for every country involved in at least one selected commitment.
 * A commitment counts once for its committing country and once for each counterpart country, so
 * the rows add up to more than the number of commitments.
 */
export async function countByCountryAndStatus(db: Db, filter: CommitmentFilter) {
  const where = commitmentWhere(db, filter);
  const [committing, ...counterpartsPerStatus] = await Promise.all([
    db.commitment.groupBy({
      by: ["committingCountryId", "status"],
      where,
      _count: { _all: true },
    }),
    ...STATUSES.map((status) =>
      db.commitmentCounterpart.groupBy({
        by: ["countryId"],
        where: { commitment: { AND: [where, { status }] } },
        _count: { _all: true },
      }),
    ),
  ]);
  const cells: StatusCell[] = [
    ...committing.map((group) => ({
      id: group.committingCountryId,
      status: group.status,
      count: group._count._all,
    })),
    ...counterpartsPerStatus.flatMap((groups, index) =>
      groups.map((group) => ({
        id: group.countryId,
        status: STATUSES[index] as Status,
        count: group._count._all,
      })),
    ),
  ];
  const countries = await db.country.findMany({
    where: { id: { in: [...new Set(cells.map((cell) => cell.id))] } },
    select: { id: true, name: true },
  });
  return statusMatrix(
    countries.sort(byName).map((country) => ({ id: country.id, label: country.name })),
    cells,
  );
}

/**
 * Count per unordered country pair × status: the committing country with each counterpart
 * country. Pair ids put the codes in alphabetical order ("CN-KE"), so commitments made in either
 * direction meet in one row. Non-state counterparts form no pair.
 */
export async function countByPairAndStatus(db: Db, filter: CommitmentFilter) {
  const ids = await matchingIdsSql(db, commitmentWhere(db, filter));
  const groups = await db.$queryRaw<
    { first: string; second: string; status: Status; count: number }[]
  >`
    SELECT CASE WHEN c."committingCountryId" < cc."countryId"
                THEN c."committingCountryId" ELSE cc."countryId" END AS "first",
           CASE WHEN c."committingCountryId" < cc."countryId"
                THEN cc."countryId" ELSE c."committingCountryId" END AS "second",
           CAST(c."status" AS TEXT) AS "status",
           CAST(COUNT(*) AS INTEGER) AS "count"
    FROM "CommitmentCounterpart" cc
    JOIN "Commitment" c ON c."id" = cc."commitmentId"
    WHERE c."id" IN ${ids} AND cc."countryId" <> c."committingCountryId"
    GROUP BY 1, 2, 3`;
  const countryIds = [...new Set(groups.flatMap((group) => [group.first, group.second]))];
  const names = new Map(
    (
      await db.country.findMany({
        where: { id: { in: countryIds } },
        select: { id: true, name: true },
      })
    ).map((country) => [country.id, country.name]),
  );
  const pairs = [...new Set(groups.map((group) => `${group.first}-${group.second}`))].sort();
  const rows = statusMatrix(
    pairs.map((id) => ({ id, label: id })),
    groups.map((group) => ({
      id: `${group.first}-${group.second}`,
      status: group.status,
      count: Number(group.count),
    })),
  );
  return rows.map((row) => {
    const [first = "", second = ""] = row.id.split("-");
    const countries = [first, second].map((id) => ({ id, name: names.get(id) ?? id }));
    return { ...row, label: countries.map((country) => country.name).join(" – "), countries };
  });
}

/** Count per stage × status; every stage has a row. */
export async function countByStageAndStatus(db: Db, filter: CommitmentFilter) {
  const groups = await db.commitment.groupBy({
    by: ["stage", "status"],
    where: commitmentWhere(db, filter),
    _count: { _all: true },
  });
  return statusMatrix(
    STAGES.map((stage) => ({ id: stage, label: STAGE_LABELS[stage] })),
    groups.map((group) => ({ id: group.stage, status: group.status, count: group._count._all })),
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
  const ids = await matchingIdsSql(db, commitmentWhere(db, filter));
  const announcedMonth = Prisma.sql`
    CASE WHEN length(c."announcedOn") = 4 THEN c."announcedOn" || '-01'
         ELSE substr(c."announcedOn", 1, 7) END`;
  const [entries, transitions] = await Promise.all([
    db.$queryRaw<{ month: string | null; count: number }[]>`
      SELECT CASE WHEN d."firstEvent" IS NULL
                    OR (d."announced" IS NOT NULL AND d."announced" < d."firstEvent")
                  THEN d."announced" ELSE d."firstEvent" END AS "month",
             CAST(COUNT(*) AS INTEGER) AS "count"
      FROM (
        SELECT ${announcedMonth} AS "announced",
               (SELECT MIN(substr(e."occurredOn", 1, 7)) FROM "StatusEvent" e
                WHERE e."commitmentId" = c."id") AS "firstEvent"
        FROM "Commitment" c
        WHERE c."id" IN ${ids}
      ) d
      GROUP BY 1`,
    db.$queryRaw<MonthlyTransitions[]>`
      SELECT substr(e."occurredOn", 1, 7) AS "month",
             CAST(e."fromStatus" AS TEXT) AS "fromStatus",
             CAST(e."toStatus" AS TEXT) AS "toStatus",
             CAST(COUNT(*) AS INTEGER) AS "count"
      FROM "StatusEvent" e
      WHERE e."commitmentId" IN ${ids}
      GROUP BY 1, 2, 3`,
  ]);
  const dated = entries.flatMap(({ month, count }) =>
    month === null ? [] : [{ month, count: Number(count) }],
  );
  return {
    months: statusTimeline(
      dated,
      transitions.map((transition) => ({ ...transition, count: Number(transition.count) })),
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
  const ids = await matchingIdsSql(db, {
    AND: [
      commitmentWhere(db, input),
      { status: { in: OPEN_STATUSES } },
      { NOT: { targetOn: endsBeforeRange(asOf) } },
      { targetOn: endsBeforeRange(addDays(asOf, input.withinDays + 1)) },
    ],
  });
  const due = await db.$queryRaw<{ id: string }[]>`
    SELECT c."id" FROM "Commitment" c
    WHERE c."id" IN ${ids}
    ORDER BY ${endOfPartialDateSql(Prisma.sql`c."targetOn"`)}, c."id"
    LIMIT ${input.limit}`;
  const rows = await findFollowUpRows(
    db,
    due.map((row) => row.id),
  );
  return rows.map((row) => {
    const deadline = lastDayOf(row.targetOn ?? asOf);
    return { ...row, deadline, daysLeft: daysBetween(asOf, deadline) };
  });
}

/** What a follow-up or deadline row shows. */
const followUpSelect = {
  id: true,
  title: true,
  status: true,
  stage: true,
  announcedOn: true,
  targetOn: true,
  lastEventOn: true,
  committingCountry: { select: { id: true, name: true } },
  counterparts: { select: { country: { select: { id: true, name: true } } } },
} as const satisfies Prisma.CommitmentSelect;

/** The rows for `ids`, in the order of `ids`. */
export async function findFollowUpRows(db: Db, ids: string[]) {
  const rows = await db.commitment.findMany({
    where: { id: { in: ids } },
    select: followUpSelect,
  });
  const byId = new Map(
    rows.map(({ counterparts, ...row }) => [
      row.id,
      { ...row, counterparts: counterparts.map(({ country }) => country) },
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * The headline numbers. fulfilledPercent is fulfilled ÷ assessed (every status but
 * not_assessed), because an unassessed commitment is not evidence of anything.
 */
export async function headlineStats(db: Db, filter: CommitmentFilter) {
  const [groups, overdue, stale] = await Promise.all([
    db.commitment.groupBy({
      by: ["status"],
      where: commitmentWhere(db, filter),
      _count: { _all: true },
    }),
    db.commitment.count({ where: commitmentWhere(db, { ...filter, overdue: true }) }),
    db.commitment.count({ where: commitmentWhere(db, { ...filter, stale: true }) }),
  ]);
  const byStatus = emptyStatusCounts();
  for (const group of groups) byStatus[group.status] = group._count._all;
  const total = groups.reduce((sum, group) => sum + group._count._all, 0);
  return {
    total,
    byStatus,
    fulfilledPercent: percentOf(byStatus.fulfilled, total - byStatus.not_assessed),
    inProgress: byStatus.in_progress,
    overdue,
    stale,
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
