import { seedDatabase } from "@pledgewatch/db";
import { createTestDatabase, testProviders, type TestDatabase } from "@pledgewatch/db/testing";
import { STATUSES } from "@pledgewatch/domain";
import type { inferProcedureInput } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller, createContextInner, type AppRouter } from "../src/index.ts";

describe.each(testProviders)("commitment and reference procedures on %s", (provider) => {
  let database: TestDatabase;
  let caller: ReturnType<typeof createCaller>;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await seedDatabase(database.db);
    caller = createCaller(createContextInner({ db: database.db }));
  });
  afterAll(() => database?.drop());

  it("lists the seeded commitments with parties, themes and quotes", async () => {
    const rows = await caller.commitment.list();
    expect(rows).toHaveLength(16);
    const training = rows.find((row) => row.title.startsWith("Chinese technical training"));
    expect(training).toMatchObject({
      committingCountry: { id: "CN", name: "China" },
      counterparts: [{ id: "KE", name: "Kenya" }],
      stage: "programme",
      status: "not_assessed",
      themes: [
        { slug: "infrastructure-security", name: "Infrastructure security" },
        { slug: "training", name: "Training" },
      ],
    });
    expect(training?.quotes[0]?.text).toContain("technical training");
  });

  it("honours the limit and rejects an invalid one with the field named", async () => {
    const input: inferProcedureInput<AppRouter["commitment"]["list"]> = { limit: 3 };
    expect(await caller.commitment.list(input)).toHaveLength(3);
    await expect(caller.commitment.list({ limit: 0 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("lists statements with their metadata and quote counts", async () => {
    const [statement, ...others] = await caller.statement.list();
    expect(others).toHaveLength(0);
    expect(statement).toMatchObject({
      title: "Kenya, China forge closer security cooperation to tackle global challenges",
      speakerCountry: { id: "KE", name: "Kenya" },
      eventOn: "2023",
      quoteCount: 17,
    });
  });

  it("serves the reference vocabularies with definitions", async () => {
    const statuses = await caller.reference.statuses();
    expect(statuses.map((entry) => entry.status)).toEqual(STATUSES);
    expect(statuses.every((entry) => entry.definition.length > 20)).toBe(true);
    const themes = await caller.reference.themes();
    expect(themes.map((theme) => theme.slug)).toContain("maritime-security");
  });
});
