// Inputs that pass the schemas but not the data: quote offsets outside or across the statement,
// quoted text that differs from it, unknown ids, future dates. Each is refused naming the field,
// never as an internal error, and nothing is written.
import { seedDatabase } from "@pledgewatch/db";
import { createTestDatabase, type TestDatabase } from "@pledgewatch/db/testing";
import { AppError, todayIso, addDays } from "@pledgewatch/domain";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createCaller, createContextInner } from "../src/index.ts";

const RUNS = 150;

/** The field an error names: the AppError's field, or the first path of the schema errors. */
function fieldOf(error: unknown): string | undefined {
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof AppError) return cause.field;
  if (cause instanceof z.ZodError) return cause.issues[0]?.path.join(".");
  return undefined;
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error, "the call should have been refused").toBeDefined();
  expect((error as { code?: string }).code).not.toBe("INTERNAL_SERVER_ERROR");
  return { code: (error as { code: string }).code, field: fieldOf(error) };
}

describe("inputs that are well-formed but wrong for the data", () => {
  let database: TestDatabase;
  let caller: ReturnType<typeof createCaller>;
  let statement: { id: string; text: string };
  let commitment: { id: string; version: number };
  let snapshot: () => Promise<string>;

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    const { db } = database;
    await seedDatabase(db);
    const analyst = await db.user.create({
      data: { id: "analyst-1", email: "analyst@example.org", name: "Analyst", role: "analyst" },
    });
    caller = createCaller(createContextInner({ db, user: { ...analyst, role: "analyst" } }));
    statement = await db.statement.findFirstOrThrow({ select: { id: true, text: true } });
    commitment = await db.commitment.findFirstOrThrow({
      where: { kind: "commitment" },
      select: { id: true, version: true },
    });
    snapshot = async () =>
      JSON.stringify([
        await db.commitment.findMany({ orderBy: { id: "asc" } }),
        await db.quote.count(),
        await db.statusEvent.count(),
        await db.auditEntry.count(),
        await db.statement.findMany({
          select: { id: true, version: true },
          orderBy: { id: "asc" },
        }),
      ]);
  });
  afterAll(() => database?.drop());

  const base = () => ({
    title: "Share maritime intelligence",
    committingCountryId: "KE",
    counterpartCountryIds: ["CN"],
    direction: "mutual" as const,
    stage: "pledge" as const,
    themes: ["maritime-security"],
  });

  it("refuses quotes whose offsets or text do not match the statement", async () => {
    const before = await snapshot();
    const length = () => statement.text.length;
    const badQuote = fc.oneof(
      // Starts or ends beyond the text.
      fc
        .record({
          start: fc.integer({ min: 0, max: 20_000 }),
          over: fc.integer({ min: 1, max: 10_000 }),
        })
        .map(({ start, over }) => ({
          start: Math.min(start, length() - 1),
          end: length() + over,
          text: "x",
        })),
      // End before or at start.
      fc
        .integer({ min: 1, max: 4_000 })
        .map((start) => ({ start, end: Math.max(1, start - 1), text: "x" })),
      // In range, but the quoted text is not what the statement says there.
      fc
        .record({
          start: fc.integer({ min: 0, max: 4_000 }),
          size: fc.integer({ min: 1, max: 200 }),
        })
        .map(({ start, size }) => {
          const end = Math.min(start + size, length());
          const actual = statement.text.slice(start, end);
          return { start, end, text: `${actual}!` };
        }),
    );
    await fc.assert(
      fc.asyncProperty(badQuote, async (quote) => {
        const { code, field } = await refusal(
          caller.commitment.create({
            ...base(),
            quotes: [{ statementId: statement.id, ...quote }],
          }),
        );
        expect(code).toBe("BAD_REQUEST");
        expect(field).toMatch(/^quotes\.0\./);
      }),
      { numRuns: RUNS },
    );
    expect(await snapshot()).toBe(before);
  });

  it("refuses unknown statements, parents and commitments with NOT_FOUND on the field", async () => {
    const before = await snapshot();
    const unknownId = fc
      .string({ minLength: 1, maxLength: 40 })
      .filter((id) => id.trim().length > 0);
    await fc.assert(
      fc.asyncProperty(unknownId, async (id) => {
        const quoted = statement.text.slice(0, 20);
        const cases = [
          [
            caller.commitment.create({
              ...base(),
              quotes: [{ statementId: `x${id}`, start: 0, end: 20, text: quoted }],
            }),
            "quotes.0.statementId",
          ],
          [caller.commitment.create({ ...base(), parentId: `x${id}` }), "parentId"],
          [caller.commitment.update({ id: `x${id}`, version: 1, title: "New title" }), "id"],
          [
            caller.commitment.setStatus({
              id: `x${id}`,
              version: 1,
              to: "in_progress",
              occurredOn: "2024-01-01",
            }),
            "id",
          ],
          [caller.statement.update({ id: `x${id}`, version: 1, title: "New title" }), "id"],
        ] as const;
        for (const [call, expectedField] of cases) {
          const { code, field } = await refusal(call);
          expect(code).toBe("NOT_FOUND");
          expect(field).toBe(expectedField);
        }
      }),
      { numRuns: RUNS },
    );
    expect(await snapshot()).toBe(before);
  });

  it("refuses status changes dated in the future or without evidence where evidence is due", async () => {
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 3_000 }),
        fc.constantFrom("fulfilled", "partially_fulfilled", "broken"),
        async (daysAhead, to) => {
          const future = await refusal(
            caller.commitment.setStatus({
              id: commitment.id,
              version: commitment.version,
              to: "in_progress",
              occurredOn: addDays(todayIso(), daysAhead),
            }),
          );
          expect(future).toEqual({ code: "BAD_REQUEST", field: "occurredOn" });
          const unproven = await refusal(
            caller.commitment.setStatus({
              id: commitment.id,
              version: commitment.version,
              to,
              occurredOn: "2024-05-01",
            }),
          );
          expect(unproven).toEqual({ code: "BAD_REQUEST", field: "evidenceUrl" });
        },
      ),
      { numRuns: RUNS },
    );
    expect(await snapshot()).toBe(before);
  });
});
