// Throws generated bad values at every field of every procedure's input: each must be refused as
// a validation error naming that field, never an internal error, and nothing may be written.
import { createTestDatabase, type TestDatabase } from "@pledgewatch/db/testing";
import { seedDatabase } from "@pledgewatch/db";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { appRouter, createCaller, createContextInner } from "../src/index.ts";
import { callProcedure, procedurePaths } from "./procedures.ts";

const RUNS_PER_FIELD = 30;
const HUGE = "x".repeat(600_001);

/** Values that are wrong for most fields in some way: type, size, format or range. */
const badValue = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.array(fc.oneof(fc.integer(), fc.string()), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }),
  fc.constantFrom(
    HUGE,
    "javascript:alert(1)",
    "2023-02-30",
    "2023-13-01",
    "not a date",
    "",
    "   ",
    "XX",
    "\u0000",
    -1,
    2 ** 31,
    Number.MAX_SAFE_INTEGER,
  ),
);

/** The object schema behind a procedure's input, through .default() and .optional() wrappers. */
function inputObject(path: string): z.ZodObject | undefined {
  const procedure = (
    appRouter._def.procedures as unknown as Record<string, { _def: { inputs: unknown[] } }>
  )[path];
  let schema = procedure?._def.inputs[0];
  while (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional)
    schema = schema.unwrap();
  return schema instanceof z.ZodObject ? schema : undefined;
}

const targets = [...procedurePaths("query"), ...procedurePaths("mutation")].flatMap((path) => {
  const schema = inputObject(path);
  return schema ? Object.keys(schema.shape).map((field) => ({ path, field, schema })) : [];
});

describe("bad input at every procedure", () => {
  let database: TestDatabase;
  let caller: ReturnType<typeof createCaller>;
  let tableCounts: () => Promise<Record<string, number>>;

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    await seedDatabase(database.db);
    const admin = await database.db.user.create({
      data: { id: "admin-1", email: "admin@example.org", name: "Admin", role: "admin" },
    });
    caller = createCaller(
      createContextInner({ db: database.db, user: { ...admin, role: "admin" } }),
    );
    const { db } = database;
    tableCounts = async () => ({
      statements: await db.statement.count(),
      commitments: await db.commitment.count(),
      quotes: await db.quote.count(),
      events: await db.statusEvent.count(),
      audit: await db.auditEntry.count(),
      users: await db.user.count(),
    });
  });
  afterAll(() => database?.drop());

  it("has at least 1,000 generated cases to run", () => {
    expect(targets.length * RUNS_PER_FIELD).toBeGreaterThanOrEqual(1000);
  });

  it.each(targets.map((target) => [`${target.path} ${target.field}`, target] as const))(
    "%s: refused as a validation error on that field",
    async (_name, { path, field, schema }) => {
      const before = await tableCounts();
      await fc.assert(
        fc.asyncProperty(
          badValue.filter((value) => !schema.shape[field]!.safeParse(value).success),
          async (value) => {
            const error = await callProcedure(caller, path, { [field]: value }).then(
              () => undefined,
              (caught: unknown) => caught,
            );
            expect(error).toMatchObject({ code: "BAD_REQUEST" });
            const cause = (error as { cause?: unknown }).cause;
            expect(cause).toBeInstanceOf(z.ZodError);
            const fields = (cause as z.ZodError).issues.map((issue) => issue.path[0]);
            expect(fields).toContain(field);
          },
        ),
        { numRuns: RUNS_PER_FIELD },
      );
      expect(await tableCounts()).toEqual(before);
    },
  );
});
