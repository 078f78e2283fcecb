import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
// By path, like the server command below: the e2e tests launch Chromium as the benchmarks do.
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../server/src/testing/chromium.ts";

// The real server on fresh SQLite files, seeded with the seed statement and the e2e fixture: no
// mocked backend. Specs that change data run against a second server and database of their own,
// so the specs that check exact figures always see the fixture as global-setup.ts describes it.
const readPort = Number(process.env.E2E_PORT ?? 3217);
const writePort = readPort + 1;
const WRITING_SPECS = /(auth|commitment|statement|import|intake|statement-url)\.spec\.ts$/;

// Set once in the runner and inherited by its workers, which load this file again.
const e2eDir = (process.env.E2E_DIR ??= mkdtempSync(path.join(os.tmpdir(), "pledgewatch-e2e-")));
process.env.E2E_DATABASE_URL ??= `file:${path.join(e2eDir, "read.db")}`;
process.env.E2E_WRITE_DATABASE_URL ??= `file:${path.join(e2eDir, "write.db")}`;

const server = (port: number, databaseUrl: string | undefined) => ({
  command: "node --import tsx ../server/src/main.ts",
  url: `http://127.0.0.1:${port}/`,
  timeout: 120_000,
  reuseExistingServer: false,
  env: {
    PORT: String(port),
    HOST: "127.0.0.1",
    DATABASE_URL: databaseUrl ?? "",
    // statement-url.spec.ts serves its pages on loopback.
    INTAKE_ALLOW_PRIVATE_URLS: "true",
  },
});

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  outputDir: "test-results",
  timeout: 30_000,
  retries: 0,
  workers: 1,
  use: {
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [
    {
      name: "reading",
      testIgnore: WRITING_SPECS,
      use: { baseURL: `http://127.0.0.1:${readPort}` },
    },
    {
      name: "writing",
      testMatch: WRITING_SPECS,
      use: { baseURL: `http://127.0.0.1:${writePort}` },
    },
  ],
  webServer: [
    server(readPort, process.env.E2E_DATABASE_URL),
    server(writePort, process.env.E2E_WRITE_DATABASE_URL),
  ],
});
