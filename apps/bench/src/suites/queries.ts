// Dashboard queries: each stats procedure and a page of the filtered list through createCaller,
// against hand-written SQL giving the same answer on the same database (better-sqlite3 opened
// read-only; `pg` on PostgreSQL). Every pair of answers is compared before anything is timed.
import assert from "node:assert/strict";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import pg from "pg";
import { appRouter, createContextInner } from "@pledgewatch/api";
import { createDb, type DatabaseProvider, type Db } from "@pledgewatch/db";
import {
  OPEN_STATUSES,
  STAGE_LABELS,
  STATUSES,
  addDays,
  type CommitmentFilterInput,
  type Stage,
} from "@pledgewatch/domain";
import type { BenchContext, BenchResult, BenchSuite } from "../context.ts";
import { formatMs, formatRatio, judged, median } from "../measure.ts";

const SUITE = "Dashboard queries";
const RATIO_TARGET = 1.5;
/** Page 1,000 "no slower than page 1": beyond this ratio it is slower, not noise. */
const DEEP_PAGE_TARGET = 1.2;
const DEEP_PAGE = 1_000;
const PAGE_SIZE = 100;
/** A fixed day, so overdue, stale and upcoming mean the same in every run. */
const AS_OF = "2025-06-30";
const STALE_DAYS = 180;
const WITHIN_DAYS = 90;
const DEADLINES_LIMIT = 10;

type Row = Record<string, unknown>;
type Caller = ReturnType<typeof appRouter.createCaller>;

/** Hand-written SQL with `?` placeholders, run on the dataset without Prisma. */
interface Reference {
  provider: DatabaseProvider;
  all(sql: string, params: readonly unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

function sqliteReference(file: string): Reference {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  return {
    provider: "sqlite",
    all: async (sql, params) => sqlite.prepare(sql).all(...params) as Row[],
    close: async () => {
      sqlite.close();
    },
  };
}

async function postgresReference(url: string): Promise<Reference> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    provider: "postgres",
    all: async (sql, params) => {
      let n = 0;
      const numbered = sql.replace(/\?/g, () => `$${++n}`);
      return (await client.query(numbered, [...params])).rows as Row[];
    },
    close: () => client.end(),
  };
}

/** A filter as the procedures take it and as hand-written SQL over `"Commitment" c`. */
interface Variant {
  name: string;
  filter: CommitmentFilterInput;
  where: string;
  params: unknown[];
}

const LIVE = `c."deletedAt" IS NULL`;

/** Unfiltered, and the filters a reader uses most: a country, a theme with a status, a period. */
async function variants(reference: Reference): Promise<Variant[]> {
  const [top] = await reference.all(
    `SELECT "committingCountryId" AS "country", COUNT(*) AS "n" FROM "Commitment"
     GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
    [],
  );
  const [theme] = await reference.all(
    `SELECT "themeSlug" AS "theme", COUNT(*) AS "n" FROM "CommitmentTheme"
     GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
    [],
  );
  const country = String(top?.country);
  const themeSlug = String(theme?.theme);
  return [
    { name: "unfiltered", filter: {}, where: LIVE, params: [] },
    {
      name: `country ${country}`,
      filter: { countries: [country] },
      where: `${LIVE} AND (c."committingCountryId" = ? OR EXISTS (SELECT 1 FROM "CommitmentCounterpart" x
               WHERE x."commitmentId" = c."id" AND x."countryId" = ?))`,
      params: [country, country],
    },
    {
      name: `theme ${themeSlug} + in progress`,
      filter: { themes: [themeSlug], statuses: ["in_progress"] },
      where: `${LIVE} AND CAST(c."status" AS TEXT) = 'in_progress' AND EXISTS (SELECT 1 FROM "CommitmentTheme" x
               WHERE x."commitmentId" = c."id" AND x."themeSlug" = ?)`,
      params: [themeSlug],
    },
    {
      name: "announced 2015–2019",
      filter: { announcedFrom: "2015", announcedTo: "2019" },
      // "2019" ends by 2019-12-31: every partial date of 2019 sorts below "2020".
      where: `${LIVE} AND c."announcedOn" >= '2015' AND c."announcedOn" < '2020'`,
      params: [],
    },
  ];
}

