// What a committed CSV import writes: rows, lists, create audits and initiative roll-ups, written
// in bulk (raw multi-row INSERTs) inside the import's one transaction.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commitImport, dataRevision, seedReferenceData, type Db } from "../src/index.ts";
import { createTestDatabase, testProviders, type TestDatabase } from "../src/testing.ts";

const ACTOR = "user-importer";
const HEADER =
  "external_id,title,committing_country,counterpart_countries,direction,stage,themes,target_on,parent_id,quotes";
const STATEMENT_TEXT = "Kenya and China will train coast guards and share maritime data.";

const csvFile = (...lines: string[]) => `${[HEADER, ...lines].join("\r\n")}\r\n`;
const quotesCell = (quotes: object[]) => `"${JSON.stringify(quotes).replaceAll('"', '""')}"`;

describe.each(testProviders)("committed import on %s", (provider) => {
  let database: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    db = database.db;
    await seedReferenceData(db);
    await db.user.create({
      data: { id: ACTOR, email: "importer@example.org", name: "Importer", role: "analyst" },
    });
    await db.statement.create({
      data: {
        id: "st-1",
        title: "Joint statement",
        kind: "joint_statement",
        text: STATEMENT_TEXT,
        textSha256: "not-checked-here",
      },
    });
    const commitment = { committingCountryId: "KE", direction: "mutual", stage: "pledge" } as const;
    // top ⊃ middle ⊃ assessed (40); top ⊃ sibling (80); explicit (7, set by hand) ⊃ nothing yet.
    await db.commitment.createMany({
      data: [
        { ...commitment, id: "top", title: "Top", kind: "initiative", progress: 1 },
        { ...commitment, id: "explicit", title: "Explicit", kind: "initiative", progress: 7 },
      ],
    });
    await db.commitment.update({ where: { id: "explicit" }, data: { progressExplicit: true } });
    await db.commitment.createMany({
      data: [
        // A stale stored roll-up: the import's refresh must recompute it from the children.
        {
          ...commitment,
          id: "middle",
          title: "Middle",
          kind: "initiative",
          parentId: "top",
          progress: 10,
        },
        { ...commitment, id: "sibling", title: "Sibling", parentId: "top", progress: 80 },
      ],
    });
    await db.commitment.create({
      data: { ...commitment, id: "assessed", title: "Assessed", parentId: "middle", progress: 40 },
    });
  });
  afterAll(() => database?.drop());

  it("writes each row with its lists and a create audit equal to the stored state", async () => {
    const start = STATEMENT_TEXT.indexOf("coast guards");
    const later = { statement_id: "st-1", start, end: start + 12, text: "coast guards" };
    const earlier = { statement_id: "st-1", start: 0, end: 5, text: "Kenya" };
    const csv = csvFile(
      `w-1,Train coast guards,KE,TZ;CN;TZ,unilateral,pledge,training;maritime-security,2026,,${quotesCell([later, earlier])}`,
      "w-2,Share data,CN,,mutual,agreement,,,,",
    );
    const revision = await dataRevision(db);

    const report = await commitImport(db, csv, ACTOR);

    expect(report.counts).toEqual({ rows: 2, create: 2, update: 0, unchanged: 0, error: 0 });
    expect(await dataRevision(db)).toBeGreaterThan(revision);
    const rows = await db.commitment.findMany({
      where: { externalId: { in: ["w-1", "w-2"] } },
      include: { counterparts: true, themes: true, quotes: true },
      orderBy: { externalId: "asc" },
    });
    expect(rows).toMatchObject([
      {
        title: "Train coast guards",
        kind: "commitment",
        status: "not_assessed",
        progress: null,
        progressExplicit: false,
        version: 1,
        targetOn: "2026",
        deletedAt: null,
      },
      { title: "Share data", committingCountryId: "CN", counterpartOther: null, targetOn: null },
    ]);
    const [first, second] = rows;
    expect(first?.id).not.toBe(second?.id);
    expect(first?.createdAt).toEqual(first?.updatedAt);
    expect(first?.counterparts.map((row) => row.countryId).sort()).toEqual(["CN", "TZ"]);
    expect(first?.themes.map((row) => row.themeSlug).sort()).toEqual([
      "maritime-security",
      "training",
    ]);
    expect(first?.quotes.map((quote) => quote.text).sort()).toEqual(["Kenya", "coast guards"]);

    const audits = await db.auditEntry.findMany({
      where: { entityId: first?.id as string },
      select: { entityType: true, action: true, actorId: true, changes: true },
    });
    // Field for field (and in this order) what the stored row reads back as.
    const expected = {
      title: "Train coast guards",
      description: null,
      kind: "commitment",
      parentId: null,
      committingCountryId: "KE",
      counterpartOther: null,
      direction: "unilateral",
      stage: "pledge",
      status: "not_assessed",
      progress: null,
      progressExplicit: false,
      announcedOn: null,
      targetOn: "2026",
      externalId: "w-1",
      version: 1,
      deletedAt: null,
      quotes: [
        { statementId: "st-1", start: 0, end: 5, text: "Kenya" },
        { statementId: "st-1", start, end: start + 12, text: "coast guards" },
      ],
      counterpartCountryIds: ["CN", "TZ"],
      themes: ["maritime-security", "training"],
    };
    expect(audits).toEqual([
      {
        entityType: "commitment",
        action: "create",
        actorId: ACTOR,
        changes: JSON.stringify(expected),
      },
    ]);
  });

  it("refreshes the roll-ups of the new rows' initiatives and of their ancestors", async () => {
    const before = await db.commitment.findUniqueOrThrow({ where: { id: "top" } });
    const csv = csvFile(
      "r-1,Under middle,KE,,mutual,pledge,,,middle,",
      "r-2,Under top,KE,,mutual,pledge,,,top,",
      "r-3,Under explicit,KE,,mutual,pledge,,,explicit,",
    );

    expect((await commitImport(db, csv, ACTOR)).committed).toBe(true);

    const progress = await db.commitment.findMany({
      where: { id: { in: ["top", "middle", "explicit"] } },
      select: { id: true, progress: true, updatedAt: true },
      orderBy: { id: "asc" },
    });
    // middle: only the assessed child (40) counts; top: (40 + 80) / 2 from middle's new value,
    // not (10 + 80) / 2 from its stale one; explicit keeps the value set by hand.
    expect(progress.map(({ id, progress }) => [id, progress])).toEqual([
      ["explicit", 7],
      ["middle", 40],
      ["top", 60],
    ]);
    expect(progress.find((row) => row.id === "top")?.updatedAt.getTime()).toBeGreaterThan(
      before.updatedAt.getTime(),
    );
  });

  it("writes a file larger than one INSERT holds, children after their commitments", async () => {
    const rows = 2_500;
    const lines = Array.from(
      { length: rows },
      (_, k) => `bulk-${k},Row ${k},KE,CN;UG,mutual,pledge,training,,,`,
    );
    const count = () =>
      Promise.all([
        db.commitment.count({ where: { externalId: { startsWith: "bulk-" } } }),
        db.commitmentCounterpart.count({
          where: { commitment: { externalId: { startsWith: "bulk-" } } },
        }),
        db.commitmentTheme.count({
          where: { commitment: { externalId: { startsWith: "bulk-" } } },
        }),
        db.auditEntry.count({ where: { action: "create" } }),
      ]);
    const [, , , auditsBefore] = await count();

    expect((await commitImport(db, csvFile(...lines), ACTOR)).counts.create).toBe(rows);

    expect(await count()).toEqual([rows, 2 * rows, rows, auditsBefore + rows]);
    // One timestamp for the whole import: the ids must keep the file's order for the list's tie-break.
    const byId = await db.commitment.findMany({
      where: { externalId: { startsWith: "bulk-" } },
      orderBy: { id: "asc" },
      select: { externalId: true },
    });
    expect(byId.map((row) => row.externalId)).toEqual(lines.map((line) => line.split(",")[0]));
  });
});
