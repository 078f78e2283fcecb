// Several stateless server processes on one PostgreSQL (the deployment README "Scaling past one
// machine" describes): started together, they migrate and seed once between them; a session made
// on one is valid on the other; a write through one is read through the other at once; and the
// version check refuses a stale edit whichever instance it comes through.
import { createAuth } from "@pledgewatch/auth";
import { createTestDatabase, type TestDatabase } from "@pledgewatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServerProcess, type ServerProcess } from "../src/testing/server-process.ts";

const PUBLIC_URL = "http://pledgewatch.test";
const SECRET = "shared-secret-of-both-instances-0123456789";
const ANALYST = { email: "analyst@example.org", password: "long-password-123", name: "Analyst" };

describe.skipIf(!process.env.DATABASE_URL_PG)("two server instances on one PostgreSQL", () => {
  let database: TestDatabase;
  let first: ServerProcess;
  let second: ServerProcess;
  let cookie: string;

  const call = async (
    server: ServerProcess,
    procedure: string,
    input: unknown,
    method: "GET" | "POST" = "GET",
  ) => {
    const headers = { cookie, origin: PUBLIC_URL, "content-type": "application/json" };
    const response =
      method === "GET"
        ? await fetch(
            `${server.url}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`,
            { headers },
          )
        : await fetch(`${server.url}/trpc/${procedure}`, {
            method,
            headers,
            body: JSON.stringify(input),
          });
    const body = (await response.json()) as { result?: { data: unknown }; error?: unknown };
    return { status: response.status, data: body.result?.data, error: body.error };
  };

  beforeAll(async () => {
    database = await createTestDatabase("postgres", { migrate: false });
    const env = { DATABASE_URL: database.url, PUBLIC_URL, AUTH_SECRET: SECRET };
    // Started at the same moment, as a rolling deployment or an autoscaler does.
    [first, second] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
    await createAuth({ db: database.db, baseURL: PUBLIC_URL, secret: SECRET }).api.createUser({
      body: { ...ANALYST, role: "analyst" },
    });
    const signIn = await fetch(`${first.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: PUBLIC_URL },
      body: JSON.stringify({ email: ANALYST.email, password: ANALYST.password }),
    });
    expect(signIn.status).toBe(200);
    cookie = signIn.headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; ");
  }, 180_000);

  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    await database?.drop();
  });

  it("seeded the statement once although both started together", async () => {
    expect(await database.db.statement.count()).toBe(1);
    const [a, b] = await Promise.all([
      call(first, "stats.headline", {}),
      call(second, "stats.headline", {}),
    ]);
    expect(a.data).toEqual(b.data);
    expect((a.data as { total: number }).total).toBe(16);
  });

  it("accepts a session signed in on the other instance", async () => {
    const me = await call(second, "account.me", undefined);
    expect(me.data).toMatchObject({ email: ANALYST.email, role: "analyst" });
  });

  it("reads on one instance what was written through the other, and refuses a stale edit on either", async () => {
    const created = await call(
      first,
      "commitment.create",
      {
        title: "Joint patrols on Lake Victoria",
        committingCountryId: "KE",
        counterpartCountryIds: ["UG"],
        direction: "mutual",
        stage: "agreement",
        themes: ["border-management"],
        announcedOn: "2026-03",
      },
      "POST",
    );
    const { id, version } = created.data as { id: string; version: number };
    expect(version).toBe(1);

    const readOnSecond = await call(second, "commitment.get", { id });
    expect(readOnSecond.data).toMatchObject({
      title: "Joint patrols on Lake Victoria",
      version: 1,
    });

    const updated = await call(
      second,
      "commitment.update",
      { id, version: 1, targetOn: "2027" },
      "POST",
    );
    expect(updated.data).toMatchObject({ version: 2, targetOn: "2027" });
    expect((await call(first, "commitment.get", { id })).data).toMatchObject({
      version: 2,
      targetOn: "2027",
    });

    // The first instance still holds version 1 in its client's hands: refused, nothing lost.
    const stale = await call(
      first,
      "commitment.update",
      { id, version: 1, title: "Other" },
      "POST",
    );
    expect(stale.status).toBe(409);
    expect((await call(second, "commitment.get", { id })).data).toMatchObject({
      title: "Joint patrols on Lake Victoria",
      version: 2,
    });

    const listed = await Promise.all(
      [first, second].map((server) => call(server, "commitment.list", { text: "Lake Victoria" })),
    );
    expect(listed[0]?.data).toEqual(listed[1]?.data);
    expect((listed[0]?.data as { items: unknown[] }).items).toHaveLength(1);
  });
});