const OPEN = OPEN_STATUSES.map((status) => `'${status}'`).join(", ");
/** The partial date in `column` ends before `day`: below it, and not its year or month. */
const endsBefore = (column: string) => `(${column} < ? AND ${column} NOT IN (?, ?))`;
const endsBeforeParams = (day: string) => [day, day.slice(0, 4), day.slice(0, 7)];

/** One measured query: the procedure's answer and the hand SQL's, reduced to comparable form. */
interface Query {
  name: string;
  procedure(caller: Caller, variant: Variant): Promise<unknown>;
  reference(reference: Reference, variant: Variant): Promise<unknown>;
}

const cell = (id: unknown, label: unknown, status: unknown, count: unknown) =>
  `${String(id)} ${String(label)} ${String(status)} ${Number(count)}`;

/** Non-zero cells of a status matrix, sorted: the same form as the reference's GROUP BY rows. */
const matrixCells = (rows: { id: string; label: string; counts: Record<string, number> }[]) =>
  rows
    .flatMap((row) =>
      Object.entries(row.counts).flatMap(([status, count]) =>
        count > 0 ? [cell(row.id, row.label, status, count)] : [],
      ),
    )
    .sort();
const referenceCells = (rows: Row[]) =>
  rows.map((row) => cell(row.id, row.label, row.status, row.count)).sort();

const withAsOf = (variant: Variant) => ({ ...variant.filter, asOf: AS_OF, staleDays: STALE_DAYS });

