// The generated dataset every suite reads: one SQLite file and, when a server is given, one
// PostgreSQL database. Both are kept between runs (keyed by size and generator version) because
// generating 100k commitments and a million events takes minutes.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, migrateDatabase, seedReferenceData } from "@pledgewatch/db";
import { GENERATOR_VERSION, generateDataset } from "@pledgewatch/db/generate";
import { withAdminClient } from "@pledgewatch/db/testing";

export interface DatasetSize {
  commitments: number;
  events: number;
}

const datasetName = (size: DatasetSize) =>
  `pledgewatch_bench_${size.commitments}_${size.events}_v${GENERATOR_VERSION}`;

async function fill(url: string, size: DatasetSize, log: (message: string) => void) {
  await migrateDatabase(url);
  const db = createDb(url);
  try {
    await seedReferenceData(db);
    let reported = 0;
    await generateDataset(db, {
      ...size,
      onProgress: (done, total) => {
        const percent = Math.floor((100 * done) / total);
        if (percent >= reported + 10 || done === total) {
          reported = percent;
          log(
            `  generated ${percent}% (${done.toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")} rows)`,
          );
        }
      },
    });
  } finally {
    await db.$disconnect();
  }
}

/** The SQLite file of this size, generated on first use (into a temporary name, renamed when complete). */
export async function sqliteDataset(size: DatasetSize, log: (message: string) => void) {
  const dir = path.join(os.tmpdir(), "pledgewatch-bench");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${datasetName(size)}.db`);
  if (!existsSync(file)) {
    const partial = `${file}.partial`;
    for (const suffix of ["", "-wal", "-shm", "-journal"])
      rmSync(partial + suffix, { force: true });
    log(`Generating the SQLite dataset (${size.commitments} commitments, ${size.events} events)…`);
    await fill(`file:${partial}`, size, log);
    renameSync(partial, file);
  }
  // A dataset generated before the latest migrations (new indexes) gets them now.
  await migrateDatabase(`file:${file}`);
  return { path: file, url: `file:${file}` };
}

/** The PostgreSQL database of this size on `serverUrl`, generated on first use. */
export async function postgresDataset(
  serverUrl: string,
  size: DatasetSize,
  log: (message: string) => void,
): Promise<string> {
  const name = datasetName(size);
  const urlOf = (database: string) => {
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    return url.toString();
  };
  const exists = await withAdminClient(serverUrl, async (client) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return found.rowCount === 1;
  });
  if (!exists) {
    const partial = `${name}_partial`;
    await withAdminClient(serverUrl, async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${partial} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${partial}`);
    });
    log(
      `Generating the PostgreSQL dataset (${size.commitments} commitments, ${size.events} events)…`,
    );
    await fill(urlOf(partial), size, log);
    await withAdminClient(serverUrl, (client) =>
      client.query(`ALTER DATABASE ${partial} RENAME TO ${name}`),
    );
  }
  return urlOf(name);
}

/**
 * A private copy of the dataset that a suite may write to (the server's start-up writes, too): a
 * file copy for SQLite, `CREATE DATABASE … TEMPLATE` for PostgreSQL. `drop` removes it.
 */
export async function copyOfDataset(
  sourceUrl: string,
  workDir: string,
  name: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  if (sourceUrl.startsWith("file:")) {
    const file = path.join(workDir, `${name}.db`);
    copyFileSync(sourceUrl.slice("file:".length), file);
    return {
      url: `file:${file}`,
      drop: async () => {
        for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
      },
    };
  }
  const source = new URL(sourceUrl);
  const copy = `${source.pathname.slice(1)}_${name}`;
  const admin = new URL(sourceUrl);
  admin.pathname = "/postgres";
  // A template must have no other sessions; the copy is a file-level clone, seconds for 1M rows.
  await withAdminClient(admin.toString(), async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${copy} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${copy} TEMPLATE ${source.pathname.slice(1)}`);
  });
  const url = new URL(sourceUrl);
  url.pathname = `/${copy}`;
  return {
    url: url.toString(),
    drop: () =>
      withAdminClient(admin.toString(), (client) =>
        client.query(`DROP DATABASE IF EXISTS ${copy} WITH (FORCE)`),
      ).then(() => undefined),
  };
}
