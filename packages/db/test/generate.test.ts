import {
  STAGES,
  STATUSES,
  THEMES,
  assertStatusChange,
  isOverdue,
  isStale,
  rolledUpProgress,
  type Status,
} from "@pledgewatch/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  FICTIONAL_PUBLISHER,
  GENERATOR_VERSION,
  countFictionalStatements,
  existingDataIn,
  generateDataset,
  type GeneratedCounts,
} from "../src/generate/index.ts";
import type { StatusEvent } from "../src/generated/sqlite/client.ts";
import { seedDatabase, seedReferenceData, type Db } from "../src/index.ts";
import { createTestDatabase, testProviders, type TestDatabase } from "../src/testing.ts";

const SIZE = { commitments: 2_000, events: 16_000 };
/** A day after every generated event, for the overdue and stale checks. */
const TODAY = "2026-11-15";

async function generatedDatabase(
  provider: (typeof testProviders)[number],
  options: Parameters<typeof generateDataset>[1],
) {
  const database = await createTestDatabase(provider);
  await seedReferenceData(database.db);
  const counts = await generateDataset(database.db, options);
  return { database, counts };
}

/** Every generated row, in a stable order: two datasets are identical when these are equal. */
async function allRows(db: Db) {
  const byId = { orderBy: { id: "asc" } } as const;
  return {
    statements: await db.statement.findMany(byId),
    commitments: await db.commitment.findMany(byId),
    counterparts: await db.commitmentCounterpart.findMany({
      orderBy: [{ commitmentId: "asc" }, { countryId: "asc" }],
    }),
    themes: await db.commitmentTheme.findMany({
      orderBy: [{ commitmentId: "asc" }, { themeSlug: "asc" }],
    }),
    quotes: await db.quote.findMany(byId),
    events: await db.statusEvent.findMany(byId),
  };
}

