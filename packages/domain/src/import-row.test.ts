import { describe, expect, it } from "vitest";
import { COMMITMENT_EXPORT_COLUMNS } from "./export-columns.ts";
import {
  IMPORT_COLUMNS,
  MAX_IMPORT_ROWS,
  OUTPUT_ONLY_COLUMNS,
  readImportRecords,
  toCreateInput,
  toUpdateInput,
} from "./import-row.ts";

/** Records as the CSV reader numbers them: the header is row 1. */
const records = (...lines: string[][]) => lines.map((cells, index) => ({ row: index + 1, cells }));

describe("readImportRecords", () => {
  it("skips blank rows, reports a row with the wrong number of cells and repeated ids", () => {
    const { rows, issues } = readImportRecords(
      records(
        ["External_ID ", "title"],
        ["a", "First"],
        ["", " "],
        ["b", "Too", "many"],
        ["a", "Again"],
      ),
    );
    expect(rows.map((row) => [row.row, row.externalId, row.fields.title])).toEqual([
      [2, "a", "First"],
    ]);
    expect(issues).toEqual([
      { row: 4, column: null, message: "This row has 3 cells; the header has 2." },
      { row: 5, column: "external_id", message: "Row 2 has the same external_id." },
    ]);
  });

  it("refuses a file of more than MAX_IMPORT_ROWS rows as a whole", () => {
    const tooMany = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, index) => [`r${index}`]);
    expect(readImportRecords(records(["external_id"], ...tooMany)).issues).toEqual([
      {
        row: 1,
        column: null,
        message:
          "The file has 20,001 rows; import at most 20,000 at a time: split it into several files.",
      },
    ]);
  });

  it("undoes the export's formula protection only before a formula character", () => {
    const { rows } = readImportRecords(
      records(["external_id", "title"], ["a", "'=SUM(1)"], ["b", "'Quoted'"], ["c", "'-5"]),
    );
    expect(rows.map((row) => row.fields.title)).toEqual(["=SUM(1)", "'Quoted'", "-5"]);
  });

  it("splits lists on ; or , and reads quotes from the export's JSON", () => {
    const { rows, issues } = readImportRecords(
      records(
        ["external_id", "themes", "counterpart_countries", "quotes"],
        [
          "a",
          "training; equipment",
          "KE,TZ",
          '[{"statement_id":"s1","start":0,"end":2,"text":"Hi"}]',
        ],
        ["b", "", "", "not json"],
      ),
    );
    expect(rows[0]?.fields).toEqual({
      themes: ["training", "equipment"],
      counterpartCountryIds: ["KE", "TZ"],
      quotes: [{ statementId: "s1", start: 0, end: 2, text: "Hi" }],
    });
    expect(issues).toMatchObject([{ row: 3, column: "quotes" }]);
  });

  it("keeps the export's updated_at to guard newer edits, and refuses one that is not a time", () => {
    const { rows, issues } = readImportRecords(
      records(["external_id", "updated_at"], ["a", "2024-05-01T12:00:00.000Z"], ["b", "soon"]),
    );
    expect(rows).toEqual([
      { row: 2, externalId: "a", fields: {}, exportedAt: "2024-05-01T12:00:00.000Z" },
    ]);
    expect(issues).toMatchObject([{ row: 3, column: "updated_at" }]);
  });
});

describe("row validation with the API's schemas", () => {
  const HEADER = [
    "external_id",
    "title",
    "committing_country",
    "direction",
    "stage",
    "announced_on",
  ];

  it("names the column and value of each problem", () => {
    const [row] = readImportRecords(
      records(HEADER, ["x", "", "ke", "sideways", "pledge", ""]),
    ).rows;
    const result = toCreateInput(row!);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toEqual([
      { row: 2, column: "title", message: "Give the commitment a short title" },
      {
        row: 2,
        column: "direction",
        message: '"sideways": Invalid option: expected one of "unilateral"|"mutual"',
      },
    ]);
  });

  it("clears an empty optional cell on update and leaves it out on create", () => {
    const [row] = readImportRecords(records(HEADER, ["x", "T", "ke", "mutual", "pledge", ""])).rows;
    const created = toCreateInput(row!);
    expect(created).toMatchObject({
      ok: true,
      input: { committingCountryId: "KE", externalId: "x", kind: "commitment" },
    });
    expect(created.ok && created.input).not.toHaveProperty("announcedOn");
    expect(toUpdateInput(row!, { id: "c1", version: 3 })).toMatchObject({
      ok: true,
      input: { id: "c1", version: 3, announcedOn: null },
    });
  });
});

it("decides every export column: imported, compared or output-only", () => {
  const imported = IMPORT_COLUMNS.map((column) => column.name);
  expect([...imported, ...OUTPUT_ONLY_COLUMNS].sort()).toEqual(
    COMMITMENT_EXPORT_COLUMNS.map((column) => column.name).sort(),
  );
});
