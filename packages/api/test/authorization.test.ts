import { createTestDatabase, testProviders, type TestDatabase } from "@pledgewatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller, createContextInner } from "../src/index.ts";
import { callProcedure, procedurePaths } from "./procedures.ts";

const mutations = procedurePaths("mutation");

describe.each(testProviders)("every mutation needs at least an analyst, on %s", (provider) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(() => database?.drop());

  it("finds the mutations to check", () => {
    expect(mutations.length).toBeGreaterThan(0);
  });

  it.each(mutations)("%s refuses anonymous and viewer callers", async (path) => {
    const anonymous = createCaller(createContextInner({ db: database.db }));
    await expect(callProcedure(anonymous, path, {})).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });

    const viewer = createCaller(
      createContextInner({
        db: database.db,
        user: { id: "viewer-1", email: "v@example.org", name: "Viewer", role: "viewer" },
      }),
    );
    await expect(callProcedure(viewer, path, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
