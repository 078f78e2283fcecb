import {
  STATUSES,
  addDays,
  endsBeforeRange,
  isFinalStatus,
  OPEN_STATUSES,
  lastDayOf,
  todayIso,
  type CommitmentFilter,
} from "@pledgewatch/domain";
import type { Db } from "./client.ts";
import type { Prisma } from "./generated/sqlite/client.ts";

const FINAL_STATUSES = STATUSES.filter(isFinalStatus);

/** Case-insensitive `contains` on both databases (SQLite's LIKE already ignores ASCII case). */
export function containsText(db: Db, text: string): Prisma.StringFilter {
  return db.$provider === "postgres"
    ? ({ contains: text, mode: "insensitive" } as Prisma.StringFilter)
    : { contains: text };
}

/** The partial dates whose last day is no later than the last day of `bound`. */
const endsBy = (bound: string) => endsBeforeRange(addDays(lastDayOf(bound), 1));

/**
 * The one translation of a CommitmentFilter into a Prisma where clause, used by the list, the
 * stats and the exports, so that they always agree. Soft-deleted commitments never match.
 */
export function commitmentWhere(db: Db, filter: CommitmentFilter): Prisma.CommitmentWhereInput {
  const asOf = filter.asOf ?? todayIso();
  const and: Prisma.CommitmentWhereInput[] = [{ deletedAt: null }];

  if (filter.countries?.length) {
    and.push({
      OR: [
        { committingCountryId: { in: filter.countries } },
        { counterparts: { some: { countryId: { in: filter.countries } } } },
      ],
    });
  }
  if (filter.pair) {
    const [a, b] = filter.pair;
    and.push({
      OR: [
        { committingCountryId: a, counterparts: { some: { countryId: b } } },
        { committingCountryId: b, counterparts: { some: { countryId: a } } },
      ],
    });
  }
  if (filter.themes?.length) and.push({ themes: { some: { themeSlug: { in: filter.themes } } } });
  if (filter.statuses?.length) and.push({ status: { in: filter.statuses } });
  if (filter.stages?.length) and.push({ stage: { in: filter.stages } });
  if (filter.kind) and.push({ kind: filter.kind });
  if (filter.parentId) and.push({ parentId: filter.parentId });
  if (filter.announcedFrom) and.push({ announcedOn: { gte: filter.announcedFrom } });
  // An upper bound keeps the dates that end by the end of its period: announcedTo "2023" keeps
  // "2023-09" and "2023"; targetTo "2025-03" keeps "2025-03-10" but not "2025", which runs to December.
  if (filter.announcedTo) and.push({ announcedOn: endsBy(filter.announcedTo) });
  if (filter.targetFrom) and.push({ targetOn: { gte: filter.targetFrom } });
  if (filter.targetTo) and.push({ targetOn: endsBy(filter.targetTo) });

  // The negations are spelled out rather than NOT(...): in SQL, NOT over a NULL date is NULL, which
  // would drop the rows without a deadline or without any activity from "not overdue"/"not stale".
  if (filter.overdue !== undefined) {
    const pastDeadline = endsBeforeRange(asOf);
    and.push(
      filter.overdue
        ? { status: { in: OPEN_STATUSES }, targetOn: pastDeadline }
        : {
            OR: [
              { status: { in: FINAL_STATUSES } },
              { targetOn: null },
              { NOT: { targetOn: pastDeadline } },
            ],
          },
    );
  }
  if (filter.stale !== undefined) {
    // Stale: open, and the last event (or, without events, the announcement) ended staleDays ago.
    const quietSince = endsBeforeRange(addDays(asOf, -filter.staleDays));
    and.push(
      filter.stale
        ? {
            status: { in: OPEN_STATUSES },
            OR: [{ lastEventOn: quietSince }, { lastEventOn: null, announcedOn: quietSince }],
          }
        : {
            OR: [
              { status: { in: FINAL_STATUSES } },
              { lastEventOn: { not: null }, NOT: { lastEventOn: quietSince } },
              { lastEventOn: null, announcedOn: null },
              { lastEventOn: null, NOT: { announcedOn: quietSince } },
            ],
          },
    );
  }
  if (filter.text) {
    const text = containsText(db, filter.text);
    and.push({
      OR: [{ title: text }, { description: text }, { quotes: { some: { text } } }],
    });
  }
  return { AND: and };
}
