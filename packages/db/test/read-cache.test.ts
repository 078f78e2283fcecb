// The read cache answers from memory only while the data is unchanged: every write — through the
// app, a raw statement, another server instance — raises the revision at its commit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, dataRevision, ReadCache, seedDatabase, type Db } from "../src/index.ts";
import { createTestDatabase, testProviders, type TestDatabase } from "../src/testing.ts";

describe.each(testProviders)("read cache on %s", (provider) => {
  let database: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    db = database.db;
    await seedDatabase(db);
  });
  afterAll(() => database?.drop());

  it("raises the revision on inserts, updates and deletes of the data reads show", async () => {
    const writes: (() => Promise<unknown>)[] = [
      () => db.country.create({ data: { id: "XX", name: "Testland" } }),
      () => db.country.update({ where: { id: "XX" }, data: { name: "Testland 2" } }),
      () => db.country.delete({ where: { id: "XX" } }),
      () => db.commitment.updateMany({ data: { title: "Renamed" }, where: { id: "none" } }),
      () => db.$executeRawUnsafe(`UPDATE "Theme" SET "name" = "name"`),
    ];
    const revisions = [await dataRevision(db)];
    for (const write of writes) {
      await write();
      revisions.push(await dataRevision(db));
    }
    for (let i = 1; i < revisions.length; i++) {
      // SQLite counts rows written (none for the empty updateMany); PostgreSQL counts statements.
      if (provider === "sqlite" && i === 4) expect(revisions[i]).toBe(revisions[i - 1]);
      else expect(revisions[i]).toBeGreaterThan(revisions[i - 1] as number);
    }
  });

  it("makes a new revision visible only when the writing transaction commits", async () => {
    const other = createDb(database.url);
    try {
      const before = await dataRevision(other);
      let seenInside = -1;
      await db.$transaction(async (tx) => {
        await tx.theme.updateMany({ data: { name: "Training" }, where: { slug: "training" } });
        // Another connection (another instance) still sees the committed revision.
        if (provider === "postgres") seenInside = await dataRevision(other);
      });
      if (provider === "postgres") expect(seenInside).toBe(before);
      expect(await dataRevision(other)).toBeGreaterThan(before);
    } finally {
      await other.$disconnect();
    }
  });

  it("computes once per revision, shares concurrent computations and retries failures", async () => {
    const cache = new ReadCache(db);
    let computations = 0;
    const count = () => {
      computations += 1;
      return db.commitment.count();
    };
    const [a, b] = await Promise.all([cache.read("count", count), cache.read("count", count)]);
    expect([a, b, computations]).toEqual([16, 16, 1]);
    expect(await cache.read("count", count)).toBe(16);
    expect(computations).toBe(1);

    await expect(cache.read("failing", () => Promise.reject(new Error("down")))).rejects.toThrow(
      "down",
    );
    expect(await cache.read("failing", async () => "recovered")).toBe("recovered");
  });

  it("answers another instance's write at once", async () => {
    const otherInstance = createDb(database.url);
    const cache = new ReadCache(db);
    const titles = () =>
      cache.read("titles", async () =>
        (await db.commitment.findMany({ select: { title: true } })).map((row) => row.title),
      );
    try {
      expect(await titles()).not.toContain("Written by the other instance");
      const someone = await otherInstance.commitment.findFirstOrThrow({ select: { id: true } });
      await otherInstance.commitment.update({
        where: { id: someone.id },
        data: { title: "Written by the other instance" },
      });
      expect(await titles()).toContain("Written by the other instance");
    } finally {
      await otherInstance.$disconnect();
    }
  });
});
