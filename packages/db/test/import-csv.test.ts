import { describe, expect, it } from "vitest";
import { readCsvRecords } from "../src/import.ts";

describe("readCsvRecords", () => {
  it("numbers records as a spreadsheet numbers rows, past a BOM and a multi-line cell", () => {
    const csv = '\uFEFFexternal_id,description\r\na,"two\r\nlines"\r\n\r\nb,x';
    expect(readCsvRecords(csv)).toEqual([
      { row: 1, cells: ["external_id", "description"] },
      { row: 2, cells: ["a", "two\r\nlines"] },
      { row: 3, cells: [""] },
      { row: 4, cells: ["b", "x"] },
    ]);
  });

  it("keeps the row after a stray quote (csv-parse would drop it without relax_quotes)", () => {
    expect(readCsvRecords('external_id,title\na,Say "hi" now\nb,Next')).toEqual([
      { row: 1, cells: ["external_id", "title"] },
      { row: 2, cells: ["a", 'Say "hi" now'] },
      { row: 3, cells: ["b", "Next"] },
    ]);
  });

  it("reports a quote left open as a problem of the file", () => {
    expect(readCsvRecords('external_id,title\na,"open\nb,Next')).toEqual({
      row: 1,
      column: null,
      message: expect.stringMatching(
        /^The file is not valid CSV \(near line 3 of the file\): Quote Not Closed/,
      ),
    });
  });
});
