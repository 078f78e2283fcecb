import { createTestDatabase, testProviders, type TestDatabase } from "@pledgewatch/db/testing";
import { seedReferenceData } from "@pledgewatch/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller, createContextInner } from "../src/index.ts";
import { createPledgeStatement, TRAINING, TEXT } from "./intake-fixture.ts";

type Caller = ReturnType<typeof createCaller>;

describe.each(testProviders)("intake.dismiss and intake.restore on %s", (provider) => {
  let database: TestDatabase;
  let ana: Caller;
  let ben: Caller;
  let viewer: Caller;
  let statementId: string;
  /** The training pledge's passage, as the suggestions give it. */
  let training: { statementId: string; start: number; end: number };

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await seedReferenceData(database.db);
    const caller = async (id: string, name: string, role: "analyst" | "viewer") => {
      await database.db.user.create({ data: { id, email: `${id}@example.org`, name, role } });
      return createCaller(
        createContextInner({ db: database.db, user: { id, email: "", name, role } }),
      );
    };
    ana = await caller("u-ana", "Ana Silva", "analyst");
    ben = await caller("u-ben", "Ben Okoth", "analyst");
    viewer = await caller("u-viewer", "Vera Viewer", "viewer");
    statementId = await createPledgeStatement(ana);
    const { candidates } = await ana.intake.suggest({ id: statementId });
    const candidate = candidates.find((each) => TRAINING.includes(each.quote))!;
    training = { statementId, start: candidate.start, end: candidate.end };
  });
  afterAll(() => database?.drop());

  it("shows one analyst's dismissal to another, with who dismissed it and when", async () => {
    const before = Date.now();
    await ana.intake.dismiss(training);

    const { candidates, dismissed } = await ben.intake.suggest({ id: statementId });
    expect(dismissed).toEqual([
      {
        start: training.start,
        end: training.end,
        dismissedAt: expect.any(Date),
        dismissedBy: { id: "u-ana", name: "Ana Silva" },
      },
    ]);
    expect(dismissed[0]!.dismissedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    // Still among the candidates, so the panel can show it under "dismissed" and restore it.
    expect(candidates.some((candidate) => candidate.start === training.start)).toBe(true);
  });

  it("keeps the first dismissal when the passage is dismissed again", async () => {
    await ben.intake.dismiss(training);
    const { dismissed } = await ana.intake.suggest({ id: statementId });
    expect(dismissed).toHaveLength(1);
    expect(dismissed[0]!.dismissedBy?.name).toBe("Ana Silva");
  });

  it("restores for everyone, and restoring again changes nothing", async () => {
    await ben.intake.restore(training);
    expect((await ana.intake.suggest({ id: statementId })).dismissed).toEqual([]);
    await expect(ben.intake.restore(training)).resolves.toBeUndefined();
    expect((await ana.intake.suggest({ id: statementId })).dismissed).toEqual([]);
  });

  it("records each dismissal and restore in the statement's audit trail", async () => {
    const entries = await database.db.auditEntry.findMany({
      where: { entityType: "statement", entityId: statementId, action: "update" },
      orderBy: { at: "asc" },
    });
    const offsets = { start: training.start, end: training.end };
    expect(entries.map(({ actorId, changes }) => [actorId, JSON.parse(changes)])).toEqual([
      ["u-ana", { dismissedPassage: { before: null, after: offsets } }],
      ["u-ben", { dismissedPassage: { before: offsets, after: null } }],
    ]);
  });

  it("refuses a passage that ends after the text, on the end field", async () => {
    await expect(
      ana.intake.dismiss({ statementId, start: 10, end: TEXT.length + 1 }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", cause: { code: "VALIDATION", field: "end" } });
  });

  it.each([
    ["start after end", "end", { start: 20, end: 10 }],
    ["an empty passage", "end", { start: 10, end: 10 }],
    ["a negative start", "start", { start: -1, end: 10 }],
    ["a fractional offset", "start", { start: 1.5, end: 10 }],
  ])("refuses %s on the %s field", async (_case, field, offsets) => {
    const error = await ana.intake
      .dismiss({ statementId, ...offsets })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    const issues = (error as { cause: { issues: { path: string[] }[] } }).cause.issues;
    expect(issues.map((issue) => issue.path)).toEqual([[field]]);
  });

  it("answers an unknown statement with NOT_FOUND on statementId", async () => {
    await expect(
      ana.intake.dismiss({ statementId: "no-such-statement", start: 0, end: 5 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", cause: { field: "statementId" } });
  });

  it("is refused to readers and visitors", async () => {
    const anonymous = createCaller(createContextInner({ db: database.db }));
    for (const caller of [viewer, anonymous]) {
      await expect(caller.intake.dismiss(training)).rejects.toMatchObject({
        code: caller === viewer ? "FORBIDDEN" : "UNAUTHORIZED",
      });
      await expect(caller.intake.restore(training)).rejects.toMatchObject({
        code: caller === viewer ? "FORBIDDEN" : "UNAUTHORIZED",
      });
    }
    expect(await database.db.dismissedPassage.count()).toBe(0);
  });

  it("forgets the dismissals when the statement's text changes, since they point into it", async () => {
    await ana.intake.dismiss(training);
    const statement = await ana.statement.get({ id: statementId });
    await ana.statement.update({ id: statementId, version: statement.version, text: `${TEXT} ` });
    expect((await ana.intake.suggest({ id: statementId })).dismissed).toEqual([]);
  });
});
