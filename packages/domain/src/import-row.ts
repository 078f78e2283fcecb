import { z } from "zod";
import {
  COMMITMENT_EXPORT_COLUMNS,
  type CommitmentExport,
  type ExportColumn,
} from "./export-columns.ts";
import {
  commitmentCreateSchema,
  commitmentUpdateSchema,
  type CommitmentCreate,
  type CommitmentUpdate,
} from "./inputs.ts";

/**
 * The CSV import reads the commitments CSV export's own columns (export-columns.ts), so an export
 * re-imports unchanged. This file is the parse direction: cells → the API's commitment inputs,
 * validated by the same zod schemas, with every problem named by spreadsheet row and column.
 */

/** The CSV travels as a string in one request; beyond this it is refused with a clear message. */
export const MAX_IMPORT_CHARS = 10_000_000;
/**
 * Rows per file: every row is written in one transaction, at a few hundred rows a second on a
 * busy server, so a larger file would hold the database for minutes.
 */
export const MAX_IMPORT_ROWS = 20_000;
/** At most this many problems travel back; the rest are counted. */
export const MAX_REPORTED_ISSUES = 200;

export const importFileInputSchema = z.object({
  csv: z
    .string()
    .min(1, "The file is empty.")
    .max(
      MAX_IMPORT_CHARS,
      "The file is larger than 10 MB. Split it into several files and import them one by one.",
    ),
});
export type ImportFileInput = z.infer<typeof importFileInputSchema>;

/** One problem: the row number as a spreadsheet shows it (the header is row 1) and the column. */
export interface ImportIssue {
  row: number;
  column: string | null;
  message: string;
}

export interface ImportCounts {
  /** Data rows read (blank rows are skipped). */
  rows: number;
  create: number;
  update: number;
  unchanged: number;
  /** Rows with at least one problem. */
  error: number;
}

/** What `import.preview` and `import.commit` answer. */
export interface ImportReport {
  /** True only when every row was written, in one transaction. */
  committed: boolean;
  counts: ImportCounts;
  /** The first MAX_REPORTED_ISSUES problems, in row order. */
  issues: ImportIssue[];
  issueCount: number;
}

/** The commitment fields a CSV row may set; `null` means the cell was empty (clear the field). */
export interface ImportedFields {
  title?: string;
  description?: string | null;
  kind?: string;
  parentId?: string | null;
  committingCountryId?: string;
  counterpartCountryIds?: string[];
  counterpartOther?: string | null;
  direction?: string;
  stage?: string;
  themes?: string[];
  announcedOn?: string | null;
  targetOn?: string | null;
  quotes?: { statementId: unknown; start: unknown; end: unknown; text: unknown }[];
}
type ImportedField = keyof ImportedFields;

/** A data row read from the file: only the columns the file has are set. */
export interface ImportRow {
  row: number;
  externalId: string;
  fields: ImportedFields;
  /** The export's updated_at: the row was read from Pledgewatch at this time (ISO 8601). */
  exportedAt?: string;
}

interface ImportedColumn {
  field: ImportedField;
  /** How the import reads the cell, after the export's own description. */
  note: string;
  read(cell: string): ImportedFields[ImportedField];
}

const OUTPUT_ONLY = "output-only";
/** updated_at guards against overwriting newer edits with an older export. */
const COMPARED = "compared";

const text = (cell: string) => cell;
const clearable = (cell: string) => (cell.trim() === "" ? null : cell);
// The export joins codes with ";"; a spreadsheet user may well type commas.
const codeList = (cell: string) =>
  cell
    .split(/[;,]/)
    .map((code) => code.trim())
    .filter((code) => code !== "");

/** Every export column, imported or explicitly output-only: a new export column needs a decision. */
const IMPORT_DIRECTIONS: Record<
  Exclude<keyof CommitmentExport, "external_id">,
  ImportedColumn | typeof OUTPUT_ONLY | typeof COMPARED
> = {
  id: OUTPUT_ONLY,
  title: { field: "title", note: "Required.", read: text },
  kind: {
    field: "kind",
    note: "Empty means `commitment`.",
    read: (cell) => (cell.trim() === "" ? "commitment" : cell.trim()),
  },
  parent_id: {
    field: "parentId",
    note: "The Pledgewatch id of an initiative that already exists; empty for none.",
    read: clearable,
  },
  committing_country: { field: "committingCountryId", note: "Required.", read: text },
  counterpart_countries: {
    field: "counterpartCountryIds",
    note: "Commas are accepted too. Empty for none.",
    read: codeList,
  },
  counterpart_other: { field: "counterpartOther", note: "", read: clearable },
  direction: { field: "direction", note: "Required.", read: text },
  themes: { field: "themes", note: "Commas are accepted too. Empty for none.", read: codeList },
  stage: { field: "stage", note: "Required.", read: text },
  status: OUTPUT_ONLY,
  progress: OUTPUT_ONLY,
  announced_on: { field: "announcedOn", note: "", read: clearable },
  target_on: { field: "targetOn", note: "", read: clearable },
  started_on: OUTPUT_ONLY,
  completed_on: OUTPUT_ONLY,
  last_event_on: OUTPUT_ONLY,
  overdue: OUTPUT_ONLY,
  stale: OUTPUT_ONLY,
  statement_id: OUTPUT_ONLY,
  statement_title: OUTPUT_ONLY,
  statement_url: OUTPUT_ONLY,
  quotes: {
    field: "quotes",
    note: "Each quote's statement must already be logged and its text must match the statement at those offsets.",
    read: readQuotes,
  },
  description: { field: "description", note: "", read: clearable },
  updated_at: COMPARED,
  dashboard_url: OUTPUT_ONLY,
};