const STATS_QUERIES: Query[] = [
  {
    name: "stats.headline",
    async procedure(caller, variant) {
      const { total, byStatus, overdue, stale } = await caller.stats.headline(withAsOf(variant));
      return { total, byStatus, overdue, stale };
    },
    async reference(reference, { where, params }) {
      const quietSince = addDays(AS_OF, -STALE_DAYS);
      const rows = await reference.all(
        `SELECT CAST(c."status" AS TEXT) AS "status", COUNT(*) AS "count",
                SUM(CASE WHEN CAST(c."status" AS TEXT) IN (${OPEN}) AND ${endsBefore(`c."targetOn"`)}
                    THEN 1 ELSE 0 END) AS "overdue",
                SUM(CASE WHEN CAST(c."status" AS TEXT) IN (${OPEN})
                          AND (${endsBefore(`c."lastEventOn"`)}
                               OR (c."lastEventOn" IS NULL AND ${endsBefore(`c."announcedOn"`)}))
                    THEN 1 ELSE 0 END) AS "stale"
         FROM "Commitment" c WHERE ${where} GROUP BY 1`,
        [
          ...endsBeforeParams(AS_OF),
          ...endsBeforeParams(quietSince),
          ...endsBeforeParams(quietSince),
          ...params,
        ],
      );
      const byStatus = Object.fromEntries(
        STATUSES.map((status) => [
          status,
          Number(rows.find((row) => row.status === status)?.count ?? 0),
        ]),
      );
      const sum = (field: string) => rows.reduce((total, row) => total + Number(row[field]), 0);
      return { total: sum("count"), byStatus, overdue: sum("overdue"), stale: sum("stale") };
    },
  },
  {
    name: "stats.byStatusAndTheme",
    procedure: async (caller, variant) =>
      matrixCells(await caller.stats.byStatusAndTheme(withAsOf(variant))),
    reference: async (reference, { where, params }) =>
      referenceCells(
        await reference.all(
          `SELECT t."slug" AS "id", t."name" AS "label", CAST(c."status" AS TEXT) AS "status",
                  COUNT(*) AS "count"
           FROM "Commitment" c
           JOIN "CommitmentTheme" ct ON ct."commitmentId" = c."id"
           JOIN "Theme" t ON t."slug" = ct."themeSlug"
           WHERE ${where} GROUP BY 1, 2, 3`,
          params,
        ),
      ),
  },
  {
    name: "stats.byStatusAndCountry",
    procedure: async (caller, variant) =>
      matrixCells(await caller.stats.byStatusAndCountry(withAsOf(variant))),
    reference: async (reference, { where, params }) =>
      referenceCells(
        await reference.all(
          `SELECT k."id", k."name" AS "label", g."status", SUM(g."count") AS "count"
           FROM (SELECT c."committingCountryId" AS "country", CAST(c."status" AS TEXT) AS "status",
                        COUNT(*) AS "count"
                 FROM "Commitment" c WHERE ${where} GROUP BY 1, 2
                 UNION ALL
                 SELECT cc."countryId", CAST(c."status" AS TEXT), COUNT(*)
                 FROM "Commitment" c JOIN "CommitmentCounterpart" cc ON cc."commitmentId" = c."id"
                 WHERE ${where} GROUP BY 1, 2) g
           JOIN "Country" k ON k."id" = g."country"
           GROUP BY 1, 2, 3`,
          [...params, ...params],
        ),
      ),
  },
  {
    name: "stats.byPair",
    procedure: async (caller, variant) => matrixCells(await caller.stats.byPair(withAsOf(variant))),
    reference: async (reference, { where, params }) =>
      referenceCells(
        await reference.all(
          `SELECT p."first" || '-' || p."second" AS "id", f."name" || ' – ' || s."name" AS "label",
                  p."status", p."count"
           FROM (SELECT CASE WHEN c."committingCountryId" < cc."countryId"
                             THEN c."committingCountryId" ELSE cc."countryId" END AS "first",
                        CASE WHEN c."committingCountryId" < cc."countryId"
                             THEN cc."countryId" ELSE c."committingCountryId" END AS "second",
                        CAST(c."status" AS TEXT) AS "status", COUNT(*) AS "count"
                 FROM "CommitmentCounterpart" cc JOIN "Commitment" c ON c."id" = cc."commitmentId"
                 WHERE ${where} AND cc."countryId" <> c."committingCountryId"
                 GROUP BY 1, 2, 3) p
           JOIN "Country" f ON f."id" = p."first"
           JOIN "Country" s ON s."id" = p."second"`,
          params,
        ),
      ),
  },
  {
    name: "stats.byStage",
    procedure: async (caller, variant) =>
      matrixCells(await caller.stats.byStage(withAsOf(variant))),
    reference: async (reference, { where, params }) =>
      (
        await reference.all(
          `SELECT CAST(c."stage" AS TEXT) AS "stage", CAST(c."status" AS TEXT) AS "status",
                  COUNT(*) AS "count"
           FROM "Commitment" c WHERE ${where} GROUP BY 1, 2`,
          params,
        )
      )
        .map((row) => cell(row.stage, STAGE_LABELS[row.stage as Stage], row.status, row.count))
        .sort(),
  },
  {
    name: "stats.overTime",
    async procedure(caller, variant) {
      const { months, undated } = await caller.stats.overTime(withAsOf(variant));
      const sum = (counts: Record<string, number>) =>
        Object.values(counts).reduce((a, b) => a + b, 0);
      let before = 0;
      const perMonth = months.flatMap(({ month, events, atMonthEnd }) => {
        const entered = sum(atMonthEnd) - before;
        before = sum(atMonthEnd);
        return entered > 0 || sum(events) > 0 ? [`${month} ${entered} ${sum(events)}`] : [];
      });
      return { perMonth, undated };
    },
    async reference(reference, { where, params }) {
      // What the timeline is built from: the month each commitment enters (announced, or its
      // first event if earlier) and the events per month and transition.
      const [entries, transitions] = await Promise.all([
        reference.all(
          `SELECT CASE WHEN "firstEvent" IS NULL OR ("announced" IS NOT NULL AND "announced" < "firstEvent")
                       THEN "announced" ELSE "firstEvent" END AS "month", COUNT(*) AS "count"
           FROM (SELECT CASE WHEN length(c."announcedOn") = 4 THEN c."announcedOn" || '-01'
                             ELSE substr(c."announcedOn", 1, 7) END AS "announced",
                        (SELECT MIN(substr(e."occurredOn", 1, 7)) FROM "StatusEvent" e
                         WHERE e."commitmentId" = c."id") AS "firstEvent"
                 FROM "Commitment" c WHERE ${where}) d
           GROUP BY 1`,
          params,
        ),
        reference.all(
          `SELECT substr(e."occurredOn", 1, 7) AS "month", CAST(e."fromStatus" AS TEXT) AS "fromStatus",
                  CAST(e."toStatus" AS TEXT) AS "toStatus", COUNT(*) AS "count"
           FROM "StatusEvent" e JOIN "Commitment" c ON c."id" = e."commitmentId"
           WHERE ${where} GROUP BY 1, 2, 3`,
          params,
        ),
      ]);
      const perMonth = new Map<string, [number, number]>();
      const add = (month: unknown, index: 0 | 1, count: unknown) => {
        const sums = perMonth.get(String(month)) ?? [0, 0];
        sums[index] += Number(count);
        perMonth.set(String(month), sums);
      };
      for (const row of entries) if (row.month !== null) add(row.month, 0, row.count);
      for (const row of transitions) add(row.month, 1, row.count);
      return {
        perMonth: [...perMonth.entries()]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([month, [entered, events]]) => `${month} ${entered} ${events}`),
        undated: Number(entries.find((row) => row.month === null)?.count ?? 0),
      };
    },
  },
  {
    name: "stats.upcomingDeadlines",
    procedure: async (caller, variant) =>
      (
        await caller.stats.upcomingDeadlines({
          ...withAsOf(variant),
          withinDays: WITHIN_DAYS,
          limit: DEADLINES_LIMIT,
        })
      ).map((row) => `${row.id} ${row.deadline} ${row.counterparts.length}`),
    async reference(reference, { where, params }) {
      const end = `CASE WHEN length(c."targetOn") = 4 THEN c."targetOn" || '-12-31'
                        WHEN length(c."targetOn") = 7 THEN c."targetOn" || '-31'
                        ELSE c."targetOn" END`;
      // The page first (ids by deadline), then the columns and JSON for its ten rows only; the
      // year bound (implied by the window) lets the targetOn index start at the window.
      const rows = await reference.all(
        `SELECT c."id", c."title", CAST(c."status" AS TEXT) AS "status", c."targetOn",
                c."announcedOn", c."lastEventOn", ${COUNTRY_NAME} AS "countryName",
                ${counterpartsJson(reference.provider)} AS "counterparts"
         FROM (SELECT c."id" FROM "Commitment" c
               WHERE ${where} AND CAST(c."status" AS TEXT) IN (${OPEN})
                 AND NOT ${endsBefore(`c."targetOn"`)} AND ${endsBefore(`c."targetOn"`)}
                 AND c."targetOn" >= ?
               ORDER BY ${end}, c."id" LIMIT ${DEADLINES_LIMIT}) due
         JOIN "Commitment" c ON c."id" = due."id"
         ORDER BY ${end}, c."id"`,
        [
          ...params,
          ...endsBeforeParams(AS_OF),
          ...endsBeforeParams(addDays(AS_OF, WITHIN_DAYS + 1)),
          AS_OF.slice(0, 4),
        ],
      );
      return rows.map(
        (row) =>
          `${String(row.id)} ${lastDay(String(row.targetOn))} ${parsedJson(row.counterparts).length}`,
      );
    },
  },
];

