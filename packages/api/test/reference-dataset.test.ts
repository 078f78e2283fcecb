import { createCaller, createContextInner } from "@pledgewatch/api";
import { seedDatabase } from "@pledgewatch/db";
import { generateDataset } from "@pledgewatch/db/generate";
import { createTestDatabase, testProviders, type TestDatabase } from "@pledgewatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

describe.each(testProviders)("reference.dataset on %s", (provider) => {
  let database: TestDatabase;
  const dataset = () => createCaller(createContextInner({ db: database.db })).reference.dataset();

  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(() => database?.drop());

  it("counts the generated statements: none in real data, every one after generating", async () => {
    await seedDatabase(database.db);
    expect(await dataset()).toEqual({ fictionalStatements: 0 });
    const counts = await generateDataset(database.db, { commitments: 30, events: 90 });
    expect(counts.statements).toBeGreaterThan(1);
    expect(await dataset()).toEqual({ fictionalStatements: counts.statements });
  });
});
