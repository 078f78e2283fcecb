// npm run generate [-- --commitments N --events N --seed N]
import { parseArgs } from "node:util";
import { createDb, DatabaseSetupError, migrateDatabase, seedReferenceData } from "@pledgewatch/db";
import { existingDataIn, FICTIONAL_PUBLISHER, generateDataset } from "@pledgewatch/db/generate";
import { parseEnv } from "../env.ts";
import { InputError, runCommand, UsageError } from "./command.ts";

const USAGE = `Usage:
  npm run generate [-- --commitments N] [--events N] [--seed N]

Fills the database that DATABASE_URL names with a fictional dataset for benchmarks and trials:
statements (publisher "${FICTIONAL_PUBLISHER}"), commitments, quotes and status histories, by
default 100,000 commitments and 1,000,000 status events. The same seed gives the same data.
It refuses a database that holds any other data: use a separate one, for example
  DATABASE_URL=file:./data/generated.db npm run generate`;

const wholeNumber = (name: string, value: string | undefined, byDefault: number): number => {
  if (value === undefined) return byDefault;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a whole number.`);
  return Number(value);
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      commitments: { type: "string" },
      events: { type: "string" },
      seed: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const commitments = wholeNumber("commitments", values.commitments, 100_000);
  const events = wholeNumber("events", values.events, 1_000_000);
  const seed = wholeNumber("seed", values.seed, 1);

  const { DATABASE_URL } = parseEnv();
  console.log(`Preparing the database (${DATABASE_URL})…`);
  await migrateDatabase(DATABASE_URL);
  const db = createDb(DATABASE_URL);
  try {
    const existing = await existingDataIn(db);
    if (existing.realStatements > 0 || existing.commitments > 0) {
      throw new InputError(
        `This database already holds data (statements from other sources: ${existing.realStatements}; ` +
          `commitments: ${existing.commitments}), so nothing was generated: fictional data is never ` +
          `mixed into real data. Generate into a separate database instead, for example\n` +
          `  DATABASE_URL=file:./data/generated.db npm run generate -- --commitments ${commitments} --events ${events}`,
      );
    }
    await seedReferenceData(db);
    const started = performance.now();
    let reported = -1;
    const counts = await generateDataset(db, {
      commitments,
      events,
      seed,
      onProgress: (done, total) => {
        const percent = total === 0 ? 100 : Math.floor((100 * done) / total);
        if (percent === reported) return;
        reported = percent;
        process.stdout.write(`\rGenerating… ${percent}%`);
      },
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const summary = Object.entries(counts)
      .map(([table, count]) => `  ${table}: ${count.toLocaleString("en")}`)
      .join("\n");
    console.log(`\nGenerated in ${seconds} s (seed ${seed}), all fictional:\n${summary}`);
  } finally {
    await db.$disconnect();
  }
}

runCommand(main, {
  usage: USAGE,
  expectedErrors: [DatabaseSetupError],
  failure: "Generating the data failed:",
});
