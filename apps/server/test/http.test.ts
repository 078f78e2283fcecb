import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import { brotliCompressSync } from "node:zlib";
import path from "node:path";
import { seedDatabase } from "@pledgewatch/db";
import { createTestDatabase, type TestDatabase } from "@pledgewatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./test-server.ts";

describe("HTTP server", () => {
  let database: TestDatabase;
  let server: TestServer;
  let origin: string;

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    await seedDatabase(database.db);
    const webDist = mkdtempSync(path.join(os.tmpdir(), "pw-web-"));
    const page = "<!doctype html><title>Pledgewatch</title>";
    writeFileSync(path.join(webDist, "index.html"), page);
    writeFileSync(path.join(webDist, "app.js"), "console.log('pledgewatch');".repeat(50));
    writeFileSync(
      path.join(webDist, "app.js.br"),
      brotliCompressSync("console.log('pledgewatch');".repeat(50)),
    );
    mkdirSync(path.join(webDist, "assets"));
    writeFileSync(path.join(webDist, "assets/app-3f9a1c.js"), "console.log('hashed');");
    server = await startTestServer(database.db, webDist);
    origin = server.url;
  });
  afterAll(async () => {
    server?.close();
    await database?.drop();
  });

  it("serves the tRPC API under /trpc", async () => {
    const response = await fetch(`${origin}/trpc/commitment.list`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result: { data: { items: unknown[] } } };
    expect(body.result.data.items).toHaveLength(16);
  });

  it("answers a bad input with the field and no stack trace", async () => {
    const input = encodeURIComponent(JSON.stringify({ limit: "many" }));
    const response = await fetch(`${origin}/trpc/commitment.list?input=${input}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: { message: string; data: Record<string, unknown> };
    };
    expect(body.error.message).toMatch(/^Please correct the input\. limit: /);
    expect(body.error.data).toMatchObject({
      appCode: "VALIDATION",
      fieldErrors: { limit: [expect.any(String)] },
    });
    expect(JSON.stringify(body)).not.toContain("stack");
  });

  it("sends the build's precompressed brotli copy to browsers that accept it", async () => {
    const compressed = await fetch(`${origin}/app.js`, { headers: { "accept-encoding": "br" } });
    expect(compressed.headers.get("content-encoding")).toBe("br");
    expect(await compressed.text()).toBe("console.log('pledgewatch');".repeat(50));
    const plain = await fetch(`${origin}/app.js`, { headers: { "accept-encoding": "identity" } });
    expect(plain.headers.get("content-encoding")).toBeNull();
  });

  it("lets browsers keep hashed build assets for a year and revalidate the page", async () => {
    const asset = await fetch(`${origin}/assets/app-3f9a1c.js`);
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    for (const page of ["/", "/countries/KE", "/assets"]) {
      const response = await fetch(`${origin}${page}`);
      expect(await response.text()).toContain("<title>Pledgewatch</title>");
      expect(response.headers.get("cache-control")).toBe("no-cache");
    }
  });

  it("serves the web app for client-side routes", async () => {
    const response = await fetch(`${origin}/countries/KE`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<title>Pledgewatch</title>");
  });
});
