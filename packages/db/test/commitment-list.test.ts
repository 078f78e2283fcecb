// The shared filter and the list's sort and pagination, on a small hand-built fixture.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  commitmentListInputSchema,
  type CommitmentListInput,
  type CommitmentInput,
} from "@pledgewatch/domain";
import {
  createCommitment,
  listCommitments,
  seedReferenceData,
  setCommitmentStatus,
  type Db,
} from "../src/index.ts";
import { createTestDatabase, testProviders, type TestDatabase } from "../src/testing.ts";

const AS_OF = "2025-06-15";
const ACTOR = "user-analyst";

type Fixture = Partial<CommitmentInput> & { title: string; lastEventOn?: string };

/**
 * Titles are single letters so that title order is the same under every collation.
 * lastEventOn is set through a status event (in_progress) on that date.
 */
const FIXTURE: Fixture[] = [
  {
    title: "A",
    committingCountryId: "KE",
    counterpartCountryIds: ["CN"],
    themes: ["training"],
    stage: "pledge",
    announcedOn: "2023-09",
    targetOn: "2025",
  },
  {
    title: "B",
    committingCountryId: "CN",
    counterpartCountryIds: ["KE"],
    themes: ["maritime-security"],
    stage: "agreement",
    announcedOn: "2024",
    targetOn: "2025-03",
  },
  {
    title: "C",
    committingCountryId: "KE",
    counterpartCountryIds: ["UG"],
    stage: "aspiration",
    announcedOn: "2025-01-10",
  },
  {
    title: "D",
    committingCountryId: "US",
    counterpartCountryIds: ["KE"],
    themes: ["training", "counter-terrorism"],
    stage: "programme",
    targetOn: "2025-06-01",
    lastEventOn: "2025-06-01",
  },
  {
    title: "E",
    committingCountryId: "UG",
    counterpartCountryIds: ["TZ"],
    stage: "pledge",
    description: "Border patrols along Lake Victoria",
    lastEventOn: "2024-01-05",
  },
  {
    title: "F",
    committingCountryId: "KE",
    kind: "initiative",
    stage: "pledge",
    announcedOn: "2022",
  },
];

