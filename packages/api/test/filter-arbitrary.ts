// A varied generated dataset and random filter combinations over it, for the tests that compare
// a SQL translation with its Prisma original (the filter, the list page).
import { seedReferenceData } from "@pledgewatch/db";
import {
  createTestDatabase,
  insertBulkCommitments,
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
import type { DatabaseProvider } from "@pledgewatch/db";

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
export const filterArbitrary: fc.Arbitrary<CommitmentFilter> = fc
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

/** 240 generated commitments plus what the generator lacks. */
export async function createVariedDatabase(provider: DatabaseProvider): Promise<TestDatabase> {
  const database = await createTestDatabase(provider);
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
  return database;
}
