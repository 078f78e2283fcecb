// `npm start` runs the bundle apps/server/build.ts writes (dist/main.js), not the TypeScript source:
// it must start, migrate and seed like the source, find the files its modules locate next to their
// source (migrations, the seed statement, the JSON Schema), and serve the same bytes.
import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import {
  createTestDatabase,
  insertBulkCommitments,
  testProviders,
  type TestDatabase,
} from "@pledgewatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServerProcess, type ServerProcess } from "../src/testing/server-process.ts";

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PUBLIC_URL = "http://pledgewatch.test";

describe.each(testProviders)("the compiled server on %s", (provider) => {
  let database: TestDatabase;
  let compiled: ServerProcess;
  let source: ServerProcess;
  const bytes = async (server: ServerProcess, path: string) => {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };

  beforeAll(async () => {
    await promisify(execFile)(process.execPath, ["--import", "tsx", "build.ts"], {
      cwd: serverDir,
    });
    database = await createTestDatabase(provider, { migrate: false });
    const env = { DATABASE_URL: database.url, PUBLIC_URL, WEB_DIST: "/nonexistent" };
    // The compiled one first: it migrates and seeds the empty database on its own.
    compiled = await startServerProcess(env, { compiled: true });
    await insertBulkCommitments(database.db, 1_500);
    source = await startServerProcess(env);
  }, 300_000);
  afterAll(async () => {
    await Promise.all([compiled?.stop(), source?.stop()]);
    await database?.drop();
  });

  it("answers the health check", async () => {
    expect(JSON.parse((await bytes(compiled, "/healthz")).toString())).toEqual({ status: "ok" });
  });

  it.each([
    "/export/commitments.csv",
    "/export/commitments.csv?sort=announcedOn&order=asc&bom=true",
    "/export/status-events.csv",
    "/export/commitment-export.schema.json",
  ])("serves %s byte for byte as the source does", async (path) => {
    const fromCompiled = await bytes(compiled, path);
    expect(fromCompiled.length).toBeGreaterThan(1_000);
    expect(fromCompiled.equals(await bytes(source, path))).toBe(true);
  });
});
