import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  COMMITMENT_EXPORT_COLUMNS,
  STATUS_EVENT_EXPORT_COLUMNS,
  toCsvCells,
  type CommitmentExport,
} from "./export-columns.ts";

describe("export columns", () => {
  it("are documented in the README exactly as defined, in order", () => {
    const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
    const section = readme.slice(
      readme.indexOf("### Exports"),
      readme.indexOf("\n## ", readme.indexOf("### Exports")),
    );
    const documented = [...section.matchAll(/^\| `(\w+)`\s*\| (.*?)\s*\|$/gm)].map(
      ([, name, description]) => ({
        name,
        description,
      }),
    );
    expect(documented).toEqual([...COMMITMENT_EXPORT_COLUMNS, ...STATUS_EVENT_EXPORT_COLUMNS]);
  });

  it("turn a record into cells: lists joined by ;, quotes as JSON, null as empty", () => {
    const record: CommitmentExport = {
      id: "c1",
      external_id: null,
      title: "Patrol boats",
      kind: "commitment",
      parent_id: null,
      committing_country: "CN",
      counterpart_countries: ["KE", "TZ"],
      counterpart_other: null,
      direction: "unilateral",
      themes: ["equipment", "maritime-security"],
      stage: "pledge",
      status: "in_progress",
      progress: 40,
      announced_on: "2023",
      target_on: "2025-06",
      started_on: null,
      completed_on: null,
      last_event_on: "2024-02-10",
      overdue: false,
      stale: true,
      statement_id: "s1",
      statement_title: "Joint statement",
      statement_url: null,
      quotes: [{ statement_id: "s1", start: 3, end: 9, text: "boats;" }],
      description: null,
      updated_at: "2024-02-10T08:00:00.000Z",
      dashboard_url: "https://pw.example/commitments/c1",
    };
    const cells = toCsvCells(record);
    expect(Object.keys(cells)).toEqual(COMMITMENT_EXPORT_COLUMNS.map((column) => column.name));
    expect(cells).toMatchObject({
      external_id: "",
      counterpart_countries: "KE;TZ",
      themes: "equipment;maritime-security",
      progress: "40",
      overdue: "false",
      stale: "true",
      quotes: '[{"statement_id":"s1","start":3,"end":9,"text":"boats;"}]',
      statement_url: "",
    });
    expect(toCsvCells({ ...record, quotes: [], counterpart_countries: [] })).toMatchObject({
      quotes: "",
      counterpart_countries: "",
    });
  });
});
