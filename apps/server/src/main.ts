import {
  createDb,
  DatabaseSetupError,
  databaseProvider,
  migrateDatabase,
  seedDatabase,
} from "@pledgewatch/db";
import { createAuthFromEnv } from "./auth.ts";
import { parseStartOptions, prepareDemoDatabase, StartOptionsError } from "./demo.ts";
import { EnvError, parseEnv } from "./env.ts";
import { createServer, listen, PortInUseError } from "./server.ts";

/** Errors we expect from a misconfigured machine: print the message alone, no stack trace. */
const EXPECTED_ERRORS = [EnvError, DatabaseSetupError, PortInUseError, StartOptionsError];

/** The real database, migrated and seeded. */
async function prepareDatabase(url: string) {
  const provider = databaseProvider(url);
  console.log(
    `Pledgewatch: preparing the ${provider === "sqlite" ? "SQLite" : "PostgreSQL"} database…`,
  );
  await migrateDatabase(url);
  const db = createDb(url);
  await seedDatabase(db);
  return db;
}

async function main(): Promise<void> {
  const env = parseEnv();
  const { demo } = parseStartOptions(process.argv.slice(2));
  const db = demo ? await prepareDemoDatabase(env) : await prepareDatabase(env.DATABASE_URL);

  // The replica mirrors the real database, never the demo one.
  const readDb = env.DATABASE_REPLICA_URL && !demo ? createDb(env.DATABASE_REPLICA_URL) : undefined;
  const server = createServer({
    db,
    readDb,
    auth: createAuthFromEnv(env, db),
    webDist: env.WEB_DIST,
    allowedOrigins: [env.PUBLIC_URL, ...env.TRUSTED_ORIGINS],
    trustProxy: env.TRUST_PROXY,
    allowPrivateUrls: env.INTAKE_ALLOW_PRIVATE_URLS,
  });
  const port = await listen(server, env.PORT, env.HOST);
  console.log(
    `Pledgewatch is running at http://localhost:${port} (public address ${env.PUBLIC_URL})`,
  );
  if (demo) console.log(`Demo mode: fictional data in ${env.DEMO_DATABASE_URL}`);

  const shutdown = () => {
    server.close();
    void Promise.all([db.$disconnect(), readDb?.$disconnect()]).finally(() => process.exit(0));
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  if (EXPECTED_ERRORS.some((kind) => error instanceof kind)) {
    console.error(`\nPledgewatch could not start.\n${(error as Error).message}\n`);
  } else {
    console.error("\nPledgewatch could not start because of an unexpected error:\n", error);
  }
  process.exit(1);
});