const EXTERNAL_ID = "external_id";

/** The columns the import reads, in export order, described for the template and the import page. */
export const IMPORT_COLUMNS: readonly ExportColumn[] = COMMITMENT_EXPORT_COLUMNS.flatMap(
  ({ name, description }) => {
    if (name === EXTERNAL_ID) {
      return [
        {
          name,
          description:
            "Required: your own id for the row. A row whose external_id Pledgewatch already has updates that commitment; otherwise it creates one.",
        },
      ];
    }
    const direction = IMPORT_DIRECTIONS[name as keyof typeof IMPORT_DIRECTIONS];
    if (direction === OUTPUT_ONLY) return [];
    if (direction === COMPARED) {
      return [
        {
          name,
          description:
            "Optional, as the export writes it: a row that would change a commitment edited in Pledgewatch after this time is refused, so an old export cannot undo newer edits. Empty or absent: the row updates the current version.",
        },
      ];
    }
    return [{ name, description: `${description} ${direction.note}`.trim() }];
  },
);

/** Export columns the import accepts and ignores (they are computed, or kept by status changes). */
export const OUTPUT_ONLY_COLUMNS: readonly string[] = Object.entries(IMPORT_DIRECTIONS)
  .filter(([, direction]) => direction === OUTPUT_ONLY)
  .map(([name]) => name);

/** The template's example row: it imports as it is. */
export const IMPORT_TEMPLATE_EXAMPLE: Record<string, string> = {
  external_id: "my-sheet-0001",
  title: "Train 200 coast guard officers",
  kind: "commitment",
  parent_id: "",
  committing_country: "KE",
  counterpart_countries: "CN;TZ",
  counterpart_other: "",
  direction: "unilateral",
  themes: "maritime-security;training",
  stage: "pledge",
  announced_on: "2023-10",
  target_on: "2025",
  quotes: "",
  description: "Kenya's navy trains the officers at Mtongwe; China provides instructors.",
};

/** The export neutralises formulas with a leading `'` (csv-stringify's escape_formulas): undo it. */
const ESCAPED_FORMULA = /^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const unescapeFormula = (cell: string) => (ESCAPED_FORMULA.test(cell) ? cell.slice(1) : cell);

class CellError extends Error {}

function readQuotes(cell: string): ImportedFields["quotes"] {
  if (cell.trim() === "") return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(cell);
  } catch {
    throw new CellError(
      'Write quotes as the export does: a JSON array of {"statement_id","start","end","text"}.',
    );
  }
  if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === "object" && item)) {
    throw new CellError('Quotes must be a JSON array of {"statement_id","start","end","text"}.');
  }
  return parsed.map((quote: Record<string, unknown>) => ({
    statementId: quote.statement_id,
    start: quote.start,
    end: quote.end,
    text: quote.text,
  }));
}

const columnOfField = new Map<string, string>(
  Object.entries(IMPORT_DIRECTIONS).flatMap(([name, direction]) =>
    typeof direction === "string" ? [] : [[direction.field, name]],
  ),
);
columnOfField.set("externalId", EXTERNAL_ID);

/** A record of the CSV file and its row number as a spreadsheet shows it (the header is row 1). */
export interface ImportRecord {
  row: number;
  cells: string[];
}

/** Checks the header and reads each non-blank data record into an ImportRow, collecting problems. */
export function readImportRecords(records: ImportRecord[]): {
  rows: ImportRow[];
  issues: ImportIssue[];
} {
  const [header, ...data] = records;
  if (!header)
    return { rows: [], issues: [{ row: 1, column: null, message: "The file is empty." }] };

  if (data.length > MAX_IMPORT_ROWS) {
    const message = `The file has ${data.length.toLocaleString("en")} rows; import at most ${MAX_IMPORT_ROWS.toLocaleString("en")} at a time: split it into several files.`;
    return { rows: [], issues: [{ row: 1, column: null, message }] };
  }
  const names = header.cells.map((name) => name.trim().toLowerCase());
  const issues = headerIssues(names);
  if (issues.length > 0) return { rows: [], issues };

  const rows: ImportRow[] = [];
  const rowOfExternalId = new Map<string, number>();
  for (const { row, cells } of data) {
    if (cells.every((cell) => cell.trim() === "")) continue;
    if (cells.length !== names.length) {
      issues.push({
        row,
        column: null,
        message: `This row has ${cells.length} cells; the header has ${names.length}.`,
      });
      continue;
    }
    const read = readRow(row, names, cells.map(unescapeFormula));
    issues.push(...read.issues);
    if (read.issues.length > 0) continue;
    const earlier = rowOfExternalId.get(read.row.externalId);
    if (earlier !== undefined) {
      issues.push({
        row,
        column: EXTERNAL_ID,
        message: `Row ${earlier} has the same external_id.`,
      });
      continue;
    }
    rowOfExternalId.set(read.row.externalId, row);
    rows.push(read.row);
  }
  return { rows, issues };
}

