// Exports for researchers and newsrooms: CSV, status-history CSV, JSON Lines, JSON, TimelineJS and
// iCalendar, each for any view in the dashboard's own URL format, streamed from keyset batches.
import { createReadStream } from "node:fs";
import type http from "node:http";
import { Readable, type Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import {
  exportCommitments,
  exportCommitmentsWithHistory,
  getCommitment,
  toCommitmentExport,
  toStatusEventExports,
  type Db,
  type ExportedCommitment,
  type ExportedCommitmentWithHistory,
} from "@pledgewatch/db";
import {
  AppError,
  COMMITMENT_EXPORT_COLUMNS,
  listCountries,
  parseCommitmentViewStrictly,
  parseExportOptions,
  serialiseCommitmentView,
  STATUS_EVENT_EXPORT_COLUMNS,
  THEMES,
  toCsvCells,
  type CommitmentView,
  type ExportColumn,
  type ExportOptions,
} from "@pledgewatch/domain";
import { stringify } from "csv-stringify";
import { calendarChunks } from "../exports/calendar.ts";
import { jsonDocument, jsonLines } from "../exports/json-document.ts";
import { timelineSlides, timelineTitle } from "../exports/timeline.ts";
import { sendError, sendUnexpectedError } from "./responses.ts";

export interface ExportDeps {
  db: Db;
  /** The address users open: links in the exports point there. */
  publicOrigin: string;
}

/** Where the JSON Schema of the JSON exports is served, so their `$schema` resolves. */
const SCHEMA_PATH = "/export/commitment-export.schema.json";
const SCHEMA_FILE = fileURLToPath(
  new URL("../../../../docs/schemas/commitment-export.schema.json", import.meta.url),
);

/** One export request, validated. */
interface ExportContext {
  deps: ExportDeps;
  view: CommitmentView;
  options: ExportOptions;
  /** The request's path and query: a calendar's subscription address. */
  requestUrl: URL;
  /** What the export is about, for titles: a commitment's title, a pair, themes or countries. */
  subject: string;
  rows(withDeadline?: boolean): AsyncGenerator<ExportedCommitment>;
  /** The rows with their status histories, for the formats that show them. */
  rowsWithHistory(): AsyncGenerator<ExportedCommitmentWithHistory>;
  pageUrl(commitmentId: string): string;
  viewUrl: string;
}

/** What a format writes: a source of chunks (or of records, with the transform that writes them). */
interface ExportBody {
  source: AsyncIterable<unknown>;
  through?: Transform;
}

interface ExportRoute {
  path: RegExp;
  /** The view parameter the path's captured segment supplies (/calendar/pairs/CN-KE.ics). */
  pathParam?: "pair" | "themes";
  fileName: string;
  extension: string;
  contentType: string;
  body(context: ExportContext): ExportBody;
}

function csvBody(
  columns: readonly ExportColumn[],
  records: AsyncIterable<Parameters<typeof toCsvCells>[0]>,
  options: ExportOptions,
): ExportBody {
  async function* cells() {
    for await (const record of records) yield toCsvCells(record);
  }
  return {
    source: cells(),
    // RFC 4180 with CRLF; cells starting with = + - @ tab or CR get a leading ' (formula injection).
    through: stringify({
      header: true,
      columns: columns.map((column) => ({ key: column.name })),
      bom: options.bom,
      escape_formulas: true,
      record_delimiter: "windows",
    }),
  };
}

async function* commitmentRecords(context: ExportContext) {
  for await (const row of context.rows()) yield toCommitmentExport(row, context.pageUrl(row.id));
}

async function* statusEventRecords(context: ExportContext) {
  for await (const row of context.rowsWithHistory()) yield* toStatusEventExports(row);
}

async function* timelineEvents(context: ExportContext) {
  for await (const row of context.rowsWithHistory()) {
    yield* timelineSlides(row, context.options.group, context.pageUrl(row.id));
  }
}

const CALENDAR_TYPE = "text/calendar; charset=utf-8";

function calendarBody(context: ExportContext): ExportBody {
  const { deps, requestUrl, subject } = context;
  return {
    source: calendarChunks(context.rows(true), {
      name: `Pledgewatch deadlines: ${subject}`,
      url: `${deps.publicOrigin}${requestUrl.pathname}${requestUrl.search}`,
      uidDomain: new URL(deps.publicOrigin).host,
      pageUrl: context.pageUrl,
    }),
  };
}

const ROUTES: ExportRoute[] = [
  {
    path: /^\/export\/commitments\.csv$/,
    fileName: "pledgewatch-commitments",
    extension: "csv",
    contentType: "text/csv; charset=utf-8; header=present",
    body: (context) =>
      csvBody(COMMITMENT_EXPORT_COLUMNS, commitmentRecords(context), context.options),
  },
  {
    path: /^\/export\/status-events\.csv$/,
    fileName: "pledgewatch-status-events",
    extension: "csv",
    contentType: "text/csv; charset=utf-8; header=present",
    body: (context) =>
      csvBody(STATUS_EVENT_EXPORT_COLUMNS, statusEventRecords(context), context.options),
  },
  {
    path: /^\/export\/commitments\.jsonl$/,
    fileName: "pledgewatch-commitments",
    extension: "jsonl",
    contentType: "application/x-ndjson; charset=utf-8",
    body: (context) => ({ source: jsonLines(commitmentRecords(context)) }),
  },
  {
    path: /^\/export\/commitments\.json$/,
    fileName: "pledgewatch-commitments",
    extension: "json",
    contentType: "application/json; charset=utf-8",
    body: (context) => {
      const { deps, view, options } = context;
      const head = {
        $schema: `${deps.publicOrigin}${SCHEMA_PATH}`,
        exported_at: new Date().toISOString(),
        view_url: context.viewUrl,
        filter: { ...view, ...(options.commitment ? { commitment: options.commitment } : {}) },
      };
      return { source: jsonDocument(head, "commitments", commitmentRecords(context)) };
    },
  },
  {
    path: /^\/export\/timeline\.json$/,
    fileName: "pledgewatch-timeline",
    extension: "json",
    contentType: "application/json; charset=utf-8",
    body: (context) => {
      const title = timelineTitle(`Pledgewatch: ${context.subject}`, context.viewUrl);
      return { source: jsonDocument({ title }, "events", timelineEvents(context)) };
    },
  },
  {
    path: /^\/calendar\/commitments\.ics$/,
    fileName: "pledgewatch-deadlines",
    extension: "ics",
    contentType: CALENDAR_TYPE,
    body: calendarBody,
  },
  {
    path: /^\/calendar\/pairs\/([^/]+)\.ics$/,
    pathParam: "pair",
    fileName: "pledgewatch-deadlines",
    extension: "ics",
    contentType: CALENDAR_TYPE,
    body: calendarBody,
  },
  {
    path: /^\/calendar\/themes\/([^/]+)\.ics$/,
    pathParam: "themes",
    fileName: "pledgewatch-deadlines",
    extension: "ics",
    contentType: CALENDAR_TYPE,
    body: calendarBody,
  },
];

export const isExportPath = (url: string | undefined): boolean =>
  url !== undefined && (url.startsWith("/export/") || url.startsWith("/calendar/"));

/** Serves GET/HEAD of /export/* and /calendar/*; a bad parameter is a 400 naming it. */
export async function serveExport(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  deps: ExportDeps,
): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    const error = { message: "Exports are read with GET.", code: "METHOD_NOT_SUPPORTED" };
    return sendError(res, 405, error, { allow: "GET, HEAD" });
  }
  const requestUrl = new URL(req.url ?? "/", "http://localhost");
  if (requestUrl.pathname === SCHEMA_PATH) {
    res.writeHead(200, {
      "content-type": "application/schema+json; charset=utf-8",
      "access-control-allow-origin": "*",
    });
    if (req.method === "HEAD") return void res.end();
    return pipeline(createReadStream(SCHEMA_FILE), res).catch((error: unknown) =>
      abandon(res, error),
    );
  }
  const route = ROUTES.find((candidate) => candidate.path.test(requestUrl.pathname));
  if (!route) return sendError(res, 404, { message: "No such export.", code: "NOT_FOUND" });

  let context: ExportContext;
  let body: ExportBody;
  try {
    context = await exportContext(deps, route, requestUrl);
    // Only sets up the generators: nothing is read before the client gets the headers.
    body = route.body(context);
  } catch (error) {
    if (!(error instanceof AppError)) return sendUnexpectedError(res, "Export", error);
    const [status, code] = error.code === "NOT_FOUND" ? [404, "NOT_FOUND"] : [400, "BAD_REQUEST"];
    return sendError(res, status, {
      message: error.message,
      code,
      ...(error.field ? { field: error.field } : {}),
    });
  }
  res.writeHead(200, {
    "content-type": route.contentType,
    "content-disposition": `attachment; filename="${fileName(route, context)}"`,
    "x-content-type-options": "nosniff",
    // Public data: a newsroom's page may load a timeline or calendar from its own origin.
    "access-control-allow-origin": "*",
  });
  if (req.method === "HEAD") return void res.end();
  const { source, through } = body;
  const streaming = through
    ? pipeline(Readable.from(source), through, res)
    : pipeline(Readable.from(source), res);
  await streaming.catch((error: unknown) => abandon(res, error));
}

