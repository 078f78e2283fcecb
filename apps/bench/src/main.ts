// `npm run bench [-- --quick] [--commitments N --events N] [--only a,b] [--pg URL] [--out FILE]`:
// generates (or reuses) the dataset, runs every suite, prints the table and writes
// docs/benchmarks.md. A quick run is CI's smoke test: small data, every step, times not judged.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { BenchContext, BenchResult } from "./context.ts";
import { postgresDataset, sqliteDataset } from "./dataset.ts";
import { consoleTable, markdownTable } from "./report.ts";
import { SUITES } from "./suites/index.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

const FULL = { commitments: 100_000, events: 1_000_000 };
const QUICK = { commitments: 2_000, events: 20_000 };

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    commitments: { type: "string" },
    events: { type: "string" },
    only: { type: "string" },
    pg: { type: "string" },
    out: { type: "string" },
  },
});

function positive(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} must be a whole number above 0, not "${text}"`);
    process.exit(2);
  }
  return n;
}

const log = (message: string) => process.stderr.write(`${message}\n`);

async function main() {
  const quick = values.quick;
  const defaults = quick ? QUICK : FULL;
  const size = {
    commitments: positive("commitments", values.commitments, defaults.commitments),
    events: positive("events", values.events, defaults.events),
  };
  const only = values.only?.split(",").map((name) => name.trim());
  const unknown = only?.filter((name) => !SUITES.some((suite) => suite.name === name)) ?? [];
  if (unknown.length > 0) {
    console.error(
      `Unknown suite ${unknown.join(", ")}; suites: ${SUITES.map((s) => s.name).join(", ")}`,
    );
    process.exit(2);
  }
  const serverUrl = values.pg ?? process.env.DATABASE_URL_PG;

  const sqlite = await sqliteDataset(size, log);
  const postgresUrl = serverUrl ? await postgresDataset(serverUrl, size, log) : undefined;
  if (!serverUrl)
    log("No PostgreSQL server (DATABASE_URL_PG or --pg): PostgreSQL figures are skipped.");

  const workDir = mkdtempSync(path.join(os.tmpdir(), "pledgewatch-bench-run-"));
  const context: BenchContext = {
    quick,
    size,
    sqlitePath: sqlite.path,
    sqliteUrl: sqlite.url,
    postgresUrl,
    repoRoot,
    workDir,
    log,
  };
  const results: BenchResult[] = [];
  try {
    for (const suite of SUITES.filter((s) => !only || only.includes(s.name))) {
      log(`\n▶ ${suite.name}`);
      results.push(...(await suite.run(context)));
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }

  console.log(`\n${consoleTable(results)}\n`);
  const out = values.out ?? (quick || only ? undefined : path.join(repoRoot, "docs/benchmarks.md"));
  if (out) {
    writeFileSync(out, benchmarksDocument(results, size));
    log(`Wrote ${path.relative(process.cwd(), out)}`);
  }
  const missed = results.filter((r) => r.met === false).length;
  console.log(
    `${results.length} figures, ${missed} targets not met${quick ? " (quick run: times not judged)" : ""}`,
  );
}

function benchmarksDocument(results: BenchResult[], size: { commitments: number; events: number }) {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  return `# Benchmarks

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}.
Dataset: ${size.commitments.toLocaleString("en-GB")} generated commitments and ${size.events.toLocaleString("en-GB")} status events (\`npm run generate\`).

Each figure is the median of several runs; a ratio compares with a reference measured in the same
run on the same data (hand-written SQL, Debian's sqlite3), so it means something on a noisy machine.
What the figures say, and what would meet the targets not met: [performance-notes.md](performance-notes.md).

${markdownTable(results)}
`;
}

main().catch((error: unknown) => {
  console.error("The benchmark failed:", error);
  process.exit(1);
});
