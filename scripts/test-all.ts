// `npm test`: builds the web app, runs the static checks (types, lint), every suite (Vitest: unit +
// integration; Playwright: browser; the benchmarks' quick smoke run) and ends with one line
// `N passed, N failed, N skipped` over all of them, which CI reads.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}

const reports = mkdtempSync(path.join(os.tmpdir(), "pledgewatch-test-reports-"));
const npx = (args: string[], env: Record<string, string> = {}) =>
  spawnSync("npx", args, { stdio: "inherit", env: { ...process.env, ...env } }).status;

function readReport<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

function vitestTotals(): Totals {
  const file = path.join(reports, "vitest.json");
  const status = npx([
    "vitest",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${file}`,
  ]);
  const report = readReport<{
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  }>(file);
  if (!report) return { passed: 0, failed: Math.max(status ?? 1, 1), skipped: 0 };
  return {
    passed: report.numPassedTests,
    // A crash outside any test (a failing import, a hook) still fails the suite.
    failed: report.numFailedTests || (status === 0 ? 0 : 1),
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function playwrightTotals(): Totals {
  const file = path.join(reports, "playwright.json");
  const status = npx(
    ["playwright", "test", "--config", "apps/web/playwright.config.ts", "--reporter=list,json"],
    {
      PLAYWRIGHT_JSON_OUTPUT_NAME: file,
    },
  );
  const report = readReport<{
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  }>(file);
  if (!report) return { passed: 0, failed: Math.max(status ?? 1, 1), skipped: 0 };
  const { expected, unexpected, flaky, skipped } = report.stats;
  return { passed: expected, failed: unexpected + flaky || (status === 0 ? 0 : 1), skipped };
}

/** Type-checking, linting and formatting each count as one check. */
function staticChecks(): Totals {
  const checks = [
    npx(["turbo", "run", "typecheck", "--output-logs=errors-only"], {
      TURBO_TELEMETRY_DISABLED: "1",
    }),
    npx(["eslint", "."]),
    npx(["prettier", "--check", "--log-level=warn", "."]),
  ];
  const failed = checks.filter((status) => status !== 0).length;
  return { passed: checks.length - failed, failed, skipped: 0 };
}

/** `npm run bench -- --quick`: every benchmark step end to end on small data; times not judged. */
function benchmarkSmokeTest(): Totals {
  const status = spawnSync(
    process.execPath,
    ["--import", "tsx", "apps/bench/src/main.ts", "--quick"],
    { stdio: "inherit" },
  ).status;
  return status === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };
}

const build = npx(["turbo", "run", "build", "--output-logs=errors-only"], {
  TURBO_TELEMETRY_DISABLED: "1",
});
const suites =
  build === 0
    ? [staticChecks(), vitestTotals(), playwrightTotals(), benchmarkSmokeTest()]
    : [{ passed: 0, failed: 1, skipped: 0 }];
const total = suites.reduce((sum, suite) => ({
  passed: sum.passed + suite.passed,
  failed: sum.failed + suite.failed,
  skipped: sum.skipped + suite.skipped,
}));

console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed === 0 ? 0 : 1);
