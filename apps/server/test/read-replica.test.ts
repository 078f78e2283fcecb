// With a read replica configured, the public reads (REST API, exports, feeds) go to it and the
// dashboard's API to the primary. Two databases with different contents stand for a primary and
// a replica that has not caught up yet, so each answer shows where it was read.
import { createCommitment, seedDatabase } from "@pledgewatch/db";
import { commitmentCreateSchema } from "@pledgewatch/domain";
import { createTestDatabase, type TestDatabase } from "@pledgewatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./test-server.ts";

describe("reads routed to a replica", () => {
  let primary: TestDatabase;
  let replica: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    [primary, replica] = await Promise.all([
      createTestDatabase("sqlite"),
      createTestDatabase("sqlite"),
    ]);
    await Promise.all([seedDatabase(primary.db), seedDatabase(replica.db)]);
    const analyst = await primary.db.user.create({
      data: { id: "analyst-1", email: "analyst@example.org", name: "Analyst", role: "analyst" },
    });
    await createCommitment(
      primary.db,
      commitmentCreateSchema.parse({
        title: "Written on the primary only",
        committingCountryId: "KE",
        counterpartCountryIds: ["CN"],
        direction: "unilateral",
        stage: "pledge",
        themes: ["training"],
      }),
      analyst.id,
    );
    server = await startTestServer(primary.db, undefined, replica.db);
  });
  afterAll(async () => {
    server?.close();
    await Promise.all([primary?.drop(), replica?.drop()]);
  });

  it("answers the dashboard API from the primary", async () => {
    const input = encodeURIComponent(JSON.stringify({ limit: 100 }));
    const response = await fetch(`${server.url}/trpc/commitment.list?input=${input}`);
    const body = (await response.json()) as { result: { data: { items: unknown[] } } };
    expect(body.result.data.items).toHaveLength(17);
  });

  it("answers the REST API, exports and feeds from the replica", async () => {
    const rest = (await (await fetch(`${server.url}/api/v1/commitments?limit=100`)).json()) as {
      items: unknown[];
    };
    expect(rest.items).toHaveLength(16);

    const csv = await (await fetch(`${server.url}/export/commitments.csv`)).text();
    expect(csv.trim().split("\r\n")).toHaveLength(1 + 16);
    expect(csv).not.toContain("Written on the primary only");

    const feed = await (await fetch(`${server.url}/feeds/commitments.atom`)).text();
    expect(feed).toContain("<feed");
    expect(feed).not.toContain("Written on the primary only");
  });
});
