import {
  STATUSES,
  addDays,
  endsBeforeRange,
  isFinalStatus,
  todayIso,
  type CommitmentFilter,
} from "@pledgewatch/domain";
import type { Db } from "./client.ts";
import type { Prisma } from "./generated/sqlite/client.ts";

const OPEN_STATUSES = STATUSES.filter((status) => !isFinalStatus(status));

/** Case-insensitive `contains` on both databases (SQLite's LIKE already ignores ASCII case). */
function containsText(db: Db, text: string): Prisma.StringFilter {
  return db.$provider === "postgres"
    ? ({ contains: text, mode: "insensitive" } as Prisma.StringFilter)
    : { contains: text };
}

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
  if (filter.announcedTo) and.push({ announcedOn: { lte: filter.announcedTo } });
  if (filter.targetFrom) and.push({ targetOn: { gte: filter.targetFrom } });
  if (filter.targetTo) and.push({ targetOn: { lte: filter.targetTo } });

  if (filter.overdue !== undefined) {
    const overdue: Prisma.CommitmentWhereInput = {
      status: { in: OPEN_STATUSES },
      targetOn: endsBeforeRange(asOf),
    };
    and.push(filter.overdue ? overdue : { NOT: overdue });
  }
  if (filter.stale !== undefined) {
    // Stale: open, and the last event (or, without events, the announcement) ended staleDays ago.
    const quietSince = endsBeforeRange(addDays(asOf, -filter.staleDays));
    const stale: Prisma.CommitmentWhereInput = {
      status: { in: OPEN_STATUSES },
      OR: [{ lastEventOn: quietSince }, { lastEventOn: null, announcedOn: quietSince }],
    };
    and.push(filter.stale ? stale : { NOT: stale });
  }
  if (filter.text) {
    const text = containsText(db, filter.text);
    and.push({
      OR: [{ title: text }, { description: text }, { quotes: { some: { text } } }],
    });
  }
  return { AND: and };
}
