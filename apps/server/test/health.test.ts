// The load balancer's health check reflects whether the instance can reach its database.
import { createDb } from "@pledgewatch/db";
import { createTestDatabase, type TestDatabase } from "@pledgewatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./test-server.ts";

describe("GET /healthz", () => {
  let database: TestDatabase;
  let healthy: TestServer;
  let cutOff: TestServer;
  const unreachable = createDb("postgresql://nobody:secret@127.0.0.1:1/none");

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    healthy = await startTestServer(database.db);
    cutOff = await startTestServer(unreachable);
  });
  afterAll(async () => {
    healthy?.close();
    cutOff?.close();
    await database?.drop();
  });

  it("answers 200 when the database answers", async () => {
    const response = await fetch(`${healthy.url}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("answers 503 when the database cannot be reached", async () => {
    const response = await fetch(`${cutOff.url}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "database unreachable" });
  });
});
