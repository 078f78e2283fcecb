import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { seedReferenceData } from "@pledgewatch/db";
import { createTestDatabase, type TestDatabase } from "@pledgewatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const writerScript = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "concurrency/writer.ts",
);
const PROCESSES = 5;
const WRITES_PER_PROCESS = 10;

function runWriter(env: Record<string, string>) {
  return new Promise<{ ok: number; errors: string[] }>((resolve, reject) => {
    execFile(
      process.execPath,
      ["--import", "tsx", writerScript],
      { env: { ...process.env, ...env }, timeout: 120_000 },
      (error, stdout, stderr) =>
        error
          ? reject(new Error(`${error.message}\n${stderr}`))
          : resolve(JSON.parse(stdout.trim().split("\n").pop()!)),
    );
  });
}

describe("50 concurrent writers on one SQLite file (WAL, busy timeout)", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    await seedReferenceData(database.db);
    await database.db.user.create({
      data: { id: "analyst-1", email: "analyst@example.org", name: "Analyst", role: "analyst" },
    });
  });
  afterAll(() => database?.drop());

  it(`${PROCESSES} processes × ${WRITES_PER_PROCESS} writes: no errors, every write present`, async () => {
    const summaries = await Promise.all(
      Array.from({ length: PROCESSES }, (_, writer) =>
        runWriter({
          DATABASE_URL: database.url,
          WRITER: String(writer),
          WRITES: String(WRITES_PER_PROCESS),
          ANALYST_ID: "analyst-1",
        }),
      ),
    );
    expect(summaries.flatMap((summary) => summary.errors)).toEqual([]);
    const titles = (await database.db.statement.findMany({ select: { title: true } }))
      .map((row) => row.title)
      .sort();
    const expected = Array.from({ length: PROCESSES }, (_, writer) =>
      Array.from(
        { length: WRITES_PER_PROCESS },
        (_, index) => `Writer ${writer} statement ${index}`,
      ),
    )
      .flat()
      .sort();
    expect(titles).toEqual(expected);
    expect(
      await database.db.auditEntry.count({ where: { entityType: "statement", action: "create" } }),
    ).toBe(50);
  }, 180_000);
});
