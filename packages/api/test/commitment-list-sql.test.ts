// listCommitments reads a page in one SQL statement (rows with their lists as JSON). It must give
// what Prisma's findMany with commitmentListSelect gave: the same rows in the same order, each with
// the same fields in the same order and of the same types (the API's JSON), page after page.
import { commitmentListSelect, commitmentWhere, listCommitments, type Db } from "@pledgewatch/db";
import { testProviders, type TestDatabase } from "@pledgewatch/db/testing";
import {
  commitmentListInputSchema,
  type CommitmentFilter,
  type CommitmentListInput,
} from "@pledgewatch/domain";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVariedDatabase, filterArbitrary } from "./filter-arbitrary.ts";

/** Pages followed per case: enough to cross ties and the rows without a date. */
const MAX_PAGES = 4;

type Sort = Pick<CommitmentListInput, "sort" | "order">;

/** Every selected row in list order, by Prisma, shaped the way the list shows it. */
async function prismaRows(db: Db, filter: CommitmentFilter, { sort, order }: Sort) {
  // Rows without the date come last in either direction; the id breaks ties.
  const nullable = sort === "announcedOn" || sort === "targetOn";
  const rows = await db.commitment.findMany({
    where: commitmentWhere(db, filter),
    select: commitmentListSelect,
    orderBy: [{ [sort]: nullable ? { sort: order, nulls: "last" } : order }, { id: "asc" }],
  });
  return rows.map(({ counterparts, themes, ...row }) => ({
    ...row,
    counterparts: counterparts.map(({ country }) => country),
    themes: themes.map(({ theme }) => theme),
  }));
}

/** Up to MAX_PAGES pages of listCommitments, without the follow-up flags; whether it reached the end. */
async function listedRows(db: Db, filter: CommitmentFilter, sort: Sort, limit: number) {
  const rows = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { items, nextCursor } = await listCommitments(
      db,
      commitmentListInputSchema.parse({ ...filter, ...sort, limit, cursor }),
    );
    rows.push(...items.map(({ overdue: _overdue, stale: _stale, ...row }) => row));
    if (!nextCursor) return { rows, complete: true };
    cursor = nextCursor;
  }
  return { rows, complete: false };
}

const caseArbitrary = fc.record({
  filter: filterArbitrary,
  sort: fc.constantFrom<CommitmentListInput["sort"]>(
    "updatedAt",
    "announcedOn",
    "targetOn",
    "title",
  ),
  order: fc.constantFrom<CommitmentListInput["order"]>("asc", "desc"),
  limit: fc.integer({ min: 1, max: 40 }),
});

describe.each(testProviders)("the list page in one SQL statement on %s", (provider) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createVariedDatabase(provider);
  }, 120_000);
  afterAll(() => database.drop());

  it("gives the rows Prisma gives, in order, page after page, for any filter and sort", async () => {
    let pagesFollowed = 0;
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async ({ filter, sort, order, limit }) => {
        const expected = await prismaRows(database.db, filter, { sort, order });
        const listed = await listedRows(database.db, filter, { sort, order }, limit);
        if (listed.rows.length > limit) pagesFollowed++;
        expect(listed.rows).toEqual(expected.slice(0, listed.rows.length));
        // toEqual ignores the order of keys; the API's JSON does not.
        expect(JSON.stringify(listed.rows)).toBe(
          JSON.stringify(expected.slice(0, listed.rows.length)),
        );
        expect(listed.rows.length).toBe(listed.complete ? expected.length : MAX_PAGES * limit);
      }),
      { numRuns: 150, seed: 7 },
    );
    // Most cases must cross at least one cursor, or the keyset bound goes untested.
    expect(pagesFollowed).toBeGreaterThan(75);
  });
});
