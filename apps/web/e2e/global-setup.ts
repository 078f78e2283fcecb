/**
 * Prepares both e2e databases (E2E_DATABASE_URL for the specs that only read,
 * E2E_WRITE_DATABASE_URL for those that change data; set by playwright.config.ts) before any
 * test: migrates and seeds each, creates the accounts below, then adds the fixture in fixture.ts.
 *
 * Accounts, all with the password `e2e-password-123`:
 *   admin@example.org    role admin
 *   analyst@example.org  role analyst
 *   viewer@example.org   role viewer
 *
 * What the database then holds: the seed statement's 16 Kenya → China commitments (two moved on:
 * "Intelligence sharing with China" stalled, "Chinese technical training … infrastructure
 * security" partially fulfilled), plus three US–Kenya commitments: "Joint counter-terrorism
 * training for Kenyan police units" (in progress, target 2025-06-30: overdue), "Deliver patrol
 * helicopters to the Kenya Defence Forces" (fulfilled) and "Shared maritime domain awareness
 * centre in Mombasa" (broken). 19 commitments in all.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const E2E_PASSWORD = "e2e-password-123";
const ACCOUNTS = [
  { email: "admin@example.org", role: "admin" },
  { email: "analyst@example.org", role: "analyst" },
  { email: "viewer@example.org", role: "viewer" },
];

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export default function globalSetup() {
  const databases = [process.env.E2E_DATABASE_URL, process.env.E2E_WRITE_DATABASE_URL];
  for (const databaseUrl of databases) {
    if (!databaseUrl)
      throw new Error("The e2e database URLs are not set: see playwright.config.ts");
    prepareDatabase(databaseUrl);
  }
}

function prepareDatabase(databaseUrl: string) {
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  const run = (args: string[]) =>
    execFileSync(process.execPath, ["--import", "tsx", ...args], {
      cwd: repoRoot,
      env,
      stdio: ["ignore", "ignore", "inherit"],
    });
  for (const { email, role } of ACCOUNTS) {
    run([
      "apps/server/src/cli/create-user.ts",
      "--email",
      email,
      "--role",
      role,
      "--password",
      E2E_PASSWORD,
    ]);
  }
  run(["apps/web/e2e/fixture.ts"]);
}
