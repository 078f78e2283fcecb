// CSV import of 10k new rows (1k in a quick run) in the export's own format, validated and written
// in one transaction by the real preview/commit functions, each run into a fresh copy of the dataset.
import { performance } from "node:perf_hooks";
import { commitImport, createDb, previewImport, type Db } from "@pledgewatch/db";
import type { BenchContext, BenchResult, BenchSuite } from "../context.ts";
import { copyOfDataset } from "../dataset.ts";
import { formatCount, formatMs, judged, median } from "../measure.ts";
import { referenceSql, runCommand } from "./export.ts";

const SUITE = "CSV import";
const TARGET_MS = 5_000;
const RUNS = 3;
const IMPORTER = {
  id: "bench-importer",
  name: "Bench importer",
  email: "bench-importer@example.org",
};

/** The newest `rows` commitments as the export writes them, under new external ids and no updated_at. */
async function importFile(sqlitePath: string, rows: number): Promise<string> {
  const sql = referenceSql("sqlite", {
    externalId: `'bench-import-' || c."id"`,
    updatedAt: "''",
    limit: rows,
  });
  return (await runCommand("sqlite3", ["-csv", "-header", sqlitePath], sql)).toString("utf8");
}

/** Previews then commits `csv` into `db` as IMPORTER; the commit's and the preview's times. */
async function importInto(db: Db, csv: string, rows: number) {
  await db.user.create({ data: { ...IMPORTER, role: "analyst" } });
  let start = performance.now();
  const preview = await previewImport(db, csv);
  const previewMs = performance.now() - start;
  start = performance.now();
  const committed = await commitImport(db, csv, IMPORTER.id);
  const commitMs = performance.now() - start;
  if (!committed.committed || committed.counts.create !== rows || preview.counts.create !== rows) {
    throw new Error(`The import did not create ${rows} rows: ${JSON.stringify(committed)}`);
  }
  return { previewMs, commitMs };
}

async function measure(
  context: BenchContext,
  label: string,
  csv: string,
  rows: number,
  datasetUrl: string,
): Promise<BenchResult> {
  const previews: number[] = [];
  const commits: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const copy = await copyOfDataset(datasetUrl, context.workDir, `import_${run}`);
    const db = createDb(copy.url);
    try {
      const { previewMs, commitMs } = await importInto(db, csv, rows);
      previews.push(previewMs);
      commits.push(commitMs);
      context.log(
        `  ${label} run ${run + 1}: preview ${formatMs(previewMs)}, commit ${formatMs(commitMs)}`,
      );
    } finally {
      await db.$disconnect();
      await copy.drop();
    }
  }
  const commitMs = median(commits);
  return {
    suite: SUITE,
    name: `${label}: import of ${formatCount(rows)} new rows, validated, one transaction`,
    value: formatMs(commitMs),
    target: "< 5 s",
    met: judged(context.quick, commitMs < TARGET_MS),
    note: `commitImport (validates again, then writes); preview alone ${formatMs(median(previews))}; median of ${RUNS} runs, each into a fresh copy of the dataset`,
  };
}

export const importSuite: BenchSuite = {
  name: "import",
  async run(context) {
    const rows = Math.min(context.quick ? 1_000 : 10_000, context.size.commitments);
    const csv = await importFile(context.sqlitePath, rows);
    context.log(`  a ${(csv.length / 2 ** 20).toFixed(1)} MB file of ${formatCount(rows)} rows`);
    const results = [await measure(context, "SQLite", csv, rows, context.sqliteUrl)];
    const { postgresUrl } = context;
    if (postgresUrl) {
      results.push(await measure(context, "PostgreSQL", csv, rows, postgresUrl));
    }
    return results;
  },
};