/** The last day of a partial date, the way the deadline column shows it. */
function lastDay(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [year, month] = date.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** A correlated subquery returning the related rows as one JSON array (null when none). */
function jsonRows(provider: DatabaseProvider, fields: [string, string][], fromWhere: string) {
  const pairs = fields.map(([key, expression]) => `'${key}', ${expression}`).join(", ");
  return provider === "postgres"
    ? `(SELECT json_agg(json_build_object(${pairs})) FROM ${fromWhere})`
    : `(SELECT json_group_array(json_object(${pairs})) FROM ${fromWhere})`;
}

/** The committing country's name: a lookup by primary key per row of the page. */
const COUNTRY_NAME = `(SELECT k."name" FROM "Country" k WHERE k."id" = c."committingCountryId")`;

/** A row's counterpart countries (id and name) as a JSON array. */
const counterpartsJson = (provider: DatabaseProvider) =>
  jsonRows(
    provider,
    [
      ["id", `x."countryId"`],
      ["name", `y."name"`],
    ],
    `"CommitmentCounterpart" x JOIN "Country" y ON y."id" = x."countryId" WHERE x."commitmentId" = c."id"`,
  );

/** pg parses json columns itself; SQLite returns the text. An empty aggregate is null in PostgreSQL. */
const parsedJson = (value: unknown): unknown[] =>
  value === null ? [] : ((typeof value === "string" ? JSON.parse(value) : value) as unknown[]);

/**
 * One page of the list in its default order (updatedAt desc, id), after the row `afterId`, with
 * everything a list row shows: committing country, counterparts, themes and quotes. Written the
 * way a person would for the (updatedAt, id) index: an inclusive bound on updatedAt so that the
 * scan starts at the cursor, the page's ids chosen first and the JSON built for its rows only.
 */
async function referencePage(reference: Reference, variant: Variant, afterId: string | null) {
  const cursorTime = `(SELECT "updatedAt" FROM "Commitment" WHERE "id" = ?)`;
  const keyset = afterId
    ? `AND c."updatedAt" <= ${cursorTime}
       AND (c."updatedAt" < ${cursorTime} OR (c."updatedAt" = ${cursorTime} AND c."id" > ?))`
    : "";
  const order = `c."updatedAt" DESC, c."id" ASC`;
  const rows = await reference.all(
    `SELECT c."id", c."title", CAST(c."kind" AS TEXT) AS "kind", CAST(c."direction" AS TEXT) AS "direction",
            CAST(c."stage" AS TEXT) AS "stage", CAST(c."status" AS TEXT) AS "status", c."progress",
            c."announcedOn", c."targetOn", c."lastEventOn", c."parentId", c."counterpartOther",
            c."version", c."updatedAt", c."committingCountryId" AS "countryId",
            ${COUNTRY_NAME} AS "countryName",
            ${counterpartsJson(reference.provider)} AS "counterparts",
            ${jsonRows(
              reference.provider,
              [
                ["slug", `t."slug"`],
                ["name", `t."name"`],
              ],
              `"CommitmentTheme" x JOIN "Theme" t ON t."slug" = x."themeSlug"
               WHERE x."commitmentId" = c."id"`,
            )} AS "themes",
            ${jsonRows(
              reference.provider,
              [
                ["id", `q."id"`],
                ["statementId", `q."statementId"`],
                ["start", `q."start"`],
                ["end", `q."end"`],
                ["text", `q."text"`],
              ],
              `"Quote" q WHERE q."commitmentId" = c."id"`,
            )} AS "quotes"
     FROM (SELECT c."id" FROM "Commitment" c WHERE ${variant.where} ${keyset}
           ORDER BY ${order} LIMIT ${PAGE_SIZE + 1}) page
     JOIN "Commitment" c ON c."id" = page."id"
     ORDER BY ${order}`,
    [...variant.params, ...(afterId ? [afterId, afterId, afterId, afterId] : [])],
  );
  return pageSummary(
    rows.slice(0, PAGE_SIZE).map((row) => ({
      id: String(row.id),
      counterparts: parsedJson(row.counterparts),
      themes: parsedJson(row.themes),
      quotes: parsedJson(row.quotes),
    })),
  );
}

const pageSummary = (
  items: { id: string; counterparts: unknown[]; themes: unknown[]; quotes: unknown[] }[],
) =>
  items.map(
    (item) => `${item.id} ${item.counterparts.length} ${item.themes.length} ${item.quotes.length}`,
  );

/** Median ms of `a` and of `b`, run alternately so that load on the machine hits both alike. */
async function pairedMedians(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  { runs, warmup }: { runs: number; warmup: number },
): Promise<[number, number]> {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const times: [number[], number[]] = [[], []];
  const timed = async (work: () => Promise<unknown>, into: number[]) => {
    const start = performance.now();
    await work();
    into.push(performance.now() - start);
  };
  for (let i = 0; i < runs; i++) {
    await timed(a, times[0]);
    await timed(b, times[1]);
  }
  return [median(times[0]), median(times[1])];
}

interface Measured {
  query: string;
  variant: string;
  procedureMs: number;
  referenceMs: number;
}

async function measureDatabase(
  context: BenchContext,
  db: Db,
  reference: Reference,
  label: string,
): Promise<BenchResult[]> {
  const caller = appRouter.createCaller(createContextInner({ db, user: null }));
  const timing = context.quick ? { runs: 3, warmup: 1 } : { runs: 7, warmup: 2 };
  /** Checks that the procedure and the hand SQL agree, then times both: [procedure, reference]. */
  const compared = async (
    what: string,
    procedure: () => Promise<unknown>,
    handSql: () => Promise<unknown>,
  ): Promise<[number, number]> => {
    assert.deepEqual(
      await procedure(),
      await handSql(),
      `${what} on ${label}: the procedure and the hand SQL disagree`,
    );
    const times = await pairedMedians(procedure, handSql, timing);
    context.log(`  ${label} ${what}: ${formatMs(times[0])} vs ${formatMs(times[1])}`);
    return times;
  };
  const all = await variants(reference);
  const measured: Measured[] = [];

  for (const query of STATS_QUERIES) {
    for (const variant of all) {
      const [procedureMs, referenceMs] = await compared(
        `${query.name} (${variant.name})`,
        () => query.procedure(caller, variant),
        () => query.reference(reference, variant),
      );
      measured.push({ query: query.name, variant: variant.name, procedureMs, referenceMs });
    }
  }

  // The list: page 1, and page 1,000 reached by following the cursors.
  const listPage = (variant: Variant, cursor: string | undefined) =>
    caller.commitment.list({ ...withAsOf(variant), limit: PAGE_SIZE, cursor });
  const procedurePage = async (variant: Variant, cursor: string | undefined) =>
    pageSummary((await listPage(variant, cursor)).items);
  const pageTimes = [];
  for (const variant of all) {
    let page = 1;
    let cursor: string | undefined;
    let afterId: string | null = null;
    for (; page < DEEP_PAGE; page++) {
      const { items, nextCursor } = await listPage(variant, cursor);
      if (!nextCursor) break;
      cursor = nextCursor;
      afterId = items.at(-1)?.id ?? null;
    }
    const [firstMs, firstReferenceMs] = await compared(
      `commitment.list page 1 (${variant.name})`,
      () => procedurePage(variant, undefined),
      () => referencePage(reference, variant, null),
    );
    const [deepMs, deepReferenceMs] = await compared(
      `commitment.list page ${page} (${variant.name})`,
      () => procedurePage(variant, cursor),
      () => referencePage(reference, variant, afterId),
    );
    pageTimes.push({ variant, page, firstMs, firstReferenceMs, deepMs, deepReferenceMs });
  }
  return [...statsRows(context, measured, label), ...listRows(context, pageTimes, label)];
}

const ratioRow = (
  context: BenchContext,
  name: string,
  procedureMs: number,
  referenceMs: number,
  reference: string,
): BenchResult => {
  const ratio = procedureMs / referenceMs;
  return {
    suite: SUITE,
    name,
    value: formatRatio(ratio),
    baseline: `${formatMs(procedureMs)} vs ${formatMs(referenceMs)} (${reference})`,
    target: `≤ ${RATIO_TARGET}×`,
    met: judged(context.quick, ratio <= RATIO_TARGET),
  };
};

/** The worst filtered case of a group of measurements, as one row. */
function worstRow(
  context: BenchContext,
  name: string,
  rows: { what: string; procedureMs: number; referenceMs: number }[],
  reference: string,
): BenchResult {
  const worst = rows.reduce((a, b) =>
    a.procedureMs / a.referenceMs >= b.procedureMs / b.referenceMs ? a : b,
  );
  const ratios = rows.map((row) => row.procedureMs / row.referenceMs);
  return {
    ...ratioRow(context, name, worst.procedureMs, worst.referenceMs, reference),
    note: `worst: ${worst.what}; median ratio ${formatRatio(median(ratios))} over ${rows.length}`,
  };
}

function referenceName(label: string) {
  return label === "SQLite" ? "better-sqlite3" : "pg";
}

function statsRows(context: BenchContext, measured: Measured[], label: string): BenchResult[] {
  const reference = referenceName(label);
  const unfiltered = measured.filter((m) => m.variant === "unfiltered");
  const filtered = measured.filter((m) => m.variant !== "unfiltered");
  return [
    ...unfiltered.map((m) =>
      ratioRow(
        context,
        `${m.query}, unfiltered (${label})`,
        m.procedureMs,
        m.referenceMs,
        reference,
      ),
    ),
    worstRow(
      context,
      `stats procedures, filtered (${label})`,
      filtered.map((m) => ({ ...m, what: `${m.query} (${m.variant})` })),
      reference,
    ),
  ];
}

function listRows(
  context: BenchContext,
  pages: {
    variant: Variant;
    page: number;
    firstMs: number;
    firstReferenceMs: number;
    deepMs: number;
    deepReferenceMs: number;
  }[],
  label: string,
): BenchResult[] {
  const reference = referenceName(label);
  const [unfiltered, ...filtered] = pages;
  if (!unfiltered) return [];
  const deep = (page: number) => (page === DEEP_PAGE ? `page ${page}` : `page ${page} (the last)`);
  const depthRatios = pages.map((p) => p.deepMs / p.firstMs);
  const worstDepth = Math.max(...depthRatios);
  return [
    ratioRow(
      context,
      `commitment.list page 1, unfiltered (${label})`,
      unfiltered.firstMs,
      unfiltered.firstReferenceMs,
      reference,
    ),
    ratioRow(
      context,
      `commitment.list ${deep(unfiltered.page)}, unfiltered (${label})`,
      unfiltered.deepMs,
      unfiltered.deepReferenceMs,
      reference,
    ),
    worstRow(
      context,
      `commitment.list pages, filtered (${label})`,
      filtered.flatMap((p) => [
        {
          what: `page 1 (${p.variant.name})`,
          procedureMs: p.firstMs,
          referenceMs: p.firstReferenceMs,
        },
        {
          what: `${deep(p.page)} (${p.variant.name})`,
          procedureMs: p.deepMs,
          referenceMs: p.deepReferenceMs,
        },
      ]),
      reference,
    ),
    {
      suite: SUITE,
      name: `commitment.list deep page vs page 1 (${label})`,
      value: formatRatio(worstDepth),
      baseline: pages
        .map((p) => `${p.variant.name}: ${formatMs(p.deepMs)} vs ${formatMs(p.firstMs)}`)
        .join("; "),
      target: `no slower (≤ ${DEEP_PAGE_TARGET}×, noise)`,
      met: judged(context.quick, worstDepth <= DEEP_PAGE_TARGET),
      note: `${deep(unfiltered.page)} reached by following cursors; worst of ${pages.length} filters`,
    },
  ];
}

async function run(context: BenchContext): Promise<BenchResult[]> {
  const databases: { label: string; url: string; reference: () => Promise<Reference> }[] = [
    {
      label: "SQLite",
      url: context.sqliteUrl,
      reference: async () => sqliteReference(context.sqlitePath),
    },
  ];
  const { postgresUrl } = context;
  if (postgresUrl) {
    databases.push({
      label: "PostgreSQL",
      url: postgresUrl,
      reference: () => postgresReference(postgresUrl),
    });
  }
  const results: BenchResult[] = [];
  for (const { label, url, reference: open } of databases) {
    const db = createDb(url);
    const reference = await open();
    try {
      results.push(...(await measureDatabase(context, db, reference, label)));
    } finally {
      await reference.close();
      await db.$disconnect();
    }
  }
  return results;
}

export const queriesSuite: BenchSuite = { name: "queries", run };
