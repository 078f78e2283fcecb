// CSV export of the whole dataset over HTTP from the real server process, against Debian's sqlite3
// (and psql's \copy) writing the same columns and rows as CSV from the same database.
import { spawn } from "node:child_process";
import { copyFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { startServerProcess, type ServerProcess } from "@pledgewatch/server/testing";
import type { BenchContext, BenchResult, BenchSuite } from "../context.ts";
import { formatCount, formatRatio, judged, median } from "../measure.ts";

const SUITE = "CSV export";
const RATIO_TARGET = 0.5;
const RSS_TARGET_MB = 250;

/** Columns the import suite rewrites so that its rows are new ones. */
export interface ReferenceSqlOptions {
  externalId?: string;
  updatedAt?: string;
  limit?: number;
}

/**
 * The export's columns (under the export's names) and rows (the default view: not deleted, latest
 * change first) in hand-written SQL for Debian's sqlite3 or psql.
 */
export function referenceSql(
  provider: "sqlite" | "postgres",
  { externalId = `c."externalId"`, updatedAt = `c."updatedAt"`, limit }: ReferenceSqlOptions = {},
): string {
  // Lists sorted inside the aggregate: PostgreSQL orders in the call, Debian's sqlite3 (3.40)
  // only through an ordered subquery.
  const sortedList = (column: string, table: string) =>
    provider === "postgres"
      ? `(SELECT string_agg("${column}", ';' ORDER BY "${column}") FROM "${table}" WHERE "commitmentId" = c."id")`
      : `(SELECT group_concat("${column}", ';') FROM (SELECT "${column}" FROM "${table}" WHERE "commitmentId" = c."id" ORDER BY "${column}"))`;
  const quotes =
    provider === "postgres"
      ? `(SELECT json_agg(json_build_object('statement_id', q."statementId", 'start', q."start", 'end', q."end", 'text', q."text") ORDER BY q."statementId", q."start") FROM "Quote" q WHERE q."commitmentId" = c."id")`
      : `(SELECT json_group_array(json_object('statement_id', "statementId", 'start', "start", 'end', "end", 'text', "text")) FROM (SELECT * FROM "Quote" WHERE "commitmentId" = c."id" ORDER BY "statementId", "start"))`;
  const today = provider === "postgres" ? "to_char(current_date, 'YYYY-MM-DD')" : "date('now')";
  const yearAgo =
    provider === "postgres"
      ? "to_char(current_date - 365, 'YYYY-MM-DD')"
      : "date('now', '-365 days')";
  const open = `c."status" NOT IN ('fulfilled', 'broken')`;
  return `SELECT c."id" AS id, ${externalId} AS external_id, c."title" AS title, c."kind" AS kind,
  c."parentId" AS parent_id, c."committingCountryId" AS committing_country,
  ${sortedList("countryId", "CommitmentCounterpart")} AS counterpart_countries,
  c."counterpartOther" AS counterpart_other, c."direction" AS direction,
  ${sortedList("themeSlug", "CommitmentTheme")} AS themes, c."stage" AS stage,
  c."status" AS status, c."progress" AS progress, c."announcedOn" AS announced_on,
  c."targetOn" AS target_on, c."startedOn" AS started_on, c."completedOn" AS completed_on,
  c."lastEventOn" AS last_event_on,
  CASE WHEN ${open} AND c."targetOn" < ${today} THEN 'true' ELSE 'false' END AS overdue,
  CASE WHEN ${open} AND COALESCE(c."lastEventOn", c."announcedOn") < ${yearAgo} THEN 'true' ELSE 'false' END AS stale,
  s."id" AS statement_id, s."title" AS statement_title, s."url" AS statement_url,
  ${quotes} AS quotes, c."description" AS description, ${updatedAt} AS updated_at,
  'http://localhost/commitments/' || c."id" AS dashboard_url
FROM "Commitment" c
LEFT JOIN "Statement" s ON s."id" = (SELECT "statementId" FROM "Quote" WHERE "commitmentId" = c."id" ORDER BY "statementId", "start" LIMIT 1)
WHERE c."deletedAt" IS NULL
ORDER BY c."updatedAt" DESC, c."id"${limit === undefined ? "" : ` LIMIT ${limit}`}`;
}

/** Runs a CSV-writing command, reading its output as a client would; resolves with its output. */
export function runCommand(command: string, args: string[], input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["pipe", "pipe", "inherit"] });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0
        ? resolve(Buffer.concat(chunks))
        : reject(new Error(`${command} exited with ${code}`)),
    );
    child.stdin.end(input);
  });
}

