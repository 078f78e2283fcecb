// Statements from a web address: real HTTP servers on loopback serve the fixture pages, and the
// fetcher must read them, extract the article and refuse everything it should refuse.
import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { seedReferenceData } from "@pledgewatch/db";
import { createTestDatabase, testProviders, type TestDatabase } from "@pledgewatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller, createContextInner, RateLimiter } from "../src/index.ts";
import { statementFromUrl } from "../src/statement-url/statement-from-url.ts";

const fixture = (name: string) =>
  readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures/articles", name));

const PLAIN_STATEMENT = `Statement by the Ministry of Defence

The Ministry confirms that the first group of naval officers will begin training in March.

Further groups will follow
in the second half of the year.`;

/** The fixture site: each path answers as a real site might, well or badly. */
function fixtureSite(request: http.IncomingMessage, response: http.ServerResponse) {
  const url = new URL(request.url ?? "/", "http://fixture");
  const html = (body: Buffer | string, headers: http.OutgoingHttpHeaders = {}) =>
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", ...headers }).end(body);
  switch (url.pathname) {
    case "/coast-guard":
      return html(fixture("coast-guard-training.html"));
    case "/communique":
      // No charset in the header: the page's <meta charset="windows-1252"> must be found, and
      // the body arrives compressed.
      return html(gzipSync(fixture("joint-communique-1252.html")), {
        "content-type": "text/html",
        "content-encoding": "gzip",
      });
    case "/nothing":
      return html(fixture("nothing-to-read.html"));
    case "/plain":
      return response.writeHead(200, { "content-type": "text/plain" }).end(PLAIN_STATEMENT);
    case "/redirect":
      return response.writeHead(302, { location: url.searchParams.get("to") ?? "/" }).end();
    case "/loop":
      return response.writeHead(301, { location: "/loop" }).end();
    case "/big-declared":
      return html("<p>x</p>".repeat(5_000));
    case "/big-streamed": {
      // No Content-Length: only counting while reading can stop it.
      response.writeHead(200, { "content-type": "text/html" });
      for (let chunk = 0; chunk < 40; chunk++) response.write("<p>".padEnd(1_000, "x"));
      return response.end();
    }
    case "/silent":
      return; // Never answers.
    case "/stalls":
      // Starts the page, then never finishes it.
      return void response.writeHead(200, { "content-type": "text/html" }).write("<p>Kenya");
    case "/report.pdf":
      return response.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.7");
    default:
      return response.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>");
  }
}

/** A server on a loopback address that counts the connections it accepts. */
async function startServer(host: string) {
  const server = http.createServer(fixtureSite);
  let connections = 0;
  server.on("connection", () => connections++);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    port,
    connections: () => connections,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** What a refused fetch was refused with. */
async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error, "the fetch should have been refused").toBeDefined();
  const { code, field, message } = error as { code: string; field?: string; message: string };
  return { code, field, message };
}

let site: Awaited<ReturnType<typeof startServer>>;
/** A second loopback address nothing may reach: it shows a refusal came before connecting. */
let forbidden: Awaited<ReturnType<typeof startServer>>;
const loopback = { allowPrivateAddresses: true };

beforeAll(async () => {
  site = await startServer("127.0.0.1");
  forbidden = await startServer("127.0.0.2");
});
afterAll(async () => {
  await site?.close();
  await forbidden?.close();
});

