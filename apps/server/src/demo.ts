// npm start -- --demo: the app on a database of its own filled with generated, fictional data,
// so it can be shown and tried without touching (or mixing into) the real database.
import path from "node:path";
import { parseArgs } from "node:util";
import {
  createDb,
  databaseProvider,
  migrateDatabase,
  seedReferenceData,
  sqliteFilePath,
  type Db,
} from "@pledgewatch/db";
import { existingDataIn, generateDataset } from "@pledgewatch/db/generate";
import type { Env } from "./env.ts";

/** Small enough to generate in seconds on first start, large enough for every chart to say something. */
export const DEMO_DATASET = { commitments: 1_500, events: 12_000, seed: 1 };

/** A start-up the person can correct: the message says how. */
export class StartOptionsError extends Error {
  override readonly name = "StartOptionsError";
}

export function parseStartOptions(args: string[]): { demo: boolean } {
  try {
    const { values } = parseArgs({ args, options: { demo: { type: "boolean", default: false } } });
    return values;
  } catch (error) {
    throw new StartOptionsError(`${(error as Error).message}\nUsage: npm start [-- --demo]`);
  }
}

/** The same database, however its address is spelt (relative or absolute SQLite paths). */
const sameDatabase = (a: string, b: string) => {
  const where = (url: string) =>
    databaseProvider(url) === "sqlite" ? path.resolve(sqliteFilePath(url)) : url;
  return where(a) === where(b);
};

/** The demo database: migrated, with the reference data, and the generated dataset on first start. */
export async function prepareDemoDatabase(env: Env): Promise<Db> {
  const url = env.DEMO_DATABASE_URL;
  if (sameDatabase(url, env.DATABASE_URL)) {
    throw new StartOptionsError(
      "DEMO_DATABASE_URL names the same database as DATABASE_URL: the demo needs a database of its own.",
    );
  }
  await migrateDatabase(url);
  const db = createDb(url);
  await seedReferenceData(db);
  const existing = await existingDataIn(db);
  if (existing.realStatements > 0) {
    await db.$disconnect();
    throw new StartOptionsError(
      `The demo database (${url}) holds statements that were not generated: it is not a demo database. Point DEMO_DATABASE_URL at a new file.`,
    );
  }
  if (existing.commitments === 0) {
    console.log(
      `Pledgewatch demo: generating ${DEMO_DATASET.commitments.toLocaleString("en")} fictional commitments…`,
    );
    await generateDataset(db, DEMO_DATASET);
  }
  return db;
}
