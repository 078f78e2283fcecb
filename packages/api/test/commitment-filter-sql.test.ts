// commitmentFilterSql must select exactly the commitments commitmentWhere selects: the stats and
// follow-up lists (SQL) and the list and exports (Prisma) would disagree otherwise. Compared over
// random filter combinations on a varied generated dataset.
import { commitmentFilterSql, commitmentWhere, seedReferenceData, type Db } from "@pledgewatch/db";
import {
  createTestDatabase,
  insertBulkCommitments,
  testProviders,
  type TestDatabase,
} from "@pledgewatch/db/testing";
import {
  COMMITMENT_KINDS,
  STAGES,
  STATUSES,
  THEMES,
  commitmentFilterSchema,
  type CommitmentFilter,
} from "@pledgewatch/domain";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const COUNT = 240;
/** insertBulkCommitments' countries, and one no commitment involves. */
const COUNTRIES = ["KE", "CN", "US", "FR", "IN", "BR", "ZA", "NG", "JP", "DE", "TZ"];
/** Years, months and days around the generated dates (announced 2019–2023, deadlines 2022–2027). */
const DATES = ["2019", "2020-06", "2021-03-15", "2022", "2023-06", "2023-12-31", "2025", "2026-02"];
const AS_OF = ["2022-06-30", "2024-01-01", "2025-12-31", "2027-07"];
/** Matches in titles, descriptions and quotes, case variants, LIKE's wildcards and its escape. */
const TEXTS = [
  "border units",
  "PATROL",
  "sécurité",
  "Sentence 7",
  "海上",
  "100%",
  "of_target",
  "%",
  "_",
  "\\",
];

const some = <T>(values: readonly T[]) => fc.subarray([...values], { minLength: 1, maxLength: 3 });
const oneOf = <T>(values: readonly T[]) => fc.constantFrom(...values);

const filterParts = {
  countries: some(COUNTRIES),
  pair: fc.tuple(oneOf(COUNTRIES), oneOf(COUNTRIES)),
  themes: some(THEMES.map((theme) => theme.slug)),
  statuses: some(STATUSES),
  stages: some(STAGES),
  kind: oneOf(COMMITMENT_KINDS),
  parentId: oneOf(["bulk000000", "bulk000050", "bulk000001"]),
  announcedFrom: oneOf(DATES),
  announcedTo: oneOf(DATES),
  targetFrom: oneOf(DATES),
  targetTo: oneOf(DATES),
  overdue: fc.boolean(),
  stale: fc.boolean(),
  text: oneOf(TEXTS),
};
const filterValues = fc.record(filterParts);
const FILTER_KEYS = Object.keys(filterParts) as (keyof typeof filterParts)[];

/** Up to three filters at once (more nearly always match nothing), judged on a random day. */
const filterArbitrary: fc.Arbitrary<CommitmentFilter> = fc
  .record({
    values: filterValues,
    keys: fc.subarray(FILTER_KEYS, { maxLength: 3 }),
    staleDays: oneOf([30, 180, 1000]),
    asOf: oneOf(AS_OF),
  })
  .map(({ values, keys, staleDays, asOf }) =>
    commitmentFilterSchema.parse({
      ...Object.fromEntries(keys.map((key) => [key, values[key]])),
      staleDays,
      asOf,
    }),
  );

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
    database = await createTestDatabase(provider);
    const { db } = database;
    await seedReferenceData(db);
    await insertBulkCommitments(db, COUNT);
    // Variety the generator lacks: deleted rows, no dates at all, wildcards and a backslash in text.
    await db.commitment.updateMany({
      where: { id: { in: ["bulk000004", "bulk000017", "bulk000123"] } },
      data: { deletedAt: new Date("2025-01-01T00:00:00Z") },
    });
    await db.commitment.updateMany({
      where: { id: { in: ["bulk000008", "bulk000009", "bulk000030"] } },
      data: { announcedOn: null, lastEventOn: null },
    });
    await db.commitment.update({
      where: { id: "bulk000010" },
      data: { title: "Fund 100% of_target, path C:\\ports" },
    });
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