function headerIssues(names: string[]): ImportIssue[] {
  const known = new Set([EXTERNAL_ID, ...Object.keys(IMPORT_DIRECTIONS)]);
  const issues: ImportIssue[] = names.flatMap((name, index) => {
    if (!known.has(name)) {
      return [
        {
          row: 1,
          column: name || null,
          message: `Unknown column "${name}" (column ${index + 1}); the template lists the columns.`,
        },
      ];
    }
    return names.indexOf(name) === index
      ? []
      : [{ row: 1, column: name, message: `The column ${name} appears twice.` }];
  });
  if (!names.includes(EXTERNAL_ID)) {
    issues.push({
      row: 1,
      column: EXTERNAL_ID,
      message: "The file needs an external_id column: the import matches rows on it.",
    });
  }
  return issues;
}

function readRow(row: number, names: string[], cells: string[]) {
  const issues: ImportIssue[] = [];
  const fields: ImportedFields = {};
  let externalId = "";
  let exportedAt: string | undefined;
  names.forEach((name, index) => {
    const cell = cells[index] ?? "";
    if (name === EXTERNAL_ID) {
      externalId = cell.trim();
      if (externalId === "") {
        issues.push({ row, column: name, message: "Give every row an external_id." });
      }
      return;
    }
    const direction = IMPORT_DIRECTIONS[name as keyof typeof IMPORT_DIRECTIONS];
    if (direction === OUTPUT_ONLY) return;
    if (direction === COMPARED) {
      if (cell.trim() === "") return;
      exportedAt = cell.trim();
      if (Number.isNaN(Date.parse(exportedAt))) {
        issues.push({
          row,
          column: name,
          message:
            "Use the export's date-time, such as 2024-05-01T12:00:00.000Z, or leave it empty.",
        });
      }
      return;
    }
    try {
      Object.assign(fields, { [direction.field]: direction.read(cell) });
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      issues.push({ row, column: name, message: error.message });
    }
  });
  return { row: { row, externalId, fields, exportedAt }, issues };
}

type Validated<T> = { ok: true; input: T } | { ok: false; issues: ImportIssue[] };

/** A new commitment from a row, validated by the API's create schema (empty cells are left out). */
export function toCreateInput(row: ImportRow): Validated<CommitmentCreate> {
  const given = Object.fromEntries(
    Object.entries(row.fields).filter(([, value]) => value !== null),
  );
  return validated(row, commitmentCreateSchema, { ...given, externalId: row.externalId });
}

/** An update of the current version from a row, validated by the API's update schema. */
export function toUpdateInput(
  row: ImportRow,
  current: { id: string; version: number },
): Validated<CommitmentUpdate> {
  return validated(row, commitmentUpdateSchema, {
    ...row.fields,
    id: current.id,
    version: current.version,
  });
}

function validated<T>(row: ImportRow, schema: z.ZodType<T>, value: Record<string, unknown>) {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true as const, input: result.data };
  return {
    ok: false as const,
    issues: result.error.issues.map((issue) => toImportIssue(row, issue, value)),
  };
}

/** Names the column, and the offending item of a list: `"XX": Use an ISO 3166-1 … code`. */
function toImportIssue(
  row: ImportRow,
  issue: z.core.$ZodIssue,
  value: Record<string, unknown>,
): ImportIssue {
  const [field, index, part] = issue.path;
  const column = columnOfField.get(String(field)) ?? null;
  const given = value[String(field)];
  let message = issue.message;
  if (given === undefined && issue.code === "invalid_type") {
    message = "Required: this column is missing or its cell is empty.";
  } else if (field === "quotes" && typeof index === "number") {
    message = `Quote ${index + 1}${part === undefined ? "" : `, ${String(part)}`}: ${issue.message}`;
  } else if (Array.isArray(given) && typeof index === "number") {
    message = `"${String(given[index])}": ${issue.message}`;
  } else if (typeof given === "string" && given.trim() !== "") {
    message = `"${given.trim()}": ${issue.message}`;
  }
  return { row: row.row, column, message };
}

/** The column a field of the commitment inputs comes from, for errors raised while writing. */
export const importColumnOf = (field: string | undefined): string | null =>
  field === undefined ? null : (columnOfField.get(field.split(".")[0] ?? "") ?? null);
