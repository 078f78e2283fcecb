import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { seedDatabase, type Db } from "@pledgewatch/db";
import { countFictionalStatements } from "@pledgewatch/db/generate";
import { createTestDatabase, testProviders, type TestDatabase } from "@pledgewatch/db/testing";
import { afterAll, describe, expect, it } from "vitest";

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src/cli/generate.ts");

/** Runs `npm run generate` as npm does (node --import tsx) against `databaseUrl`. */
function generate(args: string[], databaseUrl: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", cli, ...args],
      { env: { ...process.env, DATABASE_URL: databaseUrl }, timeout: 180_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function dataCounts(db: Db) {
  return {
    statement: await db.statement.count(),
    commitment: await db.commitment.count(),
    quote: await db.quote.count(),
    statusEvent: await db.statusEvent.count(),
  };
}

describe("npm run generate", () => {
  it("explains a count that is not a whole number", async () => {
    const run = await generate(["--commitments", "many"], "file:/nonexistent/never.db");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("--commitments must be a whole number.");
    expect(run.stderr).toContain("Usage:");
  });
});

describe.each(testProviders)("npm run generate on %s", (provider) => {
  const databases: TestDatabase[] = [];
  afterAll(() => Promise.all(databases.map((database) => database.drop())));

  it("fills an empty database and prints what it wrote", async () => {
    const database = await createTestDatabase(provider, { migrate: false });
    databases.push(database);
    const run = await generate(
      ["--commitments", "120", "--events", "900", "--seed", "4"],
      database.url,
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/commitments: 120\n/);
    expect(run.stdout).toMatch(/events: 900\n/);
    expect(run.stdout).toContain("all fictional");
    const counts = await dataCounts(database.db);
    expect(counts).toMatchObject({ commitment: 120, statusEvent: 900 });
    expect(await countFictionalStatements(database.db)).toBe(counts.statement);

    // Generating again would mix two datasets: refused, nothing written.
    const again = await generate(["--commitments", "10", "--events", "10"], database.url);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("(statements from other sources: 0; commitments: 120)");
    expect(await dataCounts(database.db)).toEqual(counts);
  }, 240_000);

  it("refuses a database with real data, writes nothing, and says how to use another", async () => {
    const database = await createTestDatabase(provider);
    databases.push(database);
    await seedDatabase(database.db);
    const before = await dataCounts(database.db);
    const run = await generate(["--commitments", "50", "--events", "100"], database.url);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "This database already holds data (statements from other sources: 1;",
    );
    expect(run.stderr).toContain("DATABASE_URL=file:./data/generated.db npm run generate");
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(await dataCounts(database.db)).toEqual(before);
    expect(await countFictionalStatements(database.db)).toBe(0);
  }, 240_000);
});