async function exportContext(
  deps: ExportDeps,
  route: ExportRoute,
  requestUrl: URL,
): Promise<ExportContext> {
  const params = new URLSearchParams(requestUrl.search);
  const segment = route.pathParam && route.path.exec(requestUrl.pathname)?.[1];
  // Codes and slugs are plain ASCII: an encoded segment simply fails validation.
  if (route.pathParam && segment) params.set(route.pathParam, segment);
  const view = parseCommitmentViewStrictly(params);
  const options = parseExportOptions(params);
  const commitmentTitle = options.commitment
    ? await commitmentTitleOf(deps.db, options.commitment)
    : undefined;
  const query = serialiseCommitmentView(view).toString();
  return {
    deps,
    view,
    options,
    requestUrl,
    subject: commitmentTitle ?? describeView(view),
    rows: (withDeadline = false) =>
      exportCommitments(deps.db, { view, commitmentId: options.commitment, withDeadline }),
    rowsWithHistory: () =>
      exportCommitmentsWithHistory(deps.db, { view, commitmentId: options.commitment }),
    pageUrl: (id) => `${deps.publicOrigin}/commitments/${encodeURIComponent(id)}`,
    viewUrl: `${deps.publicOrigin}/commitments${query ? `?${query}` : ""}`,
  };
}

