/// <reference lib="dom" />
// The web app as a reader meets it: the real server on a copy of a generated dataset, the built
// overview in headless Chromium (Debian's), and Lighthouse on the same page. (The DOM types are for
// the functions that run inside the page.)
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { launch as launchChromeForLighthouse } from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "@pledgewatch/server/chromium";
import { startServerProcess } from "@pledgewatch/server/testing";
import { chromium, type Browser } from "playwright-core";
import type { BenchContext, BenchResult, BenchSuite } from "../context.ts";
import { sqliteDataset } from "../dataset.ts";
import { formatMs, judged, median } from "../measure.ts";

const SUITE = "Web app";
/** The size for the browser figures: a research group's working set, not the full 100k. */
const WEB_SIZE = { commitments: 10_000, events: 100_000 };
/** A drawn chart: a bar or a line inside a recharts surface, not the loading skeleton. */
const DRAWN_CHART =
  ".recharts-surface .recharts-bar-rectangle path, .recharts-surface .recharts-curve";
const TARGET = { jsKb: 250, firstChartMs: 1_500, performance: 90, accessibility: 95 };

export const webSuite: BenchSuite = {
  name: "web",
  async run(context) {
    const dist = builtWebApp(context);
    const databaseUrl = await privateDatabaseCopy(context);
    // Production mode: the web app as deployed (cache headers, no development extras).
    const server = await startServerProcess(
      { NODE_ENV: "production", DATABASE_URL: databaseUrl, WEB_DIST: dist },
      { compiled: true },
    );
    try {
      const browser = await chromium.launch({
        executablePath: CHROMIUM_PATH,
        args: CHROMIUM_FLAGS,
      });
      let browserResults: BenchResult[];
      try {
        browserResults = await measureInBrowser(context, browser, server.url);
      } finally {
        await browser.close();
      }
      return [...browserResults, ...(await measureLighthouse(context, server.url))];
    } finally {
      await server.stop();
    }
  },
};

/** apps/web/dist as `npm run build` leaves it; built here when missing (a fresh clone). */
function builtWebApp(context: BenchContext): string {
  const dist = path.join(context.repoRoot, "apps/web/dist");
  if (!existsSync(path.join(dist, "index.html"))) {
    context.log("  building apps/web…");
    const build = spawnSync("npx", ["vite", "build", "apps/web"], {
      cwd: context.repoRoot,
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (build.status !== 0) throw new Error("`npx vite build apps/web` failed");
  }
  return dist;
}

/** The server migrates, seeds and writes sessions: it gets a copy, never the shared file. */
async function privateDatabaseCopy(context: BenchContext): Promise<string> {
  const source = context.quick
    ? context.sqlitePath
    : (await sqliteDataset(WEB_SIZE, context.log)).path;
  const copy = path.join(context.workDir, "web.db");
  copyFileSync(source, copy);
  return `file:${copy}`;
}

/** Bytes on the wire for `url` when the client accepts gzip only (the build's precompressed copy). */
function gzipTransferSize(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": "gzip" } }, (response) => {
        let bytes = 0;
        response.on("data", (chunk: Buffer) => (bytes += chunk.length));
        response.on("end", () => resolve(bytes));
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

/** Records, from inside the page, the moment the first chart has bars or a line drawn. */
const recordFirstChart = (selector: string) => {
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    (window as unknown as { firstChartAt: number }).firstChartAt = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
};

/** One cold load of the overview (a new context: empty cache): first chart time and the JS it fetched. */
async function coldLoad(browser: Browser, origin: string) {
  const page = await (await browser.newContext()).newPage();
  const scripts = new Set<string>();
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.add(response.url());
  });
  await page.addInitScript(recordFirstChart, DRAWN_CHART);
  try {
    await page.goto(`${origin}/`);
    // performance.now() counts from the navigation's start (the page's time origin).
    const handle = await page.waitForFunction(
      () => (window as unknown as { firstChartAt?: number }).firstChartAt,
      undefined,
      { timeout: 30_000 },
    );
    const firstChartMs = (await handle.jsonValue()) as number;
    await page.waitForLoadState("networkidle");
    return { firstChartMs, scripts: [...scripts] };
  } finally {
    await page.context().close();
  }
}

async function measureInBrowser(
  context: BenchContext,
  browser: Browser,
  origin: string,
): Promise<BenchResult[]> {
  // Warms the server (Prisma's first queries, SQLite's page cache) without counting it.
  const warm = await coldLoad(browser, origin);
  const loads = context.quick ? 1 : 5;
  const times: number[] = [];
  for (let i = 0; i < loads; i++) times.push((await coldLoad(browser, origin)).firstChartMs);
  const firstChartMs = median(times);

  const sizes = await Promise.all(warm.scripts.map(gzipTransferSize));
  const jsKb = sizes.reduce((sum, size) => sum + size, 0) / 1000;
  const commitments = context.quick ? context.size.commitments : WEB_SIZE.commitments;
  context.log(
    `  overview: ${warm.scripts.length} scripts, ${jsKb.toFixed(1)} kB gzip; first chart ${formatMs(firstChartMs)}`,
  );
  return [
    {
      suite: SUITE,
      name: "JavaScript the overview loads (gzip, as sent)",
      value: `${jsKb.toFixed(1)} kB`,
      target: `< ${TARGET.jsKb} kB`,
      met: judged(context.quick, jsKb < TARGET.jsKb),
      note: `${warm.scripts.length} files, each fetched with Accept-Encoding: gzip (the build's level-9 copy)`,
    },
    {
      suite: SUITE,
      name: `Navigation → first chart drawn, ${commitments.toLocaleString("en-GB")} commitments`,
      value: formatMs(firstChartMs),
      target: `< ${formatMs(TARGET.firstChartMs)}`,
      met: judged(context.quick, firstChartMs < TARGET.firstChartMs),
      note: `median of ${loads} cold loads (new browser context each) in headless Chromium`,
    },
  ];
}

/** Lighthouse's default (mobile, simulated slow 4G and 4× CPU) on the overview. */
async function measureLighthouse(context: BenchContext, origin: string): Promise<BenchResult[]> {
  const runs = context.quick ? 1 : 3;
  const performance: number[] = [];
  const accessibility: number[] = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await launchChromeForLighthouse({
      chromePath: CHROMIUM_PATH,
      chromeFlags: [...CHROMIUM_FLAGS, "--headless=new"],
    });
    try {
      const result = await lighthouse(`${origin}/`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
      });
      const categories = result?.lhr.categories;
      performance.push(Math.round(100 * (categories?.performance?.score ?? 0)));
      accessibility.push(Math.round(100 * (categories?.accessibility?.score ?? 0)));
    } finally {
      chrome.kill();
    }
  }
  const note = `Lighthouse 12 default (mobile) settings, median of ${runs}`;
  const score = (name: string, scores: number[], target: number): BenchResult => {
    const value = median(scores);
    return {
      suite: SUITE,
      name: `Lighthouse ${name} score, overview`,
      value: String(value),
      target: `≥ ${target}`,
      met: judged(context.quick, value >= target),
      note,
    };
  };
  context.log(
    `  Lighthouse performance ${performance.join(", ")}; accessibility ${accessibility.join(", ")}`,
  );
  return [
    score("performance", performance, TARGET.performance),
    score("accessibility", accessibility, TARGET.accessibility),
  ];
}