describe.each(testProviders)("generateDataset on %s", (provider) => {
  const databases: TestDatabase[] = [];
  let db: Db;
  let counts: GeneratedCounts;

  beforeAll(async () => {
    const generated = await generatedDatabase(provider, SIZE);
    databases.push(generated.database);
    db = generated.database.db;
    counts = generated.counts;
  }, 300_000);
  afterAll(() => Promise.all(databases.map((database) => database.drop())));

  it("writes exactly the commitments and events asked for, and reports what it wrote", async () => {
    expect(GENERATOR_VERSION).toEqual(expect.any(Number));
    expect(counts).toMatchObject(SIZE);
    expect(await db.commitment.count()).toBe(SIZE.commitments);
    expect(await db.statusEvent.count()).toBe(SIZE.events);
    expect(await db.statement.count()).toBe(counts.statements);
    expect(await db.quote.count()).toBe(counts.quotes);
    expect(await db.commitmentCounterpart.count()).toBe(counts.counterparts);
    expect(await db.commitmentTheme.count()).toBe(counts.themes);
    expect(await db.commitment.count({ where: { kind: "initiative" } })).toBe(counts.initiatives);
  });

  it("marks every statement as fictional", async () => {
    const statements = await db.statement.findMany({
      select: { publisher: true, title: true, text: true },
    });
    expect(statements.length).toBeGreaterThan(SIZE.commitments / 10);
    for (const statement of statements) {
      expect(statement.publisher).toBe(FICTIONAL_PUBLISHER);
      expect(statement.title).toMatch(/^Fictional /);
      expect(statement.text).toContain("fictional");
    }
    expect(await countFictionalStatements(db)).toBe(statements.length);
    expect(await existingDataIn(db)).toEqual({ realStatements: 0, commitments: SIZE.commitments });
  });

  it("quotes each commitment from its statement's text at exact offsets, announced on its date", async () => {
    const quotes = await db.quote.findMany({
      include: {
        statement: { select: { text: true, publishedOn: true } },
        commitment: { select: { announcedOn: true } },
      },
    });
    expect(new Set(quotes.map((quote) => quote.commitmentId)).size).toBe(SIZE.commitments);
    for (const quote of quotes) {
      expect(quote.statement.text.slice(quote.start, quote.end)).toBe(quote.text);
      expect(quote.text.length).toBeGreaterThan(20);
      expect(quote.commitment.announcedOn).toBe(quote.statement.publishedOn);
    }
  });

  it("gives each commitment a lawful status history ending in its status on lastEventOn", async () => {
    // Read apart: an include of 2,000 parents exceeds the bound parameters SQLite allows.
    const commitments = await db.commitment.findMany();
    const eventsOf = new Map<string, StatusEvent[]>();
    const allEvents = await db.statusEvent.findMany({
      orderBy: [{ commitmentId: "asc" }, { occurredOn: "asc" }],
    });
    for (const event of allEvents) {
      const list = eventsOf.get(event.commitmentId);
      if (list) list.push(event);
      else eventsOf.set(event.commitmentId, [event]);
    }
    const statuses = new Set<Status>();
    for (const commitment of commitments) {
      statuses.add(commitment.status);
      const events = eventsOf.get(commitment.id) ?? [];
      let current: Status = "not_assessed";
      for (const event of events) {
        expect(event.fromStatus).toBe(current);
        expect(() =>
          assertStatusChange(
            {
              from: current,
              to: event.toStatus,
              occurredOn: event.occurredOn,
              evidenceUrl: event.evidenceUrl,
            },
            TODAY,
          ),
        ).not.toThrow();
        current = event.toStatus;
      }
      expect(current).toBe(commitment.status);
      expect(commitment.lastEventOn).toBe(events.at(-1)?.occurredOn ?? null);
      // Distinct days: "the latest event" is never ambiguous.
      expect(new Set(events.map((event) => event.occurredOn)).size).toBe(events.length);
      if (commitment.status === "not_assessed") expect(commitment.progress).toBeNull();
      if (commitment.status === "fulfilled") {
        expect(commitment.completedOn).toBe(commitment.lastEventOn);
        if (commitment.kind === "commitment") expect(commitment.progress).toBe(100);
      } else {
        expect(commitment.completedOn).toBeNull();
      }
    }
    expect([...statuses].sort()).toEqual([...STATUSES].sort());
    // Heavy-tailed histories: most are short, a few are long.
    const lengths = [...eventsOf.values()].map((events) => events.length);
    expect(Math.max(...lengths)).toBeGreaterThan(5 * (SIZE.events / SIZE.commitments));
  });

  it("dates statements and events within 2006–2026, with some deadlines missed and some follow-ups stale", async () => {
    const statements = await db.statement.findMany({ select: { publishedOn: true } });
    for (const { publishedOn } of statements) {
      expect(publishedOn! >= "2006" && publishedOn! <= "2026-12-31").toBe(true);
    }
    const range = await db.statusEvent.aggregate({
      _min: { occurredOn: true },
      _max: { occurredOn: true },
    });
    expect(range._min.occurredOn! >= "2006-01-01").toBe(true);
    expect(range._max.occurredOn! <= "2026-12-31").toBe(true);

    const commitments = await db.commitment.findMany();
    const facts = commitments.map((commitment) => ({
      status: commitment.status,
      targetOn: commitment.targetOn,
      lastActivityOn: commitment.lastEventOn ?? commitment.announcedOn,
    }));
    const overdue = facts.filter((fact) => isOverdue(fact, TODAY)).length;
    const stale = facts.filter((fact) => isStale(fact, TODAY)).length;
    expect(overdue).toBeGreaterThan(SIZE.commitments / 20);
    expect(overdue).toBeLessThan(SIZE.commitments / 2);
    expect(stale).toBeGreaterThan(SIZE.commitments / 20);
    expect(stale).toBeLessThan(SIZE.commitments / 2);
    // Deadlines of every precision, some still ahead.
    const targets = commitments.flatMap((commitment) => commitment.targetOn ?? []);
    expect(new Set(targets.map((target) => target.length))).toEqual(new Set([4, 7, 10]));
    expect(targets.some((target) => target > "2027")).toBe(true);
  });

  it("spreads commitments over about 200 countries with a heavy tail", async () => {
    const commitments = await db.commitment.findMany({
      select: { committingCountryId: true, counterparts: { select: { countryId: true } } },
    });
    const involvement = new Map<string, number>();
    for (const commitment of commitments) {
      const countries = new Set([
        commitment.committingCountryId,
        ...commitment.counterparts.map((counterpart) => counterpart.countryId),
      ]);
      for (const country of countries)
        involvement.set(country, (involvement.get(country) ?? 0) + 1);
    }
    expect(involvement.size).toBeGreaterThanOrEqual(150);
    expect(involvement.size).toBeLessThanOrEqual(200);
    const ranked = [...involvement.values()].sort((a, b) => b - a);
    // The leading country is in a fifth of all commitments; most countries are in a handful.
    expect(ranked[0]).toBeGreaterThan(SIZE.commitments / 5);
    expect(ranked.filter((count) => count < SIZE.commitments / 100).length).toBeGreaterThan(
      involvement.size / 2,
    );
  });

  it("uses every theme, one to three per commitment, every stage and both directions", async () => {
    const commitments = await db.commitment.findMany({
      select: { stage: true, direction: true, themes: { select: { themeSlug: true } } },
    });
    const themes = new Set(
      commitments.flatMap((row) => row.themes.map((theme) => theme.themeSlug)),
    );
    expect([...themes].sort()).toEqual(THEMES.map((theme) => theme.slug).sort());
    for (const commitment of commitments) {
      expect(commitment.themes.length).toBeGreaterThanOrEqual(1);
      expect(commitment.themes.length).toBeLessThanOrEqual(3);
    }
    expect(new Set(commitments.map((row) => row.stage))).toEqual(new Set(STAGES));
    expect(new Set(commitments.map((row) => row.direction))).toEqual(
      new Set(["unilateral", "mutual"]),
    );
  });

  it("builds initiatives whose children point at them and whose progress rolls up", async () => {
    const initiatives = await db.commitment.findMany({
      where: { kind: "initiative" },
      include: { children: { select: { progress: true, kind: true } } },
    });
    expect(initiatives.length).toBeGreaterThan(20);
    expect(
      initiatives.filter((initiative) => initiative.children.length > 0).length,
    ).toBeGreaterThan(initiatives.length / 2);
    for (const initiative of initiatives) {
      expect(initiative.children.every((child) => child.kind === "commitment")).toBe(true);
      if (!initiative.progressExplicit) {
        expect(initiative.progress).toBe(
          rolledUpProgress(initiative.children.map((child) => child.progress)),
        );
      }
    }
    const orphans = await db.commitment.count({
      where: { parentId: { not: null }, parent: { kind: { not: "initiative" } } },
    });
    expect(orphans).toBe(0);
    expect(await db.commitment.count({ where: { parentId: { not: null } } })).toBeGreaterThan(50);
  });

  it("generates the same rows from the same seed, and other rows from another seed", async () => {
    const again = await generatedDatabase(provider, SIZE);
    databases.push(again.database);
    const other = await generatedDatabase(provider, { ...SIZE, seed: 2 });
    databases.push(other.database);
    const rows = await allRows(db);
    expect(await allRows(again.database.db)).toEqual(rows);
    const otherRows = await allRows(other.database.db);
    expect(otherRows.commitments.map((row) => row.title)).not.toEqual(
      rows.commitments.map((row) => row.title),
    );
    expect(otherRows.events.length).toBe(rows.events.length);
  }, 300_000);

  it("honours an event count smaller than the commitments: the rest stay not assessed", async () => {
    const { database } = await generatedDatabase(provider, { commitments: 60, events: 7, seed: 3 });
    databases.push(database);
    expect(await database.db.statusEvent.count()).toBe(7);
    const assessed = await database.db.commitment.count({
      where: { status: { not: "not_assessed" } },
    });
    expect(assessed).toBeGreaterThan(0);
    expect(assessed).toBeLessThanOrEqual(7);
  }, 120_000);

  it("needs the reference data, and reports real data in a seeded database", async () => {
    const database = await createTestDatabase(provider);
    databases.push(database);
    await expect(generateDataset(database.db, { commitments: 5, events: 5 })).rejects.toThrow(
      /reference data/,
    );
    await seedDatabase(database.db);
    const existing = await existingDataIn(database.db);
    expect(existing.realStatements).toBe(1);
    expect(existing.commitments).toBeGreaterThan(0);
    expect(await countFictionalStatements(database.db)).toBe(0);
  }, 120_000);
});