describe("extracting the article", () => {
  it("takes a news article's text without navigation, ads or comments, and its metadata", async () => {
    const statement = await statementFromUrl(`${site.origin}/coast-guard`, loopback);
    expect(statement).toMatchObject({
      title: "Kenya, China agree on Coast Guard training",
      url: `${site.origin}/coast-guard`,
      publishedOn: "2023-09-12",
      byline: "Amina Wanjiru",
      publisher: "The Coastal Ledger",
      language: "en-KE",
    });
    const paragraphs = statement.text.split("\n\n");
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toBe(
      "NAIROBI — Kenya and China will expand their maritime security cooperation, with Beijing offering training for officers of the Kenya Coast Guard Service, officials said on Tuesday after talks in Nairobi.",
    );
    // Entities decoded, whitespace of the source's line breaks collapsed.
    expect(paragraphs[2]).toContain(
      "joint exercises & exchange visits by senior officers, and China",
    );
    expect(paragraphs[2]).toContain("Kenya’s Interior Ministry.");
    for (const clutter of [
      "Skip to content",
      "Subscribe",
      "Advertisement",
      "Cheap flights",
      "Related",
      "Mombasa port",
      "Comments",
      "Who pays for the fuel",
      "Most read",
      "Share on",
      "All rights reserved",
    ]) {
      expect(statement.text, clutter).not.toContain(clutter);
    }
    expect(statement.text).not.toMatch(/&(?:[a-z]+|#\d+);|<\/?[a-z]/i);
  });

  it("decodes a windows-1252 page by its <meta charset>, compressed, and falls back to meta tags", async () => {
    const statement = await statementFromUrl(`${site.origin}/communique`, loopback);
    expect(statement).toMatchObject({
      publishedOn: "2024-03-05",
      byline: "Press Office",
      publisher: "Ministère des Affaires étrangères de Djibouti",
      language: "en",
    });
    expect(statement.title).toContain("Joint communiqué on maritime cooperation");
    expect(statement.text).toContain("one of the world’s busiest shipping lanes");
    expect(statement.text).toContain("Japan’s “steadfast partnership”");
    expect(statement.text).toContain(
      "Japan will continue its support to the Djibouti Coast Guard through the provision of two additional patrol vessels",
    );
    expect(statement.text).not.toMatch(/[\u0080-\u009f]|Accueil|cookies|Press releases|Print/);
  });

  it("reads a text/plain page as paragraphs, its first line as the title", async () => {
    const statement = await statementFromUrl(`${site.origin}/plain`, loopback);
    expect(statement).toEqual({
      title: "Statement by the Ministry of Defence",
      url: `${site.origin}/plain`,
      text: [
        "Statement by the Ministry of Defence",
        "The Ministry confirms that the first group of naval officers will begin training in March.",
        "Further groups will follow in the second half of the year.",
      ].join("\n\n"),
    });
  });

  it("follows a redirect and reports where the page was found", async () => {
    const statement = await statementFromUrl(`${site.origin}/redirect?to=/coast-guard`, loopback);
    expect(statement.url).toBe(`${site.origin}/coast-guard`);
    expect(statement.title).toBe("Kenya, China agree on Coast Guard training");
  });

  it("says so when a page has no article", async () => {
    expect(await refusal(statementFromUrl(`${site.origin}/nothing`, loopback))).toEqual({
      code: "FETCH_FAILED",
      field: "url",
      message: "No article text was found on that page.",
    });
  });
});

describe("refusing what must not be fetched", () => {
  it.each(["file:///etc/passwd", "ftp://ftp.example.org/statement.html", "javascript:alert(1)"])(
    "refuses %s",
    async (address) => {
      expect(await refusal(statementFromUrl(address, loopback))).toEqual({
        code: "VALIDATION",
        field: "url",
        message: "Only http and https addresses can be fetched.",
      });
    },
  );

  it("refuses loopback by address and by name, before connecting", async () => {
    const before = site.connections();
    for (const address of [`${site.origin}/coast-guard`, `http://localhost:${site.port}/`]) {
      const { code, field, message } = await refusal(statementFromUrl(address));
      expect({ code, field }).toEqual({ code: "VALIDATION", field: "url" });
      expect(message).toMatch(/^That address is on a private network \((127\.0\.0\.1|::1)\)/);
    }
    expect(site.connections()).toBe(before);
  });

  it.each([
    ["a loopback address", () => `${forbidden.origin}/coast-guard`, "127.0.0.2"],
    ["IPv6 loopback", () => `http://[::1]:${forbidden.port}/`, "::1"],
    [
      "an IPv4-mapped loopback",
      () => `http://[::ffff:127.0.0.2]:${forbidden.port}/`,
      "::ffff:7f00:2",
    ],
    ["a private network", () => "http://10.0.0.1/admin", "10.0.0.1"],
    [
      "the cloud metadata service",
      () => "http://169.254.169.254/latest/meta-data/",
      "169.254.169.254",
    ],
    ["carrier-grade NAT", () => "http://100.64.0.1/", "100.64.0.1"],
    [
      "the metadata service through NAT64",
      () => "http://[64:ff9b::a9fe:a9fe]/",
      "64:ff9b::a9fe:a9fe",
    ],
    ["loopback through 6to4", () => "http://[2002:7f00:1::]/", "2002:7f00:1::"],
    ["a Teredo address", () => "http://[2001:0:4136:e378::1]/", "2001:0:4136:e378::1"],
    ["an IPv4-compatible loopback", () => "http://[::7f00:1]/", "::7f00:1"],
  ])("refuses a redirect to %s before connecting to it", async (_name, target, address) => {
    const before = site.connections();
    const started = Date.now();
    const { code, message } = await refusal(
      statementFromUrl(`${site.origin}/redirect?to=${encodeURIComponent(target())}`, {
        allowPrivateAddresses: ["127.0.0.1"],
      }),
    );
    expect(code).toBe("VALIDATION");
    expect(message).toContain(`private network (${address})`);
    // The first hop was fetched; the second was refused without a connection or a wait.
    expect(site.connections()).toBe(before + 1);
    expect(forbidden.connections()).toBe(0);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("stops after five redirects", async () => {
    expect(await refusal(statementFromUrl(`${site.origin}/loop`, loopback))).toMatchObject({
      code: "FETCH_FAILED",
      message: "The page redirects more than 5 times.",
    });
  });

  it.each(["/big-declared", "/big-streamed"])(
    "stops reading %s beyond the size limit",
    async (pathname) => {
      expect(
        await refusal(
          statementFromUrl(`${site.origin}${pathname}`, { ...loopback, maxBytes: 20_480 }),
        ),
      ).toEqual({ code: "FETCH_FAILED", field: "url", message: "The page is larger than 20 KB." });
    },
  );

  it.each(["/silent", "/stalls"])(
    "gives up on %s, a server that never finishes",
    async (pathname) => {
      const started = Date.now();
      expect(
        await refusal(
          statementFromUrl(`${site.origin}${pathname}`, { ...loopback, timeoutMs: 300 }),
        ),
      ).toEqual({
        code: "FETCH_FAILED",
        field: "url",
        message: "The page took longer than 0.3 s to arrive.",
      });
      expect(Date.now() - started).toBeLessThan(2_000);
    },
  );

  it("reports the site's error status", async () => {
    expect(await refusal(statementFromUrl(`${site.origin}/gone`, loopback))).toEqual({
      code: "FETCH_FAILED",
      field: "url",
      message: "The site answered 404 Not Found: check the address.",
    });
  });

  it("refuses what is not a web page", async () => {
    expect(await refusal(statementFromUrl(`${site.origin}/report.pdf`, loopback))).toEqual({
      code: "FETCH_FAILED",
      field: "url",
      message:
        "That address gives a file of type application/pdf, not a web page: paste the statement's text instead.",
    });
  });
});

describe.each(testProviders)("statement.extractFromUrl on %s", (provider) => {
  let database: TestDatabase;
  const analystUser = {
    id: "u-url",
    email: "url@example.org",
    name: "Una Analyst",
    role: "analyst" as const,
  };

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await seedReferenceData(database.db);
    await database.db.user.create({ data: analystUser });
  });
  afterAll(() => database?.drop());

  it("extracts a page, and saving it keeps exactly the extracted text", async () => {
    const analyst = createCaller(
      createContextInner({ db: database.db, user: analystUser, allowPrivateUrls: true }),
    );
    const extracted = await analyst.statement.extractFromUrl({ url: `${site.origin}/coast-guard` });
    const saved = await analyst.statement.create({ ...extracted, kind: "news_report" });
    expect(saved).toMatchObject({
      title: "Kenya, China agree on Coast Guard training",
      publishedOn: "2023-09-12",
      publisher: "The Coastal Ledger",
      url: `${site.origin}/coast-guard`,
    });
    expect(saved.text).toBe(extracted.text);
  });

  it("refuses private addresses unless the server allows them, naming the url field", async () => {
    const analyst = createCaller(createContextInner({ db: database.db, user: analystUser }));
    await expect(
      analyst.statement.extractFromUrl({ url: `${site.origin}/coast-guard` }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { code: "VALIDATION", field: "url" },
    });
    await expect(
      analyst.statement.extractFromUrl({ url: "file:///etc/passwd" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("limits the pages one account fetches, before fetching, naming the url field and when to retry", async () => {
    let now = 0;
    const limiter = new RateLimiter({ capacity: 2, refillPerSecond: 1 / 6 }, () => now);
    const callerFor = (user: typeof analystUser) =>
      createCaller(
        createContextInner({
          db: database.db,
          user,
          allowPrivateUrls: true,
          pageFetchLimiter: limiter,
        }),
      );
    const analyst = callerFor(analystUser);
    const url = `${site.origin}/plain`;
    await analyst.statement.extractFromUrl({ url });
    await analyst.statement.extractFromUrl({ url });

    const connectionsBefore = site.connections();
    await expect(analyst.statement.extractFromUrl({ url })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringContaining("Try again in 6 s"),
      cause: { code: "RATE_LIMITED", field: "url" },
    });
    expect(site.connections()).toBe(connectionsBefore);

    // Another account has its own allowance, and the first earns one back with time.
    const colleague = callerFor({ ...analystUser, id: "u-url-2", email: "url2@example.org" });
    await expect(colleague.statement.extractFromUrl({ url })).resolves.toMatchObject({
      title: "Statement by the Ministry of Defence",
    });
    now += 6_000;
    await expect(analyst.statement.extractFromUrl({ url })).resolves.toBeDefined();
  });
});
