// The CSV import against the real export endpoint: export → edit in a "spreadsheet" → import →
// export again round-trips; the downloadable template imports as it is.
import { createCaller, createContextInner } from "@pledgewatch/api";
import { seedDatabase } from "@pledgewatch/db";
import { createTestDatabase, testProviders, type TestDatabase } from "@pledgewatch/db/testing";
import { IMPORT_COLUMNS, OUTPUT_ONLY_COLUMNS } from "@pledgewatch/domain";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./test-server.ts";

const ANALYST = {
  id: "import-analyst",
  email: "import@example.org",
  name: "Ian",
  role: "analyst" as const,
};

type Row = Record<string, string>;
const readCsv = (csv: string): Row[] => parse(csv, { bom: true, columns: true });
/** What the import writes of an export row: its columns but the output-only ones and updated_at. */
const importable = (row: Row): Row =>
  Object.fromEntries(
    Object.entries(row).filter(
      ([name]) => name !== "updated_at" && !OUTPUT_ONLY_COLUMNS.includes(name),
    ),
  );

describe.each(testProviders)("CSV import through the export (%s)", (provider) => {
  let database: TestDatabase;
  let server: TestServer;
  let analyst: ReturnType<typeof createCaller>;
  const download = async (path: string) => {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(200);
    // Keep a BOM as the file on disk has it (response.text() would drop it).
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    return { response, text };
  };

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await seedDatabase(database.db);
    await database.db.user.create({ data: ANALYST });
    analyst = createCaller(createContextInner({ db: database.db, user: ANALYST }));
    server = await startTestServer(database.db);
  });
  afterAll(async () => {
    server?.close();
    await database?.drop();
  });

  it("re-imports its own export unchanged, BOM and all", async () => {
    const { text } = await download("/export/commitments.csv?bom=true");
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(await analyst.import.preview({ csv: text })).toEqual({
      committed: false,
      counts: { rows: 16, create: 0, update: 0, unchanged: 16, error: 0 },
      issues: [],
      issueCount: 0,
    });
  });

  it("export → edit → import → export gives back the edited cells", async () => {
    const exported = readCsv((await download("/export/commitments.csv")).text);
    const byExternalId = (rows: Row[], externalId: string) =>
      rows.find((row) => row.external_id === externalId)!;
    const edited = exported.map((row) => ({ ...row }));
    Object.assign(byExternalId(edited, "seed:ke-cn-2023:bilateral-relations"), {
      // The export writes it as '=… against formula injection; the import reads it back.
      title: '=Deepen relations, with "all" partners',
      counterpart_countries: "CN;TZ",
      themes: "cooperation-frameworks;training",
      target_on: "2026-06",
      description: "First line\nsecond line",
      quotes: "",
    });
    Object.assign(byExternalId(edited, "seed:ke-cn-2023:training-expansion"), {
      announced_on: "2023-10-12",
      counterpart_other: "",
      stage: "agreement",
    });
    const csv = stringify(edited, {
      header: true,
      columns: Object.keys(edited[0]!),
      escape_formulas: true,
      record_delimiter: "windows",
    });
    expect(csv).toContain("'=Deepen relations");

    const result = await analyst.import.commit({ csv });
    expect(result).toMatchObject({
      committed: true,
      counts: { rows: 16, create: 0, update: 2, unchanged: 14, error: 0 },
    });

    const reexported = readCsv((await download("/export/commitments.csv")).text);
    const sortById = (rows: Row[]) => [...rows].sort((a, b) => a.id!.localeCompare(b.id!));
    // Cell for cell as the file was written (the title still carries its protective ').
    expect(sortById(reexported).map(importable)).toEqual(sortById(readCsv(csv)).map(importable));
  });

  it("serves a template whose example row imports, and notes on every column", async () => {
    const { response, text } = await download("/import/template.csv");
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toContain(
      "pledgewatch-import-template.csv",
    );
    const rows: string[][] = parse(text, { bom: true });
    expect(rows[0]).toEqual(IMPORT_COLUMNS.map((column) => column.name));
    expect(rows).toHaveLength(2);
    expect((await analyst.import.preview({ csv: text })).counts).toEqual({
      rows: 1,
      create: 1,
      update: 0,
      unchanged: 0,
      error: 0,
    });

    const notes = (await download("/import/template-readme.txt")).text;
    for (const column of IMPORT_COLUMNS) expect(notes).toContain(`${column.name}\n    `);
    expect((await fetch(`${server.url}/import/template.xlsx`)).status).toBe(404);
  });
});
