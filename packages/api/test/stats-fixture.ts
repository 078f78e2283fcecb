// A small hand-built data set for the stats and follow-up tests. Every expected number in those
// tests is computed by hand from this table (see the comments there).
import { seedReferenceData, type DatabaseProvider, type Db } from "@pledgewatch/db";
import { createTestDatabase, type TestDatabase } from "@pledgewatch/db/testing";
import type { Stage, Status } from "@pledgewatch/domain";
import { afterAll, beforeAll } from "vitest";
import { createCaller, createContextInner } from "../src/index.ts";

interface FixtureCommitment {
  id: string;
  from: string;
  to: string[];
  stage: Stage;
  status: Status;
  themes: string[];
  announcedOn?: string;
  targetOn?: string;
  events?: { from: Status | null; to: Status; on: string }[];
  deleted?: boolean;
}

export const FIXTURE: FixtureCommitment[] = [
  {
    id: "c1",
    from: "CN",
    to: ["KE"],
    stage: "programme",
    status: "in_progress",
    themes: ["training", "equipment"],
    announcedOn: "2024-03",
    targetOn: "2025",
    events: [{ from: "not_assessed", to: "in_progress", on: "2024-06-10" }],
  },
  {
    id: "c2",
    from: "CN",
    to: ["KE", "TZ"],
    stage: "pledge",
    status: "fulfilled",
    themes: ["maritime-security"],
    announcedOn: "2024",
    targetOn: "2025-06",
    events: [
      { from: null, to: "in_progress", on: "2024-05-02" },
      { from: "in_progress", to: "fulfilled", on: "2025-02-15" },
    ],
  },
  {
    id: "c3",
    from: "KE",
    to: ["CN"],
    stage: "agreement",
    status: "not_assessed",
    themes: ["training"],
    announcedOn: "2025-06-30",
    targetOn: "2025-10-15",
  },
  {
    id: "c4",
    from: "US",
    to: ["KE"],
    stage: "aspiration",
    status: "stalled",
    themes: ["equipment"],
    announcedOn: "2023-11",
    targetOn: "2026-02",
    events: [
      { from: null, to: "in_progress", on: "2024-01-20" },
      { from: "in_progress", to: "stalled", on: "2025-03-05" },
    ],
  },
  {
    id: "c5",
    from: "FR",
    to: [],
    stage: "pledge",
    status: "broken",
    themes: [],
    announcedOn: "2024-09",
    targetOn: "2026-01-20",
    events: [{ from: "not_assessed", to: "broken", on: "2025-01-10" }],
  },
  {
    id: "c6",
    from: "CN",
    to: ["TZ"],
    stage: "programme",
    status: "partially_fulfilled",
    themes: ["training", "maritime-security"],
    announcedOn: "2025-01",
    targetOn: "2026-01-15",
    events: [{ from: "not_assessed", to: "partially_fulfilled", on: "2025-08-01" }],
  },
  {
    id: "c7",
    from: "KE",
    to: ["TZ"],
    stage: "pledge",
    status: "not_assessed",
    themes: ["equipment"],
    targetOn: "2025-12",
  },
  {
    // Soft-deleted: must not count anywhere (and is the only commitment involving Japan).
    id: "c8",
    from: "CN",
    to: ["JP"],
    stage: "agreement",
    status: "in_progress",
    themes: ["training"],
    announcedOn: "2023-01",
    targetOn: "2024",
    events: [{ from: "not_assessed", to: "in_progress", on: "2023-05-01" }],
    deleted: true,
  },
];

async function insertFixture(db: Db): Promise<void> {
  await seedReferenceData(db);
  for (const commitment of FIXTURE) {
    const events = commitment.events ?? [];
    await db.commitment.create({
      data: {
        id: commitment.id,
        title: `Commitment ${commitment.id}`,
        committingCountryId: commitment.from,
        counterpartOther: commitment.to.length === 0 ? "African Union" : null,
        direction: "mutual",
        stage: commitment.stage,
        status: commitment.status,
        announcedOn: commitment.announcedOn ?? null,
        targetOn: commitment.targetOn ?? null,
        lastEventOn: events.at(-1)?.on ?? null,
        deletedAt: commitment.deleted ? new Date("2025-09-01T00:00:00Z") : null,
        counterparts: { create: commitment.to.map((countryId) => ({ countryId })) },
        themes: { create: commitment.themes.map((themeSlug) => ({ themeSlug })) },
        statusEvents: {
          create: events.map((event) => ({
            fromStatus: event.from,
            toStatus: event.to,
            occurredOn: event.on,
          })),
        },
      },
    });
  }
}

/**
 * Gives the describe block a fresh database of the provider holding the fixture, and returns
 * the anonymous caller to use in its tests.
 */
export function useFixtureDatabase(
  provider: DatabaseProvider,
): () => ReturnType<typeof createCaller> {
  let database: TestDatabase | undefined;
  let caller: ReturnType<typeof createCaller> | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await insertFixture(database.db);
    caller = createCaller(createContextInner({ db: database.db }));
  });
  afterAll(() => database?.drop());
  return () => {
    if (!caller) throw new Error("The fixture database is not ready");
    return caller;
  };
}
