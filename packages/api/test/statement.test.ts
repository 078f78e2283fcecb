import { createTestDatabase, testProviders, type TestDatabase } from "@pledgewatch/db/testing";
import { seedReferenceData } from "@pledgewatch/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller, createContextInner } from "../src/index.ts";

const TEXT = "Kenya will train officers. China will donate boats.";
// sha256("Kenya will train officers. China will donate boats."), computed with `sha256sum`.
const TEXT_SHA256 = "064a9e82a3a99dce1613bcf5cc97eb26f87b119719355780ee235f5f47504923";

describe.each(testProviders)("statement procedures on %s", (provider) => {
  let database: TestDatabase;
  let publicCaller: ReturnType<typeof createCaller>;
  let analyst: ReturnType<typeof createCaller>;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await seedReferenceData(database.db);
    const user = {
      id: "u1",
      email: "a@example.org",
      name: "Ann Analyst",
      role: "analyst" as const,
    };
    await database.db.user.create({ data: user });
    publicCaller = createCaller(createContextInner({ db: database.db }));
    analyst = createCaller(createContextInner({ db: database.db, user }));
  });
  afterAll(() => database?.drop());

  it("creates a statement with the sha256 of its text and refuses the same text twice", async () => {
    const created = await analyst.statement.create({
      title: "Joint communiqué",
      kind: "communique",
      speakerName: "Raymond Omollo",
      speakerCountryId: "ke",
      text: TEXT,
    });
    expect(created).toMatchObject({
      textSha256: TEXT_SHA256,
      version: 1,
      language: "en",
      speakerCountry: { id: "KE", name: "Kenya" },
      quotes: [],
    });
    await expect(
      analyst.statement.create({ title: "Copy", kind: "speech", text: TEXT }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: `This text is already logged as statement ${created.id}.`,
      cause: { field: "text", details: { existingId: created.id } },
    });
    await expect(
      publicCaller.statement.create({ title: "x", kind: "speech", text: "y" }),
    ).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });

  it("changes the text only while no quote points into it", async () => {
    const statement = await analyst.statement.create({
      title: "Draft",
      kind: "speech",
      text: "Draft text one.",
    });
    const edited = await analyst.statement.update({
      id: statement.id,
      version: 1,
      text: "Draft text two.",
    });
    expect(edited).toMatchObject({ version: 2, text: "Draft text two." });
    await expect(
      analyst.statement.update({ id: statement.id, version: 1, title: "Stale" }),
    ).rejects.toMatchObject({ code: "CONFLICT", cause: { details: { current: { version: 2 } } } });

    await analyst.commitment.create({
      title: "Two",
      committingCountryId: "KE",
      direction: "unilateral",
      stage: "pledge",
      quotes: [{ statementId: statement.id, start: 11, end: 14, text: "two" }],
    });
    await expect(
      analyst.statement.update({ id: statement.id, version: 2, text: "Draft text three." }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", cause: { code: "VALIDATION", field: "text" } });
    const retitled = await analyst.statement.update({
      id: statement.id,
      version: 2,
      title: "Final",
      publisher: null,
    });
    expect(retitled).toMatchObject({ title: "Final", version: 3, text: "Draft text two." });

    const audit = await database.db.auditEntry.findMany({
      where: { entityType: "statement", entityId: statement.id },
      orderBy: { at: "asc" },
    });
    expect(audit.map((entry) => entry.action)).toEqual(["create", "update", "update"]);
    expect(JSON.parse(audit[2]!.changes)).toEqual({
      title: { before: "Draft", after: "Final" },
      version: { before: 2, after: 3 },
    });
    // Same length, new hash: the text change is recorded by its hash.
    expect(Object.keys(JSON.parse(audit[1]!.changes)).sort()).toEqual(["textSha256", "version"]);
  });

  it("gets a statement with its quotes in text order and their commitments", async () => {
    const statement = await analyst.statement.create({
      title: "Order",
      kind: "speech",
      text: "Alpha beta gamma.",
    });
    const quote = (title: string, start: number, end: number) =>
      analyst.commitment.create({
        title,
        committingCountryId: "CN",
        direction: "mutual",
        stage: "agreement",
        quotes: [
          { statementId: statement.id, start, end, text: "Alpha beta gamma.".slice(start, end) },
        ],
      });
    const gamma = await quote("Gamma", 11, 16);
    const alpha = await quote("Alpha", 0, 5);
    const got = await publicCaller.statement.get({ id: statement.id });
    expect(got.quotes).toEqual([
      expect.objectContaining({
        start: 0,
        end: 5,
        text: "Alpha",
        commitment: { id: alpha.id, title: "Alpha", status: "not_assessed" },
      }),
      expect.objectContaining({
        start: 11,
        end: 16,
        text: "gamma",
        commitment: { id: gamma.id, title: "Gamma", status: "not_assessed" },
      }),
    ]);
    await expect(publicCaller.statement.get({ id: "missing" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("searches titles, speakers and events, and pages with a cursor", async () => {
    for (const [index, eventName] of [
      "Lianyungang forum",
      "Nairobi summit",
      "Lianyungang roundtable",
    ].entries()) {
      await analyst.statement.create({
        title: `Paged ${index}`,
        kind: "speech",
        eventName,
        text: `Paged text ${index}`,
      });
    }
    const found = await publicCaller.statement.list({ search: "lianyungang" });
    expect(found.items.map((row) => row.title).sort()).toEqual(["Paged 0", "Paged 2"]);
    expect(
      (await publicCaller.statement.list({ search: "omollo" })).items.map((row) => row.title),
    ).toEqual(["Joint communiqué"]);

    const all = await publicCaller.statement.list({ limit: 200 });
    const walked: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await publicCaller.statement.list({ limit: 2, cursor });
      expect(page.items.length).toBeLessThanOrEqual(2);
      walked.push(...page.items.map((row) => row.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(walked).toEqual(all.items.map((row) => row.id));
    expect(new Set(walked).size).toBe(6); // communiqué, draft, order and three paged
    expect(all.items.find((row) => row.title === "Order")?.quoteCount).toBe(2);
  });
});
