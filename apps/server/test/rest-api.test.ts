import { createHash } from "node:crypto";
import http from "node:http";
import { createRequire } from "node:module";
import { RateLimiter } from "@pledgewatch/api";
import { seedDatabase, setCommitmentStatus } from "@pledgewatch/db";
import { createTestDatabase, testProviders, type TestDatabase } from "@pledgewatch/db/testing";
import { serialiseCommitmentView, THEMES } from "@pledgewatch/domain";
import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REST_RATE_LIMIT } from "../src/http/rest-api.ts";
import { PUBLIC_ORIGIN, startTestServer, type TestServer } from "./test-server.ts";

// Response bodies are checked against the served document with the JSON Schema 2020-12 validator
// (ajv 8) that @seriousme/openapi-schema-validator itself uses; the root `ajv` is an older major.
interface SchemaValidator {
  (data: unknown): boolean;
  errors?: unknown[] | null;
}
interface Ajv {
  addSchema(schema: object, key: string): Ajv;
  getSchema(ref: string): SchemaValidator | undefined;
}
const fromValidator = createRequire(
  createRequire(import.meta.url).resolve("@seriousme/openapi-schema-validator"),
);
const Ajv2020 = (fromValidator("ajv/dist/2020.js") as { default: new (options: object) => Ajv })
  .default;
const addFormats = (fromValidator("ajv-formats") as { default: (ajv: Ajv) => void }).default;

interface OpenApiDocument {
  openapi: string;
  servers: { url: string }[];
  paths: Record<string, { get: { responses: Record<string, unknown> } }>;
}

/** Validates a response body against the document's schema for that path and status. */
function responseChecker(document: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  ajv.addSchema(document, "openapi.json");
  return (path: string, status: number, body: unknown) => {
    const pointer = `/paths/${path.replaceAll("~", "~0").replaceAll("/", "~1")}/get/responses/${status}/content/application~1json/schema`;
    const validate = ajv.getSchema(`openapi.json#${pointer}`);
    if (!validate) throw new Error(`The document has no ${status} response for ${path}`);
    expect(validate(body), JSON.stringify(validate.errors, null, 1)).toBe(true);
  };
}

interface Page {
  items: { id: string; title: string; status: string; themes: { slug: string }[] }[];
  nextCursor: string | null;
}

