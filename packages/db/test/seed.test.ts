import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase, seedStatement } from "../src/index.ts";
import {
  commitments as seedCommitments,
  statement as exampleStatement,
} from "../src/seed/kenya-china-2023.ts";
import { createTestDatabase, testProviders, type TestDatabase } from "../src/testing.ts";

describe.each(testProviders)("seed on %s", (provider) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await seedDatabase(database.db);
  }, 120_000);
  afterAll(() => database?.drop());

  it("stores the statement with its metadata and the sha256 of its text", async () => {
    const statement = await database.db.statement.findFirstOrThrow();
    expect(statement).toMatchObject({
      kind: "news_report",
      eventName: "Global Public Security Cooperation Forum, Ministerial Roundtable",
      eventLocation: "Lianyungang, China",
      eventOn: "2023",
      speakerName: "Dr. Raymond Omollo",
      speakerCountryId: "KE",
      byline: "Michael Omondi",
      text: exampleStatement.text,
    });
    expect(statement.textSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("gives every quote the exact slice of the statement text at its offsets", async () => {
    const quotes = await database.db.quote.findMany({
      include: { statement: { select: { text: true } } },
    });
    const passages = seedCommitments.flatMap((commitment) => commitment.passages);
    expect(quotes).toHaveLength(passages.length);
    for (const quote of quotes) {
      expect(quote.statement.text.slice(quote.start, quote.end)).toBe(quote.text);
    }
    expect(quotes.map((quote) => quote.text).sort()).toEqual([...passages].sort());
  });

  it("logs every commitment as not assessed, with no invented deadline", async () => {
    const rows = await database.db.commitment.findMany({
      include: { themes: true, counterparts: true },
    });
    expect(rows).toHaveLength(seedCommitments.length);
    for (const row of rows) {
      expect(row.status).toBe("not_assessed");
      expect(row.progress).toBeNull();
      expect(row.targetOn).toBeNull();
      expect(row.themes.length).toBeGreaterThan(0);
    }
    const titles = rows.map((row) => row.title).join("\n");
    for (const topic of [
      /intelligence sharing/i,
      /joint security operations/i,
      /coast guard/i,
      /surveillance equipment/i,
      /integrated border management/i,
      /climate-induced migration/i,
    ]) {
      expect(titles).toMatch(topic);
    }
  });

  it("links children to their initiatives", async () => {
    const initiative = await database.db.commitment.findUniqueOrThrow({
      where: { externalId: "seed:ke-cn-2023:security-cooperation" },
      include: { children: { select: { externalId: true } } },
    });
    expect(initiative.kind).toBe("initiative");
    expect(initiative.children.map((child) => child.externalId).sort()).toEqual([
      "seed:ke-cn-2023:intelligence-sharing",
      "seed:ke-cn-2023:joint-security-operations",
      "seed:ke-cn-2023:security-management",
    ]);
  });

  it("changes nothing when run a second time", async () => {
    const count = async () => ({
      statements: await database.db.statement.count(),
      commitments: await database.db.commitment.count(),
      quotes: await database.db.quote.count(),
      themes: await database.db.commitmentTheme.count(),
      countries: await database.db.country.count(),
    });
    const before = await count();
    await seedDatabase(database.db);
    await seedStatement(database.db, exampleStatement, seedCommitments);
    expect(await count()).toEqual(before);
    expect(before.countries).toBeGreaterThanOrEqual(249);
  });
});
