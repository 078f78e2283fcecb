// commitmentFilterSql must select exactly the commitments commitmentWhere selects: the stats and
// follow-up lists (SQL) and the list and exports (Prisma) would disagree otherwise. Compared over
// random filter combinations on a varied generated dataset.
import { commitmentFilterSql, commitmentWhere, type Db } from "@pledgewatch/db";
import { testProviders, type TestDatabase } from "@pledgewatch/db/testing";
import { THEMES, commitmentFilterSchema, type CommitmentFilter } from "@pledgewatch/domain";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVariedDatabase, filterArbitrary } from "./filter-arbitrary.ts";

async function idsByPrisma(db: Db, filter: CommitmentFilter) {
  const rows = await db.commitment.findMany({
    where: commitmentWhere(db, filter),
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => row.id);
}

async function idsBySql(db: Db, filter: CommitmentFilter) {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT c."id" FROM "Commitment" c WHERE ${commitmentFilterSql(filter, db.$provider)}
    ORDER BY c."id"`;
  return rows.map((row) => row.id);
}

describe.each(testProviders)("commitmentFilterSql on %s", (provider) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createVariedDatabase(provider);
  }, 120_000);
  afterAll(() => database.drop());

  it("selects the same commitments as commitmentWhere for any filter", async () => {
    let nonEmpty = 0;
    await fc.assert(
      fc.asyncProperty(filterArbitrary, async (filter) => {
        const expected = await idsByPrisma(database.db, filter);
        if (expected.length > 0) nonEmpty++;
        expect(await idsBySql(database.db, filter)).toEqual(expected);
      }),
      { numRuns: 300, seed: 6 },
    );
    // A comparison of two empty results proves little: most combinations must match something.
    expect(nonEmpty).toBeGreaterThan(150);
  });

  it.each([
    ["a single country", { countries: ["KE"] }],
    ["a pair in either direction", { pair: ["CN", "KE"] }],
    ["a theme and a status", { themes: [THEMES[0]?.slug ?? ""], statuses: ["fulfilled"] }],
    ["overdue", { overdue: true, asOf: "2025-12-31" }],
    ["not stale", { stale: false, asOf: "2025-12-31" }],
    ["LIKE wildcards in the text", { text: "100%_" }],
    ["text in any case", { text: "patrol" }],
  ])("agrees on %s, with matches", async (_name, input) => {
    const filter = commitmentFilterSchema.parse(input);
    const expected = await idsByPrisma(database.db, filter);
    expect(expected.length).toBeGreaterThan(0);
    expect(await idsBySql(database.db, filter)).toEqual(expected);
  });
});