/** Downloads `url` to nowhere; resolves with the bytes received. */
function download(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (response) => {
        if (response.statusCode !== 200) {
          response.resume();
          return reject(new Error(`GET ${url}: ${response.statusCode}`));
        }
        let bytes = 0;
        response.on("data", (chunk: Buffer) => (bytes += chunk.length));
        response.on("end", () => resolve(bytes));
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

/** Median wall time of `runs` calls (after one warm-up), with the byte count of the last. */
async function timed(work: () => Promise<number>, runs: number) {
  await work();
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    bytes = await work();
    times.push(performance.now() - start);
  }
  return { ms: median(times), bytes };
}

const rowsPerSecond = (rows: number, ms: number) => (rows * 1000) / ms;
const formatRate = (rate: number) => `${formatCount(Math.round(rate))} rows/s`;
const mb = (bytes: number) => bytes / 2 ** 20;

async function measureExport(
  context: BenchContext,
  label: string,
  databaseUrl: string,
  rows: number,
  reference: (() => Promise<number>) | undefined,
  referenceName: string,
): Promise<BenchResult[]> {
  const runs = context.quick ? 1 : 3;
  let server: ServerProcess | undefined;
  try {
    server = await startServerProcess(
      { DATABASE_URL: databaseUrl, WEB_DIST: "/nonexistent" },
      { compiled: true },
    );
    const url = `${server.url}/export/commitments.csv`;
    context.log(
      `  ${label}: downloading ${formatCount(rows)} commitments as CSV (${runs}× + warm-up)…`,
    );
    const ours = await timed(() => download(url), runs);
    const peakRss = mb(server.peakRssBytes());
    const rate = rowsPerSecond(rows, ours.ms);
    const results: BenchResult[] = [];
    if (reference) {
      context.log(`  ${label}: ${referenceName} on the same query…`);
      const theirs = await timed(reference, runs);
      const ratio = rate / rowsPerSecond(rows, theirs.ms);
      results.push({
        suite: SUITE,
        name: `${label}: /export/commitments.csv throughput vs ${referenceName}`,
        value: `${formatRatio(ratio)} (${formatRate(rate)})`,
        baseline: `${formatRate(rowsPerSecond(rows, theirs.ms))} (${referenceName})`,
        target: `≥ ${RATIO_TARGET}×`,
        met: judged(context.quick, ratio >= RATIO_TARGET),
        note: `${formatCount(rows)} rows, ${mb(ours.bytes).toFixed(1)} MB (reference ${mb(theirs.bytes).toFixed(1)} MB); median of ${runs}`,
      });
    } else {
      results.push({
        suite: SUITE,
        name: `${label}: /export/commitments.csv throughput`,
        value: formatRate(rate),
        target: "—",
        met: null,
        note: `${referenceName} not found: no reference`,
      });
    }
    results.push({
      suite: SUITE,
      name: `${label}: server peak RSS during the export`,
      value: `${peakRss.toFixed(0)} MB`,
      target: `< ${RSS_TARGET_MB} MB`,
      met: judged(context.quick, peakRss < RSS_TARGET_MB),
      note: "VmHWM of the server process, from start-up to the end of the downloads",
    });
    return results;
  } finally {
    await server?.stop();
  }
}

async function commandExists(command: string): Promise<boolean> {
  return runCommand(command, ["--version"]).then(
    () => true,
    () => false,
  );
}

export const exportSuite: BenchSuite = {
  name: "export",
  async run(context) {
    // The server migrates and seeds its database at start-up: give it a copy, never the shared file.
    const copy = path.join(context.workDir, "export.db");
    copyFileSync(context.sqlitePath, copy);
    const sqlite = new Database(copy, { readonly: true });
    const { rows } = sqlite
      .prepare(`SELECT count(*) AS rows FROM "Commitment" WHERE "deletedAt" IS NULL`)
      .get() as { rows: number };
    sqlite.close();

    const sqliteSql = referenceSql("sqlite");
    const results = await measureExport(
      context,
      "SQLite",
      `file:${copy}`,
      rows,
      (await commandExists("sqlite3"))
        ? async () => (await runCommand("sqlite3", ["-csv", "-header", copy], sqliteSql)).length
        : undefined,
      "sqlite3 -csv",
    );

    if (context.postgresUrl) {
      const { postgresUrl } = context;
      const copySql = `\\copy (${referenceSql("postgres").replaceAll("\n", " ")}) to stdout csv header`;
      results.push(
        ...(await measureExport(
          context,
          "PostgreSQL",
          postgresUrl,
          rows,
          (await commandExists("psql"))
            ? async () =>
                (await runCommand("psql", [postgresUrl, "-X", "-q", "-c", copySql])).length
            : undefined,
          "psql \\copy",
        )),
      );
    }
    return results;
  },
};
