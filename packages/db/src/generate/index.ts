// A realistic, deterministic, clearly fictional dataset of any size: for benchmarks (100k
// commitments, a million status events), tests, and the demo. Same seed, same rows.
import type { Db } from "../client.ts";
import { BulkInserter, TABLES } from "./bulk-insert.ts";
import { planDataset } from "./plan.ts";
import { createRandom, shuffle, zipfSampler, type Random } from "./random.ts";
import { FICTIONAL_PUBLISHER, statementRows, type Country } from "./statement-rows.ts";

export { FICTIONAL_PUBLISHER };

/**
 * Bump whenever the generated rows change, the country names they quote included (3: names from
 * world-countries): benchmark datasets are cached by it.
 */
export const GENERATOR_VERSION = 3;

export interface GenerateOptions {
  commitments: number;
  /** Status events in total, spread over the assessed commitments. */
  events: number;
  seed?: number;
  /** Called after each transaction with commitments + events written so far. */
  onProgress?: (done: number, total: number) => void;
}

export interface GeneratedCounts {
  statements: number;
  commitments: number;
  initiatives: number;
  counterparts: number;
  themes: number;
  quotes: number;
  events: number;
}

/** These lead the heavy tail (in this order); the other countries follow in a seeded order. */
const LEADING_COUNTRIES = ["CN", "US", "RU", "FR", "GB", "IN", "TR", "KE", "DE", "JP", "ZA", "NG"];
const COUNTRIES_USED = 200;
const COUNTRY_TAIL_EXPONENT = 1;
const DEFAULT_SEED = 1;
/** Commitments + events per transaction: large enough to be fast, small enough to stay light. */
const UNITS_PER_TRANSACTION = 40_000;
const TRANSACTION_TIMEOUT_MS = 10 * 60_000;

async function rankedCountries(db: Db, random: Random): Promise<Country[]> {
  const all = await db.country.findMany({
    select: { id: true, name: true },
    orderBy: { id: "asc" },
  });
  if (all.length < 2) {
    throw new Error(
      "The database has no countries: load the reference data first (seedReferenceData).",
    );
  }
  const leading = LEADING_COUNTRIES.flatMap((code) => all.filter((country) => country.id === code));
  const rest = shuffle(
    all.filter((country) => !LEADING_COUNTRIES.includes(country.id)),
    random,
  );
  return [...leading, ...rest].slice(0, COUNTRIES_USED);
}

function assertCount(name: string, value: number) {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`${name} must be a whole number ≥ 0.`);
}

/**
 * Writes a fictional dataset into a migrated database that holds the reference data. Every
 * statement names FICTIONAL_PUBLISHER as its publisher and says in its title and text that it is
 * fictional.
 */
export async function generateDataset(db: Db, options: GenerateOptions): Promise<GeneratedCounts> {
  const { commitments, events, seed = DEFAULT_SEED, onProgress } = options;
  assertCount("commitments", commitments);
  assertCount("events", events);
  assertCount("seed", seed);
  const plan = planDataset(createRandom(seed), { commitments, events });
  const countries = await rankedCountries(db, createRandom(seed + 0x9e3779b9));
  const context = {
    random: createRandom(seed + 0x7f4a7c15),
    countries,
    drawCountry: zipfSampler(countries.length, COUNTRY_TAIL_EXPONENT),
  };
  const counts: GeneratedCounts = {
    statements: 0,
    commitments: 0,
    initiatives: 0,
    counterparts: 0,
    themes: 0,
    quotes: 0,
    events: 0,
  };
  while (counts.statements < plan.statements.length) {
    await db.$transaction(
      async (tx) => {
        const inserter = new BulkInserter(tx, db.$provider, TABLES);
        const target = counts.commitments + counts.events + UNITS_PER_TRANSACTION;
        while (
          counts.statements < plan.statements.length &&
          counts.commitments + counts.events < target
        ) {
          const planned = plan.statements[counts.statements]!;
          const rows = statementRows(
            context,
            planned,
            counts.statements,
            plan.planned,
            counts.events,
          );
          await inserter.add("statement", rows.statement);
          for (const row of rows.commitments) await inserter.add("commitment", row);
          for (const row of rows.counterparts) await inserter.add("counterpart", row);
          for (const row of rows.themes) await inserter.add("theme", row);
          for (const row of rows.quotes) await inserter.add("quote", row);
          for (const row of rows.statusEvents) await inserter.add("statusEvent", row);
          counts.statements += 1;
          counts.commitments += rows.commitments.length;
          counts.initiatives += rows.commitments.filter((row) => row.kind === "initiative").length;
          counts.counterparts += rows.counterparts.length;
          counts.themes += rows.themes.length;
          counts.quotes += rows.quotes.length;
          counts.events += rows.statusEvents.length;
        }
        await inserter.flush();
      },
      { timeout: TRANSACTION_TIMEOUT_MS, maxWait: TRANSACTION_TIMEOUT_MS },
    );
    onProgress?.(counts.commitments + counts.events, commitments + events);
  }
  // Planner statistics for the bulk-loaded tables, before anyone queries them.
  await db.$executeRawUnsafe("ANALYZE");
  return counts;
}

/** How many statements the generator wrote: more than 0 means the data shown is (partly) fictional. */
export const countFictionalStatements = (db: Db): Promise<number> =>
  db.statement.count({ where: { publisher: FICTIONAL_PUBLISHER } });

/**
 * What in `db` was not generated: statements from another publisher, and commitments of any kind.
 * Generated data goes only into a database where both are 0, so it never mixes with real data.
 */
export async function existingDataIn(
  db: Db,
): Promise<{ realStatements: number; commitments: number }> {
  const realStatements = await db.statement.count({
    where: { OR: [{ publisher: null }, { publisher: { not: FICTIONAL_PUBLISHER } }] },
  });
  return { realStatements, commitments: await db.commitment.count() };
}