describe.each(testProviders)("commitment list, filters and pages on %s", (provider) => {
  let database: TestDatabase;
  let db: Db;
  const ids = new Map<string, string>();

  const titles = async (filter: Partial<CommitmentListInput>) => {
    const page = await listCommitments(
      db,
      commitmentListInputSchema.parse({ asOf: AS_OF, sort: "title", order: "asc", ...filter }),
    );
    return page.items.map((row) => row.title);
  };

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    db = database.db;
    await seedReferenceData(db);
    await db.user.create({
      data: { id: ACTOR, email: "a@example.org", name: "Ann", role: "analyst" },
    });
    for (const { lastEventOn, ...fields } of FIXTURE) {
      const created = await createCommitment(
        db,
        {
          committingCountryId: "KE",
          counterpartCountryIds: [],
          themes: [],
          direction: "unilateral",
          stage: "pledge",
          kind: "commitment",
          quotes: [],
          ...fields,
        },
        ACTOR,
      );
      ids.set(fields.title, created.id);
      if (lastEventOn) {
        await setCommitmentStatus(
          db,
          { id: created.id, version: 1, to: "in_progress", occurredOn: lastEventOn },
          ACTOR,
        );
      }
    }
    // G is a child of the initiative F, created last.
    const child = await createCommitment(
      db,
      {
        title: "G",
        committingCountryId: "TZ",
        counterpartCountryIds: [],
        themes: [],
        direction: "mutual",
        stage: "pledge",
        kind: "commitment",
        quotes: [],
        parentId: ids.get("F"),
        announcedOn: "2025-06",
      },
      ACTOR,
    );
    ids.set("G", child.id);
  });
  afterAll(() => database?.drop());

  it("filters by country (either side) and by pair (either direction)", async () => {
    expect(await titles({ countries: ["UG"] })).toEqual(["C", "E"]);
    expect(await titles({ pair: ["CN", "KE"] })).toEqual(["A", "B"]);
    expect(await titles({ pair: ["KE", "US"] })).toEqual(["D"]);
  });

  it("filters by theme, status, stage, kind and parent", async () => {
    expect(await titles({ themes: ["training"] })).toEqual(["A", "D"]);
    expect(await titles({ statuses: ["in_progress"] })).toEqual(["D", "E"]);
    expect(await titles({ stages: ["agreement", "programme"] })).toEqual(["B", "D"]);
    expect(await titles({ kind: "initiative" })).toEqual(["F"]);
    expect(await titles({ parentId: ids.get("F") })).toEqual(["G"]);
  });

  it("filters by announcement and target dates, a partial upper bound covering its whole period", async () => {
    expect(await titles({ announcedFrom: "2024" })).toEqual(["B", "C", "G"]);
    expect(await titles({ announcedTo: "2023" })).toEqual(["A", "F"]);
    expect(await titles({ announcedFrom: "2023-01", announcedTo: "2024" })).toEqual(["A", "B"]);
    expect(await titles({ targetTo: "2025-03" })).toEqual(["B"]);
    expect(await titles({ targetTo: "2025" })).toEqual(["A", "B", "D"]);
    expect(await titles({ targetFrom: "2025-04" })).toEqual(["D"]);
  });

  it("splits overdue from not overdue without losing rows that have no deadline", async () => {
    // On 2025-06-15: B (2025-03) and D (2025-06-01) have passed; A's "2025" runs to 2025-12-31.
    expect(await titles({ overdue: true })).toEqual(["B", "D"]);
    expect(await titles({ overdue: false })).toEqual(["A", "C", "E", "F", "G"]);
  });

  it("splits stale from not stale without losing rows that have no activity date", async () => {
    // 180 days before 2025-06-15 is 2024-12-17. A (2023-09, to 09-30) and F (2022) were announced
    // before it with no event since; E's last event is 2024-01-05. B's "2024" runs to 2024-12-31,
    // D had an event on 2025-06-01, C and G were announced in 2025.
    expect(await titles({ stale: true })).toEqual(["A", "E", "F"]);
    expect(await titles({ stale: false })).toEqual(["B", "C", "D", "G"]);
    // 600 days before is 2023-10-24: A (to 2023-09-30) and F stay stale; E (2024-01-05) does not.
    expect(await titles({ stale: true, staleDays: 600 })).toEqual(["A", "F"]);
  });

  it("matches free text in titles, descriptions and quotes, ignoring case", async () => {
    expect(await titles({ text: "lake victoria" })).toEqual(["E"]);
  });

  it("flags each row overdue and stale with the domain rules", async () => {
    const page = await listCommitments(
      db,
      commitmentListInputSchema.parse({ asOf: AS_OF, sort: "title", order: "asc" }),
    );
    const flags = Object.fromEntries(
      page.items.map((row) => [row.title, [row.overdue, row.stale]]),
    );
    expect(flags).toEqual({
      A: [false, true],
      B: [true, false],
      C: [false, false],
      D: [true, false],
      E: [false, true],
      F: [false, true],
      G: [false, false],
    });
  });

  it.each([
    ["announcedOn", "asc", ["F", "A", "B", "C", "G", "D", "E"]],
    ["announcedOn", "desc", ["G", "C", "B", "A", "F", "D", "E"]],
    ["targetOn", "asc", ["A", "B", "D", "C", "E", "F", "G"]],
    ["targetOn", "desc", ["D", "B", "A", "C", "E", "F", "G"]],
    ["title", "desc", ["G", "F", "E", "D", "C", "B", "A"]],
  ] as const)("sorts by %s %s, rows without the value last", async (sort, order, expected) => {
    const walked: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listCommitments(
        db,
        commitmentListInputSchema.parse({ asOf: AS_OF, sort, order, limit: 2, cursor }),
      );
      walked.push(...page.items.map((row) => row.title));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    // Rows that tie on the sort value (no date) follow id order; compare those as sets.
    const withValue = expected.filter((title) => FIXTURE_VALUE(sort, title) !== null);
    expect(walked.slice(0, withValue.length)).toEqual(withValue);
    expect(walked.slice(withValue.length).sort()).toEqual(expected.slice(withValue.length).sort());
    expect(pages).toBe(4); // 7 rows, 2 per page
  });

  it("pages by updatedAt (the default) with every row exactly once", async () => {
    const walked: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listCommitments(db, commitmentListInputSchema.parse({ limit: 3, cursor }));
      walked.push(...page.items.map((row) => row.title));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect([...walked].sort()).toEqual(["A", "B", "C", "D", "E", "F", "G"]);
    // G was created last and updates F's roll-up, nothing touched later: they lead, newest first.
    expect(walked[0]).toBe("F");
  });

  it("refuses a forged cursor", async () => {
    await expect(
      listCommitments(db, commitmentListInputSchema.parse({ cursor: "not-a-cursor" })),
    ).rejects.toMatchObject({ code: "VALIDATION", field: "cursor" });
  });
});

function FIXTURE_VALUE(sort: "announcedOn" | "targetOn" | "title", title: string): string | null {
  if (sort === "title") return title;
  if (title === "G") return sort === "announcedOn" ? "2025-06" : null;
  return FIXTURE.find((row) => row.title === title)?.[sort] ?? null;
}