describe.each(testProviders)("REST API on %s", (provider) => {
  let database: TestDatabase;
  let server: TestServer;
  let document: OpenApiDocument;
  let checkResponse: ReturnType<typeof responseChecker>;

  /** GET `template` with `{id}` filled in; the body must match the document's schema. */
  async function getChecked<T>(template: string, query = "", id = "", status = 200): Promise<T> {
    const response = await fetch(
      `${server.url}/api/v1${template.replace("{id}", id)}${query ? `?${query}` : ""}`,
    );
    expect(response.status, `${template}?${query}`).toBe(status);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = (await response.json()) as T;
    checkResponse(template, status, body);
    return body;
  }

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await seedDatabase(database.db);
    server = await startTestServer(database.db);
    document = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as OpenApiDocument;
    checkResponse = responseChecker(document);
  });
  afterAll(async () => {
    server?.close();
    await database?.drop();
  });

  it("serves a valid OpenAPI 3.1 document of every endpoint", async () => {
    const result = await new Validator().validate(
      structuredClone(document) as object as Record<string, unknown>,
    );
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers).toEqual([{ url: `${PUBLIC_ORIGIN}/api/v1` }]);
    expect(Object.keys(document.paths).sort()).toEqual([
      "/commitments",
      "/commitments/{id}",
      "/countries",
      "/statements",
      "/statements/{id}",
      "/stats/by-country",
      "/stats/by-pair",
      "/stats/by-theme",
      "/stats/headline",
      "/themes",
    ]);
  });

  it("lists the seed's 16 commitments as they are in the database", async () => {
    const page = await getChecked<{
      items: { id: string; title: string; status: string; committingCountry: { id: string } }[];
      nextCursor: string | null;
    }>("/commitments", "limit=500");
    const rows = await database.db.commitment.findMany({
      select: { id: true, title: true, status: true, committingCountryId: true },
    });
    expect(rows).toHaveLength(16);
    expect(page.nextCursor).toBeNull();
    expect(
      page.items
        .map((item) => ({
          id: item.id,
          title: item.title,
          status: item.status,
          committingCountryId: item.committingCountry.id,
        }))
        .sort((a, b) => a.id.localeCompare(b.id)),
    ).toEqual(rows.sort((a, b) => a.id.localeCompare(b.id)));
  });

  it("gives one commitment with its quotes and status history", async () => {
    const commitment = await database.db.commitment.findUniqueOrThrow({
      where: { externalId: "seed:ke-cn-2023:intelligence-sharing" },
      include: { quotes: { include: { statement: true } } },
    });
    await database.db.user.create({
      data: { id: "analyst", email: "analyst@example.org", name: "Ann Analyst", role: "analyst" },
    });
    await setCommitmentStatus(
      database.db,
      {
        id: commitment.id,
        version: commitment.version,
        to: "in_progress",
        occurredOn: "2024-03-01",
        note: "Liaison officers exchanged.",
      },
      "analyst",
    );
    const detail = await getChecked<{
      title: string;
      status: string;
      quotes: { start: number; end: number; text: string }[];
      statusEvents: Record<string, unknown>[];
    }>("/commitments/{id}", "", commitment.id);
    expect(detail.title).toBe(commitment.title);
    expect(detail.status).toBe("in_progress");
    expect(detail.quotes).toHaveLength(commitment.quotes.length);
    for (const quote of detail.quotes) {
      const statementText = commitment.quotes[0]?.statement.text ?? "";
      expect(statementText.slice(quote.start, quote.end)).toBe(quote.text);
    }
    expect(detail.statusEvents).toMatchObject([
      {
        fromStatus: "not_assessed",
        toStatus: "in_progress",
        occurredOn: "2024-03-01",
        note: "Liaison officers exchanged.",
        recordedBy: { id: "analyst", name: "Ann Analyst" },
      },
    ]);
  });

  it("lists statements and gives one with its full text", async () => {
    const page = await getChecked<{
      items: { id: string; title: string; quoteCount: number }[];
      nextCursor: null;
    }>("/statements", "search=Security%20Cooperation%20Forum");
    const statement = await database.db.statement.findFirstOrThrow();
    expect(page.items).toEqual([
      expect.objectContaining({
        id: statement.id,
        title: statement.title,
        quoteCount: await database.db.quote.count(),
      }),
    ]);
    const detail = await getChecked<{ text: string; textSha256: string; quotes: unknown[] }>(
      "/statements/{id}",
      "",
      statement.id,
    );
    expect(detail.textSha256).toBe(createHash("sha256").update(detail.text).digest("hex"));
    expect(detail.text).toBe(statement.text);
    const nothing = await getChecked<{ items: unknown[] }>(
      "/statements",
      "search=no%20such%20words",
    );
    expect(nothing.items).toEqual([]);
  });

  it("gives the statistics the database holds", async () => {
    const { db } = database;
    const live = { deletedAt: null };
    const pairWhere = {
      ...live,
      OR: [
        { committingCountryId: "KE", counterparts: { some: { countryId: "CN" } } },
        { committingCountryId: "CN", counterparts: { some: { countryId: "KE" } } },
      ],
    };
    const pairCount = await db.commitment.count({ where: pairWhere });

    const headline = await getChecked<Record<string, unknown>>("/stats/headline");
    expect(headline).toMatchObject({
      total: 16,
      byStatus: { not_assessed: 15, in_progress: 1, fulfilled: 0 },
      fulfilledPercent: 0,
      inProgress: 1,
      notAssessed: 15,
    });
    const pairHeadline = await getChecked<{ total: number }>("/stats/headline", "pair=CN-KE");
    expect(pairHeadline.total).toBe(pairCount);

    const byTheme = await getChecked<{ id: string; total: number }[]>("/stats/by-theme");
    expect(byTheme.map((row) => row.id).sort()).toEqual(THEMES.map((theme) => theme.slug).sort());
    for (const row of byTheme) {
      expect(row.total, row.id).toBe(
        await db.commitmentTheme.count({ where: { themeSlug: row.id, commitment: live } }),
      );
    }

    const byCountry = await getChecked<{ id: string; total: number }[]>("/stats/by-country");
    expect(byCountry.map((row) => row.id).sort()).toEqual(["CN", "KE"]);
    for (const row of byCountry) {
      const committed = await db.commitment.count({
        where: { ...live, committingCountryId: row.id },
      });
      const counterpart = await db.commitmentCounterpart.count({
        where: { countryId: row.id, commitment: live },
      });
      expect(row.total, row.id).toBe(committed + counterpart);
    }

    const byPair = await getChecked<{ id: string; total: number }[]>("/stats/by-pair");
    expect(byPair).toMatchObject([{ id: "CN-KE", total: pairCount }]);
    const filtered = await getChecked<unknown[]>("/stats/by-pair", "statuses=fulfilled");
    expect(filtered).toEqual([]);
  });

  it("lists the reference data", async () => {
    const countries = await getChecked<{ id: string; involved: boolean }[]>("/countries");
    expect(countries).toHaveLength(await database.db.country.count());
    expect(countries.filter((country) => country.involved).map((country) => country.id)).toEqual([
      "CN",
      "KE",
    ]);
    const themes = await getChecked<{ slug: string; definition: string }[]>("/themes");
    expect(
      themes
        .map(({ slug, definition }) => ({ slug, definition }))
        .sort((a, b) => a.slug.localeCompare(b.slug)),
    ).toEqual(
      THEMES.map(({ slug, definition }) => ({ slug, definition })).sort((a, b) =>
        a.slug.localeCompare(b.slug),
      ),
    );
  });

  it("filters with the dashboard's query string, unchanged", async () => {
    const query = serialiseCommitmentView({
      countries: ["KE"],
      themes: ["training", "maritime-security"],
      sort: "title",
      order: "asc",
    }).toString();
    const page = await getChecked<Page>("/commitments", query);
    const expected = await database.db.commitment.findMany({
      where: {
        deletedAt: null,
        themes: { some: { themeSlug: { in: ["training", "maritime-security"] } } },
      },
      orderBy: [{ title: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    expect(expected.length).toBeGreaterThan(1);
    expect(page.items.map((item) => item.id)).toEqual(expected.map((row) => row.id));

    const inProgress = await getChecked<Page>("/commitments", "statuses=in_progress");
    expect(inProgress.items.map((item) => item.status)).toEqual(["in_progress"]);
    const initiatives = await getChecked<Page>("/commitments", "kind=initiative");
    expect(initiatives.items).toHaveLength(
      await database.db.commitment.count({ where: { kind: "initiative" } }),
    );
    const text = await getChecked<Page>("/commitments", "text=COAST%20GUARD");
    const all = await database.db.commitment.findMany({
      select: { id: true, title: true, description: true, quotes: { select: { text: true } } },
    });
    const mentions = all.filter((row) =>
      [row.title, row.description ?? "", ...row.quotes.map((quote) => quote.text)].some((words) =>
        words.toLowerCase().includes("coast guard"),
      ),
    );
    expect(mentions.length).toBeGreaterThan(0);
    expect(text.items.map((item) => item.id).sort()).toEqual(mentions.map((row) => row.id).sort());
  });

  it("walks every commitment exactly once with the cursor", async () => {
    for (const order of ["sort=title&order=asc", "sort=announcedOn&order=desc", ""]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = [order, "limit=3", cursor ? `cursor=${cursor}` : ""]
          .filter(Boolean)
          .join("&");
        const page: Page = await getChecked<Page>("/commitments", query);
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor !== null);
      expect(pages, order).toBe(6);
      expect(seen).toHaveLength(16);
      expect(new Set(seen).size).toBe(16);
    }
  });

  it("answers a bad parameter with 400 naming it, and nothing internal", async () => {
    for (const [path, query, field] of [
      ["/commitments", "statuses=bogus", "statuses"],
      ["/commitments", "countries=KE,XX", "countries"],
      ["/commitments", "pair=CN", "pair"],
      ["/commitments", "announcedFrom=2023-13", "announcedFrom"],
      ["/commitments", "kind=treaty", "kind"],
      ["/commitments", "overdue=maybe", "overdue"],
      ["/commitments", "sort=colour", "sort"],
      ["/commitments", "limit=0", "limit"],
      ["/commitments", "limit=many", "limit"],
      ["/commitments", "cursor=forged", "cursor"],
      ["/stats/headline", "themes=policing", "themes"],
      ["/statements", "limit=201", "limit"],
    ] as const) {
      const body = await getChecked<Record<string, unknown>>(path, query, "", 400);
      expect(body, `${path}?${query}`).toEqual({
        message: expect.stringContaining(field === "cursor" ? "cursor" : `"${field}"`),
        code: "BAD_REQUEST",
        field,
      });
    }
  });

  it("answers 404 for an unknown record or endpoint", async () => {
    for (const path of ["/commitments/{id}", "/statements/{id}"] as const) {
      const body = await getChecked<Record<string, unknown>>(path, "", "no-such-id", 404);
      expect(body).toEqual({ message: expect.any(String), code: "NOT_FOUND", field: "id" });
    }
    const response = await fetch(`${server.url}/api/v1/pledges`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      message: "No such endpoint; see /api/v1/ for the list.",
      code: "NOT_FOUND",
    });
  });

  it("allows cross-origin reads without credentials", async () => {
    const preflight = await fetch(`${server.url}/api/v1/commitments`, {
      method: "OPTIONS",
      headers: {
        origin: "https://newsroom.example",
        "access-control-request-method": "GET",
        "access-control-request-headers": "accept",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, OPTIONS");
    expect(preflight.headers.get("access-control-allow-headers")).toBe("accept");
    expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();

    const read = await fetch(`${server.url}/api/v1/themes`, {
      headers: { origin: "https://newsroom.example" },
    });
    expect(read.headers.get("access-control-allow-origin")).toBe("*");
    expect(read.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("refuses anything but reading", async () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      const response = await fetch(`${server.url}/api/v1/commitments`, {
        method,
        headers: { "content-type": "application/json", origin: PUBLIC_ORIGIN },
        body: JSON.stringify({ title: "Sneaked in" }),
      });
      expect(response.status, method).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, OPTIONS");
      expect(await response.json()).toEqual({
        message: "The REST API is read-only: use GET.",
        code: "METHOD_NOT_SUPPORTED",
      });
    }
    expect(await database.db.commitment.count({ where: { title: "Sneaked in" } })).toBe(0);
  });

  it("shows a readable reference page made from the document", async () => {
    const response = await fetch(`${server.url}/api/v1/`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    const page = await response.text();
    for (const path of Object.keys(document.paths)) expect(page).toContain(`<code>${path}</code>`);
    for (const parameter of ["countries", "pair", "statuses", "limit", "cursor"]) {
      expect(page).toContain(`<code>${parameter}</code>`);
    }
    expect(page).toContain(
      `curl &quot;${PUBLIC_ORIGIN}/api/v1/commitments?pair=CN-KE&amp;statuses=in_progress,stalled&quot;`,
    );
    expect(page).toContain(`curl &quot;${PUBLIC_ORIGIN}/api/v1/commitments/$ID&quot;`);
    // Air-gapped: nothing is loaded from anywhere.
    expect(page).not.toMatch(/<script|<link|src=/);
  });
});

describe("REST API rate limit", () => {
  let database: TestDatabase;
  let server: TestServer;

  /** A GET from a chosen loopback address: each address is a different client. */
  function getFrom(localAddress: string, path: string) {
    return new Promise<{ status: number; retryAfter?: string; body: string }>((resolve, reject) => {
      http
        .get(`${server.url}${path}`, { localAddress }, (response) => {
          let body = "";
          response.setEncoding("utf8");
          response.on("data", (chunk: string) => (body += chunk));
          response.on("end", () =>
            resolve({
              status: response.statusCode ?? 0,
              retryAfter: response.headers["retry-after"],
              body,
            }),
          );
        })
        .on("error", reject);
    });
  }

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    server = await startTestServer(database.db);
  });
  afterAll(async () => {
    server?.close();
    await database?.drop();
  });

  it("answers 429 with Retry-After once a client has spent its burst", async () => {
    const started = Date.now();
    const statuses: number[] = [];
    let refused: { status: number; retryAfter?: string; body: string } | undefined;
    while (!refused && statuses.length < REST_RATE_LIMIT.capacity * 2) {
      const response = await getFrom("127.0.0.2", "/api/v1/openapi.json");
      statuses.push(response.status);
      if (response.status === 429) refused = response;
    }
    const earnedMeanwhile = ((Date.now() - started) / 1000) * REST_RATE_LIMIT.refillPerSecond;
    const allowed = statuses.filter((status) => status === 200).length;
    expect(allowed).toBeGreaterThanOrEqual(REST_RATE_LIMIT.capacity);
    expect(allowed).toBeLessThanOrEqual(REST_RATE_LIMIT.capacity + Math.ceil(earnedMeanwhile));
    expect(refused?.retryAfter).toBe("1");
    expect(JSON.parse(refused?.body ?? "{}")).toEqual({
      message: "Too many requests: at most 120 a minute. Try again in 1 s.",
      code: "TOO_MANY_REQUESTS",
    });
    // Another client is not affected.
    expect((await getFrom("127.0.0.3", "/api/v1/openapi.json")).status).toBe(200);
  });

  it("earns tokens back at the refill rate", () => {
    let now = 0;
    const limiter = new RateLimiter({ capacity: 3, refillPerSecond: 0.5 }, () => now);
    expect([1, 2, 3].map(() => limiter.take("a"))).toEqual([0, 0, 0]);
    expect(limiter.take("a")).toBe(2);
    expect(limiter.take("b")).toBe(0);
    now = 1_000; // half a token earned
    expect(limiter.take("a")).toBe(1);
    now = 2_000;
    expect(limiter.take("a")).toBe(0);
    expect(limiter.take("a")).toBe(2);
    now = 60_000; // long idle: back to a full burst, no more
    expect([1, 2, 3, 4].map(() => limiter.take("a"))).toEqual([0, 0, 0, 2]);
  });
});
