import { createCaller, createContextInner } from "@pledgewatch/api";
import { seedDatabase, type Db } from "@pledgewatch/db";
import { createTestDatabase, testProviders, type TestDatabase } from "@pledgewatch/db/testing";
import { COMMITMENT_EXPORT_COLUMNS, STATUS_EVENT_EXPORT_COLUMNS } from "@pledgewatch/domain";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  commitmentCellsInDatabase,
  exportSchema,
  exportValidators,
  parseCsv,
} from "./export-expectations.ts";
import { PUBLIC_ORIGIN, startTestServer, type TestServer } from "./test-server.ts";

const ADMIN = {
  id: "export-admin",
  email: "exports@example.org",
  name: "Ada Analyst",
  role: "admin" as const,
};

/** Commitments whose cells start like spreadsheet formulas (as an import could bring them in). */
const FORMULA_TITLES = [
  '=HYPERLINK("https://evil.example","click")',
  "+1",
  "-1",
  "@x",
  "\tTab first",
  "\rCR first",
];

async function addFormulaCommitments(db: Db): Promise<void> {
  for (const [index, title] of FORMULA_TITLES.entries()) {
    await db.commitment.create({
      data: {
        id: `formula-${index}`,
        title,
        description:
          index === 0 ? '=1+2, then a comma, "quotes"\nand a second line' : "plain, with comma",
        committingCountryId: "FR",
        direction: "mutual",
        stage: "pledge",
        counterparts: { create: [{ countryId: "DE" }] },
      },
    });
  }
}

