import { createDb } from "@pledgewatch/db";
import { createTestDatabase, testProviders, type TestDatabase } from "@pledgewatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  TRUSTED_ORIGIN,
  postJson,
  signIn,
  startTestServer,
  type TestServer,
} from "./test-server.ts";

const VIEWER = { email: "viewer@example.org", password: "viewer-password-1", name: "Vera Viewer" };
const ADMIN = { email: "admin@example.org", password: "admin-password-1", name: "Ada Admin" };

interface TrpcReply {
  result?: { data: unknown };
  error?: { data: { code: string; httpStatus: number } };
}

describe.each(testProviders)("accounts over HTTP on %s", (provider) => {
  let database: TestDatabase;
  let server: TestServer;
  let viewerCookie: string;
  let adminCookie: string;
  let viewerId: string;

  const setRole = (role: string, headers: Record<string, string>) =>
    postJson(`${server.url}/trpc/account.setRole`, { userId: viewerId, role }, headers);

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    server = await startTestServer(database.db);
    await server.auth.api.createUser({ body: { ...ADMIN, role: "admin" } });
  });
  afterAll(async () => {
    server?.close();
    await database?.drop();
  });

  it("signs up a new account as a viewer", async () => {
    const response = await postJson(`${server.url}/api/auth/sign-up/email`, VIEWER);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { user: { id: string; role: string } };
    expect(body.user.role).toBe("viewer");
    viewerId = body.user.id;
    const stored = await database.db.account.findFirst({ where: { userId: viewerId } });
    expect(stored?.password).toMatch(/^[0-9a-f]+:[0-9a-f]+$/); // salt:hash, never the password
  });

  it("refuses a sign-up with a short password", async () => {
    const response = await postJson(`${server.url}/api/auth/sign-up/email`, {
      ...VIEWER,
      email: "short@example.org",
      password: "9chars!!!",
    });
    expect(response.status).toBe(400);
    expect(await database.db.user.count({ where: { email: "short@example.org" } })).toBe(0);
  });

  it("signs in with an httpOnly, SameSite=Lax session cookie (not Secure over http)", async () => {
    const response = await postJson(`${server.url}/api/auth/sign-in/email`, VIEWER);
    expect(response.status).toBe(200);
    const [cookie] = response.headers.getSetCookie();
    expect(cookie).toMatch(/^pledgewatch\.session_token=[^;]+;/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).not.toContain("Secure");
    viewerCookie = cookie!.split(";")[0]!;
    adminCookie = await signIn(server.url, ADMIN.email, ADMIN.password);
  });

  it("account.me returns the account behind the cookie, and null without one", async () => {
    const withCookie = await fetch(`${server.url}/trpc/account.me`, {
      headers: { cookie: viewerCookie },
    });
    expect(((await withCookie.json()) as TrpcReply).result?.data).toEqual({
      id: viewerId,
      email: VIEWER.email,
      name: VIEWER.name,
      role: "viewer",
    });
    const anonymous = await fetch(`${server.url}/trpc/account.me`);
    expect(((await anonymous.json()) as TrpcReply).result?.data).toBeNull();
  });

  it("answers FORBIDDEN to a viewer's admin mutation and UNAUTHORIZED without a cookie", async () => {
    const asViewer = await setRole("admin", { cookie: viewerCookie });
    expect(asViewer.status).toBe(403);
    expect(((await asViewer.json()) as TrpcReply).error?.data.code).toBe("FORBIDDEN");

    const anonymous = await setRole("admin", {});
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as TrpcReply).error?.data.code).toBe("UNAUTHORIZED");
    expect(await database.db.user.findUnique({ where: { id: viewerId } })).toMatchObject({
      role: "viewer",
    });
  });

  it("refuses a cross-site mutation even with a valid cookie, and opens no CORS", async () => {
    const crossSite = await setRole("analyst", {
      cookie: adminCookie,
      origin: "https://evil.example.com",
    });
    expect(crossSite.status).toBe(403);
    expect(crossSite.headers.get("access-control-allow-origin")).toBeNull();
    const withoutOrigin = await setRole("analyst", {
      cookie: adminCookie,
      origin: "",
      "sec-fetch-site": "cross-site",
    });
    expect(withoutOrigin.status).toBe(403);
    expect(await database.db.user.findUnique({ where: { id: viewerId } })).toMatchObject({
      role: "viewer",
    });
    expect(await database.db.auditEntry.count()).toBe(0);
  });

  it("accepts a mutation from our own origin, a trusted origin, or a same-origin fetch", async () => {
    const sameOrigin = await setRole("analyst", { cookie: adminCookie });
    expect(sameOrigin.status).toBe(200);
    expect(((await sameOrigin.json()) as TrpcReply).result?.data).toMatchObject({
      role: "analyst",
    });

    const trusted = await setRole("editor", { cookie: adminCookie, origin: TRUSTED_ORIGIN });
    expect(trusted.status).toBe(200);

    const noOriginSameSite = await setRole("viewer", {
      cookie: adminCookie,
      origin: "",
      "sec-fetch-site": "same-origin",
    });
    expect(noOriginSameSite.status).toBe(200);
    expect(await database.db.auditEntry.count({ where: { entityId: viewerId } })).toBe(3);
  });

  it("keeps queries open to any origin (reading is public)", async () => {
    const response = await fetch(`${server.url}/trpc/account.me`, {
      headers: { origin: "https://evil.example.com" },
    });
    expect(response.status).toBe(200);
  });
});

describe.each(testProviders)("login rate limit on %s", (provider) => {
  let database: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    server = await startTestServer(database.db);
    await server.auth.api.createUser({ body: { ...VIEWER, role: "viewer" } });
  });
  afterAll(async () => {
    server?.close();
    await database?.drop();
  });

  it("answers 429 from the 6th wrong password in a minute, whatever X-Forwarded-For says", async () => {
    const wrongPassword = (headers: Record<string, string> = {}) =>
      postJson(
        `${server.url}/api/auth/sign-in/email`,
        { email: VIEWER.email, password: "not-the-password" },
        headers,
      );
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await wrongPassword()).status).toBe(401);
    }
    expect((await wrongPassword()).status).toBe(429);
    for (const forwardedFor of ["203.0.113.7", "198.51.100.23", "2001:db8::1"]) {
      expect((await wrongPassword({ "x-forwarded-for": forwardedFor })).status).toBe(429);
    }
    // Even the right password waits: the limit is per address, not per guess.
    const right = await postJson(`${server.url}/api/auth/sign-in/email`, VIEWER);
    expect(right.status).toBe(429);
    expect(Number(right.headers.get("x-retry-after"))).toBeGreaterThan(0);
  });
});

describe("accounts while the database is down", () => {
  it("answers 503 with JSON instead of crashing the server", async () => {
    const unreachable = createDb("postgresql://nobody:secret@127.0.0.1:1/none");
    const server = await startTestServer(unreachable);
    try {
      const response = await postJson(`${server.url}/api/auth/sign-in/email`, VIEWER);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        message: "Accounts are unavailable right now. Please try again shortly.",
      });
      // Still serving: a second request gets an answer too.
      expect((await postJson(`${server.url}/api/auth/sign-in/email`, VIEWER)).status).toBe(503);
    } finally {
      server.close();
      await unreachable.$disconnect();
    }
  });
});