async function commitmentTitleOf(db: Db, id: string): Promise<string> {
  try {
    return (await getCommitment(db, id)).title;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") {
      throw new AppError("NOT_FOUND", "No such commitment.", "commitment");
    }
    throw error;
  }
}

let countryNames: Map<string, string> | undefined;
const countryName = (code: string): string =>
  (countryNames ??= new Map(listCountries().map(({ id, name }) => [id, name]))).get(code) ?? code;
const themeName = (slug: string): string =>
  THEMES.find((theme) => theme.slug === slug)?.name ?? slug;

/** A title for the view: its pair, themes or countries, else all commitments. */
function describeView(view: CommitmentView): string {
  if (view.pair) return view.pair.map(countryName).join(" – ");
  if (view.themes?.length) return view.themes.map(themeName).join(", ");
  if (view.countries?.length) return view.countries.map(countryName).join(", ");
  return "all commitments";
}

/** The file name names the view: pledgewatch-commitments_countries-KE_statuses-stalled.csv. */
function fileName(route: ExportRoute, context: ExportContext): string {
  const parts = [...serialiseCommitmentView(context.view)].map(([key, value]) => `${key}-${value}`);
  if (context.options.commitment) parts.unshift(`commitment-${context.options.commitment}`);
  const name = [route.fileName, ...parts]
    .join("_")
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .slice(0, 150);
  return `${name}.${route.extension}`;
}

/** The response already started: a failure can only cut it short, so the client sees an error. */
function abandon(res: http.ServerResponse, error: unknown): void {
  const clientLeft = (error as NodeJS.ErrnoException).code === "ERR_STREAM_PREMATURE_CLOSE";
  if (!clientLeft) console.error("Export failed:", error instanceof Error ? error.message : error);
  res.destroy();
}
