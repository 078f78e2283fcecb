import { seedDatabase } from "@pledgewatch/db";
import { createTestDatabase, testProviders, type TestDatabase } from "@pledgewatch/db/testing";
import type { Role } from "@pledgewatch/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller, createContextInner } from "../src/index.ts";

const HEADER =
  "external_id,title,committing_country,counterpart_countries,direction,stage,themes,announced_on,target_on";
/** A CSV file as a spreadsheet saves it: CRLF line ends. */
const csvFile = (...lines: string[]) => `${lines.join("\r\n")}\r\n`;

const BILATERAL = "seed:ke-cn-2023:bilateral-relations";

describe.each(testProviders)("CSV import on %s", (provider) => {
  let database: TestDatabase;
  let analyst: ReturnType<typeof createCaller>;
  let statementId: string;
  let statementText: string;

  async function callerAs(role: Role) {
    const user = { id: `user-${role}`, email: `${role}@example.org`, name: `Ann ${role}`, role };
    await database.db.user.create({ data: user });
    return createCaller(createContextInner({ db: database.db, user }));
  }

  const tableCounts = async () => {
    const { db } = database;
    return {
      commitments: await db.commitment.count(),
      counterparts: await db.commitmentCounterpart.count(),
      themes: await db.commitmentTheme.count(),
      quotes: await db.quote.count(),
      audit: await db.auditEntry.count(),
    };
  };

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await seedDatabase(database.db);
    analyst = await callerAs("analyst");
    const statement = await database.db.statement.findFirstOrThrow({
      select: { id: true, text: true },
    });
    statementId = statement.id;
    statementText = statement.text;
  });
  afterAll(() => database?.drop());

  it("previews a good file without writing, then imports it with its values and audit", async () => {
    const passage = "Kenya is seeking to strengthen cooperation with China";
    const start = statementText.indexOf(passage);
    const quotes = JSON.stringify([
      { statement_id: statementId, start, end: start + passage.length, text: passage },
    ]);
    const csv = csvFile(
      `${HEADER},quotes,description`,
      `good-1,Train 200 coast guard officers,ke,CN;TZ,unilateral,pledge,training;maritime-security,2023-10,2025,"${quotes.replaceAll('"', '""')}","Two cohorts, at Mtongwe\nand Mombasa"`,
      // A formula-looking title the export wrote with a leading ' comes back without it.
      "good-2,'-5% tariffs on patrol boats,CN,,mutual,agreement,,2024,,,",
    );
    const before = await tableCounts();

    const preview = await analyst.import.preview({ csv });
    expect(preview).toEqual({
      committed: false,
      counts: { rows: 2, create: 2, update: 0, unchanged: 0, error: 0 },
      issues: [],
      issueCount: 0,
    });
    expect(await tableCounts()).toEqual(before);

    const result = await analyst.import.commit({ csv });
    expect(result).toEqual({ ...preview, committed: true });

    const first = await database.db.commitment.findUniqueOrThrow({
      where: { externalId: "good-1" },
      include: { counterparts: true, themes: true, quotes: true },
    });
    expect(first).toMatchObject({
      title: "Train 200 coast guard officers",
      kind: "commitment",
      committingCountryId: "KE",
      direction: "unilateral",
      stage: "pledge",
      announcedOn: "2023-10",
      targetOn: "2025",
      description: "Two cohorts, at Mtongwe\nand Mombasa",
      status: "not_assessed",
      version: 1,
    });
    expect(first.counterparts.map((row) => row.countryId).sort()).toEqual(["CN", "TZ"]);
    expect(first.themes.map((row) => row.themeSlug).sort()).toEqual([
      "maritime-security",
      "training",
    ]);
    expect(first.quotes).toMatchObject([{ statementId, start, text: passage }]);
    const second = await database.db.commitment.findUniqueOrThrow({
      where: { externalId: "good-2" },
    });
    expect(second).toMatchObject({
      title: "-5% tariffs on patrol boats",
      committingCountryId: "CN",
      announcedOn: "2024",
      targetOn: null,
      description: null,
    });
    const audit = await database.db.auditEntry.findMany({
      where: { entityId: { in: [first.id, second.id] } },
    });
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["create", "user-analyst"],
      ["create", "user-analyst"],
    ]);
    expect(await tableCounts()).toEqual({
      ...before,
      commitments: before.commitments + 2,
      counterparts: before.counterparts + 2,
      themes: before.themes + 2,
      quotes: before.quotes + 1,
      audit: before.audit + 2,
    });

    // The same file again changes nothing.
    expect((await analyst.import.preview({ csv })).counts).toEqual({
      rows: 2,
      create: 0,
      update: 0,
      unchanged: 2,
      error: 0,
    });
  });

  it("reports exactly the 3 bad rows (country, theme, date) and writes nothing", async () => {
    const csv = csvFile(
      HEADER,
      "three-1,Share intelligence,KE,CN,mutual,pledge,intelligence-sharing,2023,",
      "three-2,Donate boats,CN,KE;XX,unilateral,pledge,equipment,2023,",
      "three-3,Joint drills,KE,CN,mutual,agreement,joint-operations;cyber-warfare,2023,",
      "three-4,Build a training school,CN,KE,unilateral,pledge,training,2023,2023-13",
      "three-5,Patrol the coast,KE,,unilateral,aspiration,,2023,2026",
    );
    const before = await tableCounts();
    const expected = {
      committed: false,
      counts: { rows: 5, create: 2, update: 0, unchanged: 0, error: 3 },
      issues: [
        {
          row: 3,
          column: "counterpart_countries",
          message: '"XX": Use an ISO 3166-1 alpha-2 country code, such as KE',
        },
        { row: 4, column: "themes", message: '"cyber-warfare": Unknown theme' },
        {
          row: 5,
          column: "target_on",
          message: '"2023-13": Use a real date as YYYY, YYYY-MM or YYYY-MM-DD',
        },
      ],
      issueCount: 3,
    };
    expect(await analyst.import.preview({ csv })).toEqual(expected);
    expect(await analyst.import.commit({ csv })).toEqual(expected);
    expect(await tableCounts()).toEqual(before);
    expect(
      await database.db.commitment.count({ where: { externalId: { startsWith: "three-" } } }),
    ).toBe(0);
  });

  it("updates the commitment with the same external_id, with an audit entry", async () => {
    const current = await database.db.commitment.findUniqueOrThrow({
      where: { externalId: BILATERAL },
    });
    const csv = csvFile(
      HEADER,
      `${BILATERAL},Deepen bilateral relations with China,KE,CN,unilateral,pledge,cooperation-frameworks,2023,2027`,
    );
    expect((await analyst.import.preview({ csv })).counts).toEqual({
      rows: 1,
      create: 0,
      update: 1,
      unchanged: 0,
      error: 0,
    });
    expect((await analyst.import.commit({ csv })).committed).toBe(true);

    const updated = await database.db.commitment.findUniqueOrThrow({
      where: { externalId: BILATERAL },
    });
    expect(updated).toMatchObject({
      id: current.id,
      title: "Deepen bilateral relations with China",
      targetOn: "2027",
      // Columns the file lacks stay as they were.
      counterpartOther: "all international partners",
      version: current.version + 1,
    });
    const [entry] = await database.db.auditEntry.findMany({
      where: { entityId: current.id, action: "update" },
    });
    expect(entry?.actorId).toBe("user-analyst");
    expect(JSON.parse(entry?.changes ?? "{}")).toEqual({
      title: {
        before: "Strengthen bilateral relations with China and all international partners",
        after: "Deepen bilateral relations with China",
      },
      targetOn: { before: null, after: "2027" },
      version: { before: current.version, after: current.version + 1 },
    });
  });

  it("refuses a row exported before a newer edit, unless its updated_at is emptied", async () => {
    const current = await database.db.commitment.findUniqueOrThrow({
      where: { externalId: BILATERAL },
    });
    const exportedBefore = new Date(current.updatedAt.getTime() - 60_000).toISOString();
    const row = (updatedAt: string) =>
      csvFile(
        `${HEADER},updated_at`,
        `${BILATERAL},An older title,KE,CN,unilateral,pledge,cooperation-frameworks,2023,2027,${updatedAt}`,
      );
    const refused = await analyst.import.commit({ csv: row(exportedBefore) });
    expect(refused.committed).toBe(false);
    expect(refused.issues).toMatchObject([{ row: 2, column: "updated_at" }]);
    expect(await database.db.commitment.findUniqueOrThrow({ where: { id: current.id } })).toEqual(
      current,
    );
    expect((await analyst.import.commit({ csv: row("") })).committed).toBe(true);
  });

  it("names the column of file-level and reference problems", async () => {
    const wrongQuote = JSON.stringify([
      { statement_id: statementId, start: 0, end: 5, text: "Hello" },
    ]).replaceAll('"', '""');
    const csv = csvFile(
      `${HEADER},quotes,parent_id`,
      `,No id,KE,CN,mutual,pledge,,2023,,,`,
      `ref-1,Wrong quote,KE,CN,mutual,pledge,,2023,,"${wrongQuote}",`,
      `ref-2,Missing statement,KE,CN,mutual,pledge,,2023,,"[{""statement_id"":""nope"",""start"":0,""end"":1,""text"":""x""}]",`,
      `ref-3,No such parent,KE,CN,mutual,pledge,,2023,,,not-an-id`,
      `ref-3,Twice,KE,CN,mutual,pledge,,2023,,,`,
    );
    const report = await analyst.import.preview({ csv });
    expect(report.issues.map(({ row, column }) => [row, column])).toEqual([
      [2, "external_id"],
      [3, "quotes"],
      [4, "quotes"],
      [5, "parent_id"],
      [6, "external_id"],
    ]);
    expect(report.counts).toEqual({ rows: 5, create: 0, update: 0, unchanged: 0, error: 5 });

    const header = await analyst.import.preview({ csv: csvFile("title,colour", "A,red") });
    expect(header.issues).toEqual([
      {
        row: 1,
        column: "colour",
        message: 'Unknown column "colour" (column 2); the template lists the columns.',
      },
      {
        row: 1,
        column: "external_id",
        message: "The file needs an external_id column: the import matches rows on it.",
      },
    ]);
  });

  it("refuses a file over 10 MB with a clear message", async () => {
    const csv = `${HEADER}\r\n${"x".repeat(10_000_001)}`;
    await expect(analyst.import.preview({ csv })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("larger than 10 MB"),
    });
  });

  it("refuses viewers and anonymous callers", async () => {
    const viewer = await callerAs("viewer");
    const anonymous = createCaller(createContextInner({ db: database.db }));
    const csv = csvFile(HEADER, "v-1,Viewer row,KE,CN,mutual,pledge,,2023,");
    for (const [caller, code] of [
      [viewer, "FORBIDDEN"],
      [anonymous, "UNAUTHORIZED"],
    ] as const) {
      await expect(caller.import.preview({ csv })).rejects.toMatchObject({ code });
      await expect(caller.import.commit({ csv })).rejects.toMatchObject({ code });
    }
    expect(await database.db.commitment.count({ where: { externalId: "v-1" } })).toBe(0);
  });
});
