import { seedDatabase } from "@pledgewatch/db";
import { createTestDatabase, testProviders, type TestDatabase } from "@pledgewatch/db/testing";
import { addDays, todayIso, type Role } from "@pledgewatch/domain";
import type { inferProcedureInput } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller, createContextInner, type AppRouter } from "../src/index.ts";

type CreateInput = inferProcedureInput<AppRouter["commitment"]["create"]>;

const TEXT =
  "Kenya will train 200 coast guard officers by 2025. China will donate two patrol boats. Both sides will share intelligence.";
const span = (passage: string) => {
  const start = TEXT.indexOf(passage);
  return { start, end: start + passage.length, text: passage };
};

describe.each(testProviders)("commitment procedures on %s", (provider) => {
  let database: TestDatabase;
  let publicCaller: ReturnType<typeof createCaller>;
  let analyst: ReturnType<typeof createCaller>;
  let admin: ReturnType<typeof createCaller>;
  let statementId: string;

  async function signedIn(role: Role) {
    const user = { id: `user-${role}`, email: `${role}@example.org`, name: `Ann ${role}`, role };
    await database.db.user.create({ data: user });
    return createCaller(createContextInner({ db: database.db, user }));
  }

  const base = (overrides: Partial<CreateInput> = {}): CreateInput => ({
    title: "Train coast guard officers",
    committingCountryId: "KE",
    counterpartCountryIds: ["CN"],
    direction: "unilateral",
    stage: "pledge",
    themes: ["training", "maritime-security"],
    announcedOn: "2023",
    quotes: [{ statementId, ...span("Kenya will train 200 coast guard officers by 2025.") }],
    ...overrides,
  });

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await seedDatabase(database.db);
    publicCaller = createCaller(createContextInner({ db: database.db }));
    analyst = await signedIn("analyst");
    admin = await signedIn("admin");
    await signedIn("viewer");
    statementId = (await analyst.statement.create({ title: "Joint note", kind: "mou", text: TEXT }))
      .id;
  });
  afterAll(() => database?.drop());

  it("creates a commitment with its parties, themes and quotes, and gets it back", async () => {
    const created = await analyst.commitment.create(base({ targetOn: "2025" }));
    expect(created).toMatchObject({
      title: "Train coast guard officers",
      kind: "commitment",
      status: "not_assessed",
      progress: null,
      version: 1,
      committingCountry: { id: "KE", name: "Kenya" },
      counterparts: [{ id: "CN", name: "China" }],
      themes: [
        { slug: "maritime-security", name: "Maritime security" },
        { slug: "training", name: "Training" },
      ],
      quotes: [
        {
          start: 0,
          end: 50,
          text: "Kenya will train 200 coast guard officers by 2025.",
          statement: { id: statementId, title: "Joint note" },
        },
      ],
      statusEvents: [],
      children: [],
      parent: null,
      overdue: todayIso() > "2025-12-31",
    });
    expect(await publicCaller.commitment.get({ id: created.id })).toEqual(created);
  });

  it("refuses a quote that differs from the statement, naming the quote", async () => {
    const quote = { statementId, start: 0, end: 5, text: "Kenia" };
    await expect(
      analyst.commitment.create(base({ quotes: [base().quotes![0]!, quote] })),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { code: "VALIDATION", field: "quotes.1.text" },
    });
    await expect(
      analyst.commitment.create(base({ quotes: [{ ...quote, statementId: "nope" }] })),
    ).rejects.toMatchObject({ code: "NOT_FOUND", cause: { field: "quotes.0.statementId" } });
  });

  it("requires the parent to exist and be an initiative, and validates countries and themes", async () => {
    const single = await analyst.commitment.create(base());
    await expect(analyst.commitment.create(base({ parentId: "missing" }))).rejects.toMatchObject({
      code: "NOT_FOUND",
      cause: { field: "parentId" },
    });
    await expect(analyst.commitment.create(base({ parentId: single.id }))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { code: "VALIDATION", field: "parentId" },
    });
    await expect(
      analyst.commitment.create(base({ committingCountryId: "XX" })),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      analyst.commitment.create(base({ themes: ["not-a-theme"] })),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const initiative = await analyst.commitment.create(base({ kind: "initiative", quotes: [] }));
    await expect(
      analyst.commitment.update({ id: initiative.id, version: 1, parentId: initiative.id }),
    ).rejects.toMatchObject({ cause: { code: "VALIDATION", field: "parentId" } });
  });

  it("lets only analysts write and only admins delete", async () => {
    const viewer = createCaller(
      createContextInner({
        db: database.db,
        user: {
          id: "user-viewer",
          email: "viewer@example.org",
          name: "Ann viewer",
          role: "viewer",
        },
      }),
    );
    await expect(publicCaller.commitment.create(base())).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(viewer.commitment.create(base())).rejects.toMatchObject({ code: "FORBIDDEN" });
    const created = await analyst.commitment.create(base());
    await expect(analyst.commitment.delete({ id: created.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("updates the given fields, bumps the version and audits before and after", async () => {
    const created = await analyst.commitment.create(base());
    const updated = await analyst.commitment.update({
      id: created.id,
      version: 1,
      title: "Train 200 coast guard officers",
      targetOn: "2025",
      themes: ["training"],
      progress: 40,
    });
    expect(updated).toMatchObject({
      version: 2,
      title: "Train 200 coast guard officers",
      targetOn: "2025",
      progress: 40,
      themes: [{ slug: "training" }],
      counterparts: [{ id: "CN" }],
      announcedOn: "2023",
    });
    const cleared = await analyst.commitment.update({ id: created.id, version: 2, targetOn: null });
    expect(cleared.targetOn).toBeNull();

    const history = await publicCaller.commitment.history({ id: created.id });
    expect(history.map((entry) => entry.action)).toEqual(["update", "update", "create"]);
    expect(history[0]).toMatchObject({
      actor: { id: "user-analyst", name: "Ann analyst" },
      changes: { targetOn: { before: "2025", after: null }, version: { before: 2, after: 3 } },
    });
    expect(history[1]?.changes).toEqual({
      title: { before: "Train coast guard officers", after: "Train 200 coast guard officers" },
      targetOn: { before: null, after: "2025" },
      themes: { before: ["maritime-security", "training"], after: ["training"] },
      progress: { before: null, after: 40 },
      version: { before: 1, after: 2 },
    });
    expect(history[2]?.changes).toMatchObject({
      title: "Train coast guard officers",
      counterpartCountryIds: ["CN"],
      themes: ["maritime-security", "training"],
      version: 1,
    });
  });

  it("of two concurrent updates from one version, accepts exactly one and returns the current record to the other", async () => {
    const created = await analyst.commitment.create(base());
    const results = await Promise.allSettled([
      analyst.commitment.update({ id: created.id, version: 1, title: "First edit" }),
      analyst.commitment.update({ id: created.id, version: 1, title: "Second edit" }),
    ]);
    const fulfilled = results.filter((result) => result.status === "fulfilled");
    const rejected = results.filter((result) => result.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    const winner = fulfilled[0]!.value;
    expect(winner.version).toBe(2);
    const error = rejected[0]!.reason as {
      code: string;
      message: string;
      cause: { details: unknown };
    };
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/Someone else changed this commitment/);
    expect(error.cause.details).toMatchObject({
      current: { id: created.id, version: 2, title: winner.title },
    });
    const history = await publicCaller.commitment.history({ id: created.id });
    expect(history.filter((entry) => entry.action === "update")).toHaveLength(1);
  });

  it("refuses an update from a stale version sequentially too", async () => {
    const created = await analyst.commitment.create(base());
    await analyst.commitment.update({ id: created.id, version: 1, stage: "agreement" });
    await expect(
      analyst.commitment.update({ id: created.id, version: 1, stage: "programme" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      cause: { details: { current: { stage: "agreement", version: 2 } } },
    });
  });

  it("rolls an initiative's progress up from its assessed children unless set explicitly", async () => {
    const initiative = await analyst.commitment.create(base({ kind: "initiative", quotes: [] }));
    const child = (title: string) =>
      analyst.commitment.create(base({ title, parentId: initiative.id }));
    const [a, b, c] = [await child("A"), await child("B"), await child("C")];
    expect((await publicCaller.commitment.get({ id: initiative.id })).progress).toBeNull();

    await analyst.commitment.update({ id: a.id, version: 1, progress: 10 });
    await analyst.commitment.update({ id: b.id, version: 1, progress: 25 });
    const got = await publicCaller.commitment.get({ id: initiative.id });
    expect(got.progress).toBe(18); // mean of 10 and 25; C is not assessed and does not count
    expect(got.children.map((row) => [row.title, row.progress])).toEqual([
      ["A", 10],
      ["B", 25],
      ["C", null],
    ]);

    const explicit = await analyst.commitment.update({
      id: initiative.id,
      version: got.version,
      progress: 90,
    });
    expect(explicit).toMatchObject({ progress: 90, progressExplicit: true, rolledUpProgress: 18 });
    await analyst.commitment.update({ id: c.id, version: 1, progress: 100 });
    expect((await publicCaller.commitment.get({ id: initiative.id })).progress).toBe(90);

    const back = await analyst.commitment.update({
      id: initiative.id,
      version: explicit.version,
      progress: null,
    });
    expect(back).toMatchObject({ progress: 45, progressExplicit: false }); // (10 + 25 + 100) / 3

    await admin.commitment.delete({ id: c.id });
    expect((await publicCaller.commitment.get({ id: initiative.id })).progress).toBe(18);
  });

  it("records status changes with evidence, history and audit", async () => {
    const created = await analyst.commitment.create(base());
    const today = todayIso();
    const started = await analyst.commitment.setStatus({
      id: created.id,
      version: 1,
      to: "in_progress",
      occurredOn: addDays(today, -30),
      note: "First class enrolled",
    });
    expect(started).toMatchObject({
      status: "in_progress",
      version: 2,
      lastEventOn: addDays(today, -30),
    });

    await expect(
      analyst.commitment.setStatus({
        id: created.id,
        version: 2,
        to: "fulfilled",
        occurredOn: today,
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { code: "VALIDATION", field: "evidenceUrl" },
    });
    await expect(
      analyst.commitment.setStatus({
        id: created.id,
        version: 2,
        to: "fulfilled",
        occurredOn: today,
        evidenceUrl: "javascript:alert(1)",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      analyst.commitment.setStatus({
        id: created.id,
        version: 2,
        to: "in_progress",
        occurredOn: today,
      }),
    ).rejects.toMatchObject({
      code: "UNPROCESSABLE_CONTENT",
      cause: { code: "INVALID_TRANSITION" },
    });
    await expect(
      analyst.commitment.setStatus({
        id: created.id,
        version: 2,
        to: "stalled",
        occurredOn: addDays(today, 1),
      }),
    ).rejects.toMatchObject({ cause: { code: "VALIDATION", field: "occurredOn" } });

    const fulfilled = await analyst.commitment.setStatus({
      id: created.id,
      version: 2,
      to: "fulfilled",
      occurredOn: addDays(today, -1),
      evidenceStatementId: statementId,
    });
    expect(fulfilled).toMatchObject({
      status: "fulfilled",
      version: 3,
      lastEventOn: addDays(today, -1),
    });

    // A back-dated event adds history but does not override the newer verdict.
    const backDated = await analyst.commitment.setStatus({
      id: created.id,
      version: 3,
      to: "stalled",
      occurredOn: addDays(today, -10),
    });
    expect(backDated).toMatchObject({
      status: "fulfilled",
      version: 4,
      lastEventOn: addDays(today, -1),
    });
    expect(
      backDated.statusEvents.map((event) => [event.occurredOn, event.fromStatus, event.toStatus]),
    ).toEqual([
      [addDays(today, -30), "not_assessed", "in_progress"],
      [addDays(today, -10), "in_progress", "stalled"],
      [addDays(today, -1), "in_progress", "fulfilled"],
    ]);
    expect(backDated.statusEvents[2]).toMatchObject({
      evidenceStatement: { id: statementId, title: "Joint note" },
      recordedBy: { id: "user-analyst", name: "Ann analyst" },
    });

    const [latest, previous] = await publicCaller.commitment.history({ id: created.id });
    expect(latest).toMatchObject({
      action: "status_change",
      changes: {
        version: { before: 3, after: 4 },
        statusEvent: {
          before: null,
          after: { toStatus: "stalled", occurredOn: addDays(today, -10) },
        },
      },
    });
    expect(latest?.changes).not.toHaveProperty("status");
    expect(previous?.changes).toMatchObject({
      status: { before: "in_progress", after: "fulfilled" },
      lastEventOn: { before: addDays(today, -30), after: addDays(today, -1) },
    });
  });

  it("soft-deletes: the commitment leaves gets and lists, keeps its history, and can be restored", async () => {
    const created = await analyst.commitment.create(base({ title: "To be deleted" }));
    await admin.commitment.delete({ id: created.id });
    await expect(publicCaller.commitment.get({ id: created.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      analyst.commitment.update({ id: created.id, version: 2, title: "x" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const listed = await publicCaller.commitment.list({ text: "To be deleted" });
    expect(listed.items).toEqual([]);
    const statement = await publicCaller.statement.get({ id: statementId });
    expect(statement.quotes.map((quote) => quote.commitment.id)).not.toContain(created.id);
    const [deletion] = await publicCaller.commitment.history({ id: created.id });
    expect(deletion).toMatchObject({
      action: "delete",
      actor: { name: "Ann admin" },
      changes: { title: "To be deleted" },
    });
    expect(await database.db.commitment.count({ where: { id: created.id } })).toBe(1);

    const restored = await admin.commitment.restore({ id: created.id });
    expect(restored).toMatchObject({ title: "To be deleted", version: 3 });
    expect((await publicCaller.commitment.list({ text: "To be deleted" })).items).toHaveLength(1);
  });

  it("serves the seeded statement's commitments through the list with flags", async () => {
    const page = await publicCaller.commitment.list({
      kind: "initiative",
      sort: "title",
      order: "asc",
    });
    expect(page.items.map((row) => row.title)).toEqual(
      expect.arrayContaining(["Strengthen security cooperation with China"]),
    );
    expect(page.items.every((row) => row.kind === "initiative")).toBe(true);
    const seeded = await publicCaller.commitment.list({ text: "technical training" });
    expect(seeded.items[0]).toMatchObject({ overdue: false, stale: true, status: "not_assessed" });
  });
});
