// The CSV import's template (header + one example row) and its column notes, for analysts who start
// a spreadsheet from scratch. The columns are the commitments export's own (see import-row.ts).
import type http from "node:http";
import {
  IMPORT_COLUMNS,
  IMPORT_TEMPLATE_EXAMPLE,
  MAX_IMPORT_CHARS,
  MAX_IMPORT_ROWS,
  OUTPUT_ONLY_COLUMNS,
} from "@pledgewatch/domain";
import { stringify } from "csv-stringify/sync";
import { sendError } from "./responses.ts";

export const TEMPLATE_PATH = "/import/template.csv";
export const TEMPLATE_README_PATH = "/import/template-readme.txt";

export const isImportTemplatePath = (url: string | undefined): boolean =>
  url?.startsWith("/import/template") ?? false;

const columnNames = IMPORT_COLUMNS.map((column) => column.name);

// With a BOM, Excel reads the file as UTF-8; the import ignores it.
const TEMPLATE = stringify([IMPORT_TEMPLATE_EXAMPLE], {
  header: true,
  columns: columnNames,
  bom: true,
  record_delimiter: "windows",
});

const README = [
  "Pledgewatch CSV import: the columns of template.csv",
  "",
  "One row per commitment. A row whose external_id Pledgewatch already has updates that",
  "commitment; any other row creates one. Every row is checked first; if any row has a problem,",
  "nothing is written. A column you leave out is left as it is; an empty cell clears the field.",
  `At most ${(MAX_IMPORT_CHARS / 1_000_000).toFixed(0)} MB and ${MAX_IMPORT_ROWS.toLocaleString("en")} rows per file. UTF-8, comma-separated, first row = column names.`,
  "",
  ...IMPORT_COLUMNS.map((column) => `${column.name}\n    ${column.description}\n`),
  "A commitments export (commitments.csv) imports as it is. Its other columns are read and",
  `ignored: ${OUTPUT_ONLY_COLUMNS.join(", ")}. Status changes are recorded on the commitment's page.`,
  "",
].join("\n");

/** Serves GET/HEAD of the template and its notes. */
export function serveImportTemplate(req: http.IncomingMessage, res: http.ServerResponse): void {
  const { pathname } = new URL(req.url ?? "/", "http://localhost");
  const file =
    pathname === TEMPLATE_PATH
      ? {
          body: TEMPLATE,
          type: "text/csv; charset=utf-8; header=present",
          name: "pledgewatch-import-template.csv",
        }
      : pathname === TEMPLATE_README_PATH
        ? {
            body: README,
            type: "text/plain; charset=utf-8",
            name: "pledgewatch-import-columns.txt",
          }
        : undefined;
  if (!file) return sendError(res, 404, { message: "No such file.", code: "NOT_FOUND" });
  if (req.method !== "GET" && req.method !== "HEAD") {
    return sendError(
      res,
      405,
      { message: "Read it with GET.", code: "METHOD_NOT_SUPPORTED" },
      { allow: "GET, HEAD" },
    );
  }
  res.writeHead(200, {
    "content-type": file.type,
    "content-disposition": `attachment; filename="${file.name}"`,
  });
  res.end(req.method === "HEAD" ? undefined : file.body);
}