describe.each(testProviders)("exports (%s)", (provider) => {
  let database: TestDatabase;
  let server: TestServer;
  const ids = new Map<string, string>();
  const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    const { db } = database;
    await seedDatabase(db);
    await db.user.create({
      data: { id: ADMIN.id, email: ADMIN.email, name: ADMIN.name, role: "admin" },
    });
    const caller = createCaller(createContextInner({ db, user: ADMIN }));
    for (const row of await db.commitment.findMany({ select: { id: true, externalId: true } })) {
      ids.set(row.externalId ?? row.id, row.id);
    }
    const cooperation = ids.get("seed:ke-cn-2023:security-cooperation") as string;
    const training = ids.get("seed:ke-cn-2023:infrastructure-security-training") as string;
    let detail = await caller.commitment.update({
      id: cooperation,
      version: 1,
      targetOn: "2025-03",
    });
    detail = await caller.commitment.setStatus({
      id: cooperation,
      version: detail.version,
      to: "in_progress",
      occurredOn: "2024-02-10",
      note: "Talks started",
    });
    await caller.commitment.setStatus({
      id: cooperation,
      version: detail.version,
      to: "stalled",
      occurredOn: "2024-09-01",
    });
    detail = await caller.commitment.update({ id: training, version: 1, targetOn: "2026" });
    await caller.commitment.setStatus({
      id: training,
      version: detail.version,
      to: "fulfilled",
      occurredOn: "2024-05-05",
      evidenceUrl: "https://example.org/report?a=1&b=2",
    });
    const created = await caller.commitment.create({
      title: 'Train <script>alert(1)</script> & "officers"',
      committingCountryId: "CN",
      counterpartCountryIds: ["KE"],
      direction: "unilateral",
      stage: "pledge",
      themes: ["training"],
      announcedOn: "2024-07-15",
      targetOn: "2024-12-31",
      description: 'Line one\nLine two, "quoted"',
      externalId: "sheet-42",
    });
    ids.set("created", created.id);
    await addFormulaCommitments(db);
    server = await startTestServer(db);
  });
  afterAll(async () => {
    server?.close();
    await database?.drop();
  });

  describe("commitments CSV", () => {
    it("holds every commitment with the columns of export-columns.ts, cell for cell as on its page", async () => {
      const response = await get("/export/commitments.csv");
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
      expect(response.headers.get("content-disposition")).toBe(
        'attachment; filename="pledgewatch-commitments.csv"',
      );
      const text = await response.text();
      expect(text.split("\r\n")[0]).toBe(
        COMMITMENT_EXPORT_COLUMNS.map((column) => column.name).join(","),
      );
      const rows = parseCsv(text);
      // 16 from the seed, 1 created, 6 with formula-like titles.
      expect(rows).toHaveLength(23);
      const inDatabase = await commitmentCellsInDatabase(database.db);
      expect(new Set(rows.map((row) => row.id))).toEqual(new Set(inDatabase.keys()));
      // The formula-like cells are neutralised (next tests); every other row is as stored.
      const plain = rows.filter((row) => !row.id?.startsWith("formula-"));
      expect(plain).toHaveLength(17);
      for (const row of plain) expect(row).toEqual(inDatabase.get(row.id as string));
    });

    it("writes dates, statuses, lists and quotes in the documented forms", async () => {
      const rows = parseCsv(await (await get("/export/commitments.csv")).text());
      const cooperation = rows.find(
        (row) => row.external_id === "seed:ke-cn-2023:security-cooperation",
      );
      expect(cooperation).toMatchObject({
        committing_country: "KE",
        counterpart_countries: "CN",
        themes: "intelligence-sharing;joint-operations;security-management",
        status: "stalled",
        announced_on: "2023",
        target_on: "2025-03",
        last_event_on: "2024-09-01",
        overdue: "true",
        statement_title:
          "Kenya, China forge closer security cooperation to tackle global challenges",
      });
      const quotes = JSON.parse(cooperation?.quotes ?? "") as { text: string; start: number }[];
      expect(quotes[0]?.text).toMatch(/^Kenya is seeking to strengthen cooperation with China/);
      const created = rows.find((row) => row.external_id === "sheet-42");
      expect(created).toMatchObject({
        title: 'Train <script>alert(1)</script> & "officers"',
        description: 'Line one\nLine two, "quoted"',
        target_on: "2024-12-31",
        progress: "",
        quotes: "",
      });
    });

    it("neutralises cells that start like formulas and keeps every other cell as it was", async () => {
      const text = await (await get("/export/commitments.csv?countries=FR")).text();
      const rows = parseCsv(text);
      expect(rows.map((row) => row.title)).toEqual(
        expect.arrayContaining([
          `'=HYPERLINK("https://evil.example","click")`,
          "'+1",
          "'-1",
          "'@x",
          "'\tTab first",
          "'\rCR first",
        ]),
      );
      const first = rows.find((row) => row.id === "formula-0");
      expect(first?.description).toBe('\'=1+2, then a comma, "quotes"\nand a second line');
      expect(rows.find((row) => row.id === "formula-1")?.description).toBe("plain, with comma");
      // Each cell is as stored, with a ' before the ones a spreadsheet would run as a formula.
      const inDatabase = await commitmentCellsInDatabase(database.db);
      expect(rows).toHaveLength(6);
      for (const row of rows) {
        const stored = Object.entries(inDatabase.get(row.id as string) ?? {});
        const neutralised = stored.map(([name, value]) => [
          name,
          /^[=+\-@\t\r]/.test(value) ? `'${value}` : value,
        ]);
        expect(row).toEqual(Object.fromEntries(neutralised));
      }
    });

    it("adds the UTF-8 byte order mark only when asked, and ends lines with CRLF", async () => {
      const plain = new Uint8Array(await (await get("/export/commitments.csv")).arrayBuffer());
      expect([...plain.slice(0, 3)]).toEqual([...Buffer.from("id,")]);
      const withBom = await get("/export/commitments.csv?bom=true&countries=FR");
      const bytes = Buffer.from(await withBom.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString("utf8");
      expect(text.match(/\r\n/g)).toHaveLength(7);
      expect(text.replace(/\r\n/g, "").replace(/"[^"]*"/g, "")).not.toMatch(/\n/);
    });

    it("exports exactly the filtered list, in the list's order, and names the view in the file", async () => {
      const query = "countries=KE&themes=training,equipment&sort=title&order=asc";
      const response = await get(`/export/commitments.csv?${query}`);
      expect(response.headers.get("content-disposition")).toBe(
        'attachment; filename="pledgewatch-commitments_countries-KE_themes-training-equipment_sort-title_order-asc.csv"',
      );
      const exported = parseCsv(await response.text()).map((row) => row.id);
      const caller = createCaller(createContextInner({ db: database.db }));
      const list = await caller.commitment.list({
        countries: ["KE"],
        themes: ["training", "equipment"],
        sort: "title",
        order: "asc",
      });
      expect(exported).toEqual(list.items.map((item) => item.id));
      // Hand count: training or equipment, with Kenya: 7 from the seed and the created one.
      expect(exported).toHaveLength(8);
    });

    it("exports one commitment with ?commitment=", async () => {
      const id = ids.get("created") as string;
      const rows = parseCsv(await (await get(`/export/commitments.csv?commitment=${id}`)).text());
      expect(rows.map((row) => row.id)).toEqual([id]);
    });
  });

  describe("status-history CSV", () => {
    it("has one row per status event, by commitment then date, with who recorded it", async () => {
      const response = await get("/export/status-events.csv?sort=title&order=asc");
      const text = await response.text();
      expect(text.split("\r\n")[0]).toBe(
        STATUS_EVENT_EXPORT_COLUMNS.map((column) => column.name).join(","),
      );
      const rows = parseCsv(text);
      const columns = [
        "external_id",
        "from_status",
        "to_status",
        "occurred_on",
        "note",
        "evidence_url",
      ];
      // By title: "Chinese technical training…" comes before "Strengthen security cooperation…".
      expect(rows.map((row) => columns.map((column) => row[column]))).toEqual([
        [
          "seed:ke-cn-2023:infrastructure-security-training",
          "not_assessed",
          "fulfilled",
          "2024-05-05",
          "",
          "https://example.org/report?a=1&b=2",
        ],
        [
          "seed:ke-cn-2023:security-cooperation",
          "not_assessed",
          "in_progress",
          "2024-02-10",
          "Talks started",
          "",
        ],
        ["seed:ke-cn-2023:security-cooperation", "in_progress", "stalled", "2024-09-01", "", ""],
      ]);
      expect(rows.map((row) => row.recorded_by)).toEqual([ADMIN.name, ADMIN.name, ADMIN.name]);
      const event = await database.db.statusEvent.findFirstOrThrow({
        where: { occurredOn: "2024-05-05" },
      });
      expect(rows[0]).toMatchObject({
        event_id: event.id,
        recorded_at: event.recordedAt.toISOString(),
      });
    });
  });

  describe("JSON Lines and JSON", () => {
    const validate = exportValidators();

    it("documents exactly the CSV columns, with the same descriptions", () => {
      expect(
        Object.entries(exportSchema.$defs.commitment.properties).map(([name, p]) => ({
          name,
          description: p.description,
        })),
      ).toEqual(COMMITMENT_EXPORT_COLUMNS);
    });

    it("gives one schema-valid object per line, the same commitments as the CSV", async () => {
      const response = await get("/export/commitments.jsonl");
      expect(response.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
      const lines = (await response.text()).split("\n");
      expect(lines.pop()).toBe("");
      const objects = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      for (const object of objects) {
        if (!validate.commitment(object)) expect.fail(JSON.stringify(validate.commitment.errors));
      }
      const csv = parseCsv(await (await get("/export/commitments.csv")).text());
      expect(objects.map((object) => object.id)).toEqual(csv.map((row) => row.id));
      const cooperation = objects.find(
        (object) => object.external_id === "seed:ke-cn-2023:security-cooperation",
      );
      expect(cooperation).toMatchObject({
        counterpart_countries: ["CN"],
        themes: ["intelligence-sharing", "joint-operations", "security-management"],
        progress: null,
        overdue: true,
        target_on: "2025-03",
      });
    });

    it("wraps them in one schema-valid document that names its schema and view", async () => {
      const response = await get("/export/commitments.json?pair=CN-KE&statuses=stalled,fulfilled");
      expect(response.headers.get("content-disposition")).toBe(
        'attachment; filename="pledgewatch-commitments_pair-CN-KE_statuses-stalled-fulfilled.json"',
      );
      const document = (await response.json()) as {
        $schema: string;
        filter: unknown;
        commitments: { id: string }[];
      };
      if (!validate.document(document)) expect.fail(JSON.stringify(validate.document.errors));
      expect(document.$schema).toBe(`${PUBLIC_ORIGIN}/export/commitment-export.schema.json`);
      expect(document.filter).toEqual({ pair: ["CN", "KE"], statuses: ["stalled", "fulfilled"] });
      expect(document.commitments.map((c) => c.id).sort()).toEqual(
        [
          ids.get("seed:ke-cn-2023:security-cooperation"),
          ids.get("seed:ke-cn-2023:infrastructure-security-training"),
        ].sort(),
      );
      const served = await get("/export/commitment-export.schema.json");
      expect(await served.json()).toEqual(exportSchema);
    });

    it("is a valid document when nothing matches", async () => {
      const document = (await (await get("/export/commitments.json?countries=JP")).json()) as {
        commitments: unknown[];
      };
      expect(document.commitments).toEqual([]);
    });
  });

  describe("iCalendar", () => {
    type Events = { uid: string; start: string; isDate: boolean; summary: string; url: string }[];
    async function calendar(path: string) {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
      const text = await response.text();
      const component = new ICAL.Component(ICAL.parse(text));
      const events: Events = component.getAllSubcomponents("vevent").map((vevent) => {
        const event = new ICAL.Event(vevent);
        return {
          uid: event.uid,
          start: event.startDate.toString(),
          isDate: event.startDate.isDate,
          summary: event.summary,
          url: String(vevent.getFirstPropertyValue("url")),
        };
      });
      return { text, component, events: events.sort((a, b) => a.start.localeCompare(b.start)) };
    }

    it("has one all-day event per deadline of the pair, on the deadline's last day", async () => {
      const { component, events, text } = await calendar("/calendar/pairs/CN-KE.ics");
      const created = ids.get("created") as string;
      const cooperation = ids.get("seed:ke-cn-2023:security-cooperation") as string;
      const training = ids.get("seed:ke-cn-2023:infrastructure-security-training") as string;
      expect(events).toEqual([
        {
          uid: `commitment-${created}@pledgewatch.test`,
          start: "2024-12-31",
          isDate: true,
          summary: 'Deadline: Train <script>alert(1)</script> & "officers"',
          url: `${PUBLIC_ORIGIN}/commitments/${created}`,
        },
        expect.objectContaining({
          uid: `commitment-${cooperation}@pledgewatch.test`,
          start: "2025-03-31",
        }),
        expect.objectContaining({
          uid: `commitment-${training}@pledgewatch.test`,
          start: "2026-12-31",
        }),
      ]);
      expect(component.getFirstPropertyValue("x-wr-calname")).toBe(
        "Pledgewatch deadlines: China – Kenya",
      );
      expect(component.getFirstPropertyValue("source")).toBe(
        `${PUBLIC_ORIGIN}/calendar/pairs/CN-KE.ics`,
      );
      expect(text).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n");
      // Subscribers fetch it again and again: the same data gives the same calendar.
      expect((await calendar("/calendar/pairs/CN-KE.ics")).text).toBe(text);
    });

    it("serves a theme's calendar and any view's", async () => {
      const theme = await calendar("/calendar/themes/training.ics");
      expect(theme.events.map((event) => event.start)).toEqual(["2024-12-31", "2026-12-31"]);
      const view = await calendar("/calendar/commitments.ics?statuses=stalled");
      expect(view.events.map((event) => event.start)).toEqual(["2025-03-31"]);
    });
  });

  describe("TimelineJS", () => {
    interface Timeline {
      title: { text: { headline: string } };
      events: {
        start_date: Record<string, number>;
        text: { headline: string; text: string };
        group: string;
        unique_id: string;
      }[];
    }

    it("has the announcements, status changes and deadlines of a pair, grouped by country", async () => {
      const response = await get("/export/timeline.json?pair=CN-KE&group=country");
      // Newsrooms load it into TimelineJS from their own pages.
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      const timeline = (await response.json()) as Timeline;
      expect(timeline.title.text.headline).toBe("Pledgewatch: China – Kenya");
      // 15 announcements (14 seed commitments between the two, 1 created), 3 status changes, 3 deadlines.
      expect(timeline.events).toHaveLength(21);
      expect(new Set(timeline.events.map((event) => event.unique_id)).size).toBe(21);
      expect(new Set(timeline.events.map((event) => event.group))).toEqual(
        new Set(["Kenya", "China"]),
      );
      const cooperation = ids.get("seed:ke-cn-2023:security-cooperation") as string;
      const own = timeline.events.filter((event) => event.unique_id.startsWith(cooperation));
      expect(own.map((event) => event.start_date)).toEqual([
        { year: 2023 },
        { year: 2024, month: 2, day: 10 },
        { year: 2024, month: 9, day: 1 },
        { year: 2025, month: 3 },
      ]);
    });

    it("escapes text as HTML and serves one commitment", async () => {
      const id = ids.get("created") as string;
      const timeline = (await (
        await get(`/export/timeline.json?commitment=${id}`)
      ).json()) as Timeline;
      expect(timeline.title.text.headline).toBe(
        "Pledgewatch: Train &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;officers&quot;",
      );
      expect(timeline.events.map((event) => event.text.headline)).toEqual([
        "Announced: Train &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;officers&quot;",
        "Deadline: Train &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;officers&quot;",
      ]);
      expect(timeline.events.map((event) => event.group)).toEqual(["Training", "Training"]);
      expect(timeline.events[0]?.text.text).toContain(
        "<p>Line one\nLine two, &quot;quoted&quot;</p>",
      );
    });
  });

  describe("bad requests", () => {
    it.each([
      ["/export/commitments.csv?statuses=lost", 400, "statuses"],
      ["/export/commitments.jsonl?pair=KE", 400, "pair"],
      ["/export/status-events.csv?announcedFrom=2023-13", 400, "announcedFrom"],
      ["/export/commitments.csv?bom=maybe", 400, "bom"],
      ["/export/timeline.json?group=year", 400, "group"],
      ["/calendar/pairs/XX-KE.ics", 400, "pair"],
      ["/calendar/themes/cooking.ics", 400, "themes"],
      ["/export/timeline.json?commitment=no-such-id", 404, "commitment"],
    ])("%s → %i naming %s", async (path, status, field) => {
      const response = await get(path);
      expect(response.status).toBe(status);
      expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
      // The error shape of the REST API and the feeds; no internals.
      const body = (await response.json()) as { message: string; code: string; field: string };
      expect(body).toEqual({
        message: expect.stringContaining(
          field === "commitment" ? "No such commitment" : `Query parameter "${field}"`,
        ),
        code: status === 404 ? "NOT_FOUND" : "BAD_REQUEST",
        field,
      });
    });

    it("refuses other methods and unknown exports", async () => {
      const post = await get("/export/commitments.csv", { method: "POST" });
      expect(post.status).toBe(405);
      expect(post.headers.get("allow")).toBe("GET, HEAD");
      expect((await get("/export/commitments.xlsx")).status).toBe(404);
      const head = await get("/export/commitments.csv?countries=FR", { method: "HEAD" });
      expect(head.status).toBe(200);
      expect(head.headers.get("content-disposition")).toContain("countries-FR");
      expect(await head.text()).toBe("");
    });
  });
});
