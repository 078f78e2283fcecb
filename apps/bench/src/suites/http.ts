// HTTP under load: autocannon, 50 connections on loopback, against the real server process on a
// copy of the dataset — the two requests every dashboard visit makes most: a page of the list and
// the headline figures. Target: 0 errors and p99 < 100 ms, on SQLite and PostgreSQL.
// Many readers opening the same view are served from the read cache; the "varied filters" rows
// give every request its own filter, so almost every one is computed from the database.
import autocannon from "autocannon";
import { startServerProcess } from "@pledgewatch/server/testing";
import type { BenchContext, BenchResult } from "../context.ts";
import { copyOfDataset } from "../dataset.ts";
import { formatCount, judged } from "../measure.ts";

const CONNECTIONS = 50;
const P99_TARGET_MS = 100;

const trpcGet = (procedure: string, input: unknown) =>
  `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;

const STATUSES = [
  "not_assessed",
  "in_progress",
  "stalled",
  "partially_fulfilled",
  "fulfilled",
  "broken",
];

/** Filter number n of countries × themes × statuses combinations: thousands of distinct views. */
function variedFilter(n: number, countries: string[], themes: string[]) {
  return {
    countries: [countries[n % countries.length]],
    themes: [themes[Math.floor(n / countries.length) % themes.length]],
    statuses: [STATUSES[Math.floor(n / (countries.length * themes.length)) % STATUSES.length]],
  };
}

interface Endpoint {
  name: string;
  /** The path of request number n. */
  path(n: number): string;
}

function endpoints(countries: string[], themes: string[]): Endpoint[] {
  const varied = (n: number) => variedFilter(n, countries, themes);
  return [
    {
      name: "list page (commitment.list, 50 rows)",
      path: () => trpcGet("commitment.list", { limit: 50 }),
    },
    { name: "stats (stats.headline)", path: () => trpcGet("stats.headline", {}) },
    {
      name: "list page, varied filters",
      path: (n) => trpcGet("commitment.list", { limit: 50, ...varied(n) }),
    },
    { name: "stats, varied filters", path: (n) => trpcGet("stats.headline", varied(n)) },
  ];
}

function load(url: string, endpoint: Endpoint, seconds: number) {
  let sent = 0;
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [{ setupRequest: (request) => ({ ...request, path: endpoint.path(sent++) }) }],
  });
}

async function referenceValues(url: string) {
  const [countries, themes] = await Promise.all(
    ["reference.countries", "reference.themes"].map(async (procedure) => {
      const response = await fetch(`${url}${trpcGet(procedure, undefined)}`);
      return ((await response.json()) as { result: { data: unknown[] } }).result.data;
    }),
  );
  return {
    countries: (countries as { id: string; involved: boolean }[])
      .filter((country) => country.involved)
      .map((country) => country.id),
    themes: (themes as { slug: string }[]).map((theme) => theme.slug),
  };
}

async function runOn(
  context: BenchContext,
  label: string,
  sourceUrl: string,
): Promise<BenchResult[]> {
  const copy = await copyOfDataset(sourceUrl, context.workDir, "http");
  const server = await startServerProcess({ DATABASE_URL: copy.url }, { compiled: true });
  const seconds = context.quick ? 3 : 30;
  const results: BenchResult[] = [];
  try {
    const { countries, themes } = await referenceValues(server.url);
    for (const endpoint of endpoints(countries, themes)) {
      const warmup = await fetch(server.url + endpoint.path(0));
      if (!warmup.ok) throw new Error(`${endpoint.path(0)} answered ${warmup.status}`);
      context.log(`  ${label}: ${endpoint.name}, ${CONNECTIONS} connections, ${seconds} s…`);
      const result = await load(server.url, endpoint, seconds);
      const errors = result.errors + result.timeouts + result.non2xx;
      results.push({
        suite: "HTTP under load",
        name: `${endpoint.name} — ${label}`,
        value: `p99 ${result.latency.p99} ms, ${errors} errors`,
        baseline: `${formatCount(Math.round(result.requests.average))} req/s, median ${result.latency.p50} ms`,
        target: `0 errors, p99 < ${P99_TARGET_MS} ms`,
        met: judged(context.quick, errors === 0 && result.latency.p99 < P99_TARGET_MS),
      });
    }
  } finally {
    await server.stop();
    await copy.drop();
  }
  return results;
}

export const httpSuite = {
  name: "http",
  async run(context: BenchContext): Promise<BenchResult[]> {
    const results = await runOn(context, "SQLite", context.sqliteUrl);
    if (context.postgresUrl)
      results.push(...(await runOn(context, "PostgreSQL", context.postgresUrl)));
    return results;
  },
};
