// The TimelineJS export renders in Knight Lab's own library, in Chromium, with one marker per event.
import http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { createCaller, createContextInner } from "@pledgewatch/api";
import { seedDatabase } from "@pledgewatch/db";
import { createTestDatabase, type TestDatabase } from "@pledgewatch/db/testing";
import { chromium, type Browser } from "playwright-core";
import sirv from "sirv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../src/testing/chromium.ts";
import { startTestServer, type TestServer } from "./test-server.ts";

const timelineDist = path.join(
  path.dirname(createRequire(import.meta.url).resolve("@knight-lab/timelinejs/package.json")),
  "dist",
);
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="stylesheet" href="/css/timeline.css" />
    <script src="/js/timeline.js"></script>
  </head>
  <body>
    <div id="timeline" style="width: 1200px; height: 700px"></div>
  </body>
</html>`;

/** The library's files and a page that loads them, from a local server: no network needed. */
async function serveTimelineJs(): Promise<{ origin: string; close(): void }> {
  const files = sirv(timelineDist, { dev: true });
  const server = http.createServer((req, res) => {
    if (req.url === "/") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return void res.end(PAGE);
    }
    files(req, res, () => {
      res.writeHead(404);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}

describe("TimelineJS export in the real library", () => {
  let database: TestDatabase;
  let server: TestServer;
  let library: { origin: string; close(): void };
  let browser: Browser;

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    const { db } = database;
    await seedDatabase(db);
    const admin = {
      id: "tl-admin",
      email: "tl@example.org",
      name: "Tim Line",
      role: "admin" as const,
    };
    await db.user.create({ data: { ...admin } });
    const caller = createCaller(createContextInner({ db, user: admin }));
    const { id } = await db.commitment.findUniqueOrThrow({
      where: { externalId: "seed:ke-cn-2023:security-cooperation" },
    });
    const updated = await caller.commitment.update({ id, version: 1, targetOn: "2025-03" });
    await caller.commitment.setStatus({
      id,
      version: updated.version,
      to: "in_progress",
      occurredOn: "2024-02-10",
    });
    await caller.commitment.create({
      title: `Markup stays text <img src=x onerror="window.injected=1">`,
      committingCountryId: "CN",
      counterpartCountryIds: ["KE"],
      direction: "unilateral",
      stage: "pledge",
      announcedOn: "2024-07-15",
    });
    server = await startTestServer(db);
    library = await serveTimelineJs();
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_FLAGS,
    });
  });
  afterAll(async () => {
    await browser?.close();
    library?.close();
    server?.close();
    await database?.drop();
  });

  it("shows one marker per event of a pair's timeline and no markup from the data", async () => {
    const data = await (await fetch(`${server.url}/export/timeline.json?pair=CN-KE`)).json();
    // 15 announcements (14 seed commitments between the two, 1 created), 1 status change, 1 deadline.
    const expected = 17;
    const page = await browser.newPage();
    const elsewhere: string[] = [];
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(library.origin) && !url.startsWith("data:")) elsewhere.push(url);
    });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${library.origin}/`);
    await page.evaluate(
      ({ timeline, origin }) => {
        const { TL } = globalThis as unknown as {
          TL: { Timeline: new (id: string, data: unknown, options: object) => unknown };
        };
        new TL.Timeline("timeline", timeline, {
          script_path: `${origin}/js/`,
          font: null,
          language: "en",
        });
      },
      { timeline: data, origin: library.origin },
    );
    const markers = page.locator(".tl-timenav .tl-timemarker");
    await expect.poll(() => markers.count(), { timeout: 20_000 }).toBe(expected);
    await expect
      .poll(() => page.locator(".tl-timemarker-text").allInnerTexts())
      .toContain(`Announced: Markup stays text <img src=x onerror="window.injected=1">`);
    expect(
      await page.evaluate(() => (globalThis as { injected?: number }).injected),
    ).toBeUndefined();
    expect(errors).toEqual([]);
    expect(elsewhere).toEqual([]);
    await page.close();
  });
});
