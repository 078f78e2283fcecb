import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createAuth } from "@pledgewatch/auth";
import { seedDatabase, setCommitmentStatus, type Db } from "@pledgewatch/db";
import { createTestDatabase, testProviders, type TestDatabase } from "@pledgewatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const cliDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src/cli");
// By absolute address: the commands run in a scratch folder, where "tsx" would not resolve.
const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

const ADMIN = { email: "ada@example.org", password: "admin-password-1", name: "Ada Admin" };
const NO_STACK_TRACE = /\n\s+at /;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run backup|restore` as npm does (node --import tsx), in `cwd`. */
function run(command: "backup" | "restore", args: string[], databaseUrl: string, cwd: string) {
  return new Promise<Run>((resolve) => {
    execFile(
      process.execPath,
      ["--import", tsx, path.join(cliDir, `${command}.ts`), ...args],
      { cwd, env: { ...process.env, DATABASE_URL: databaseUrl }, timeout: 120_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const authOn = (db: Db) =>
  createAuth({
    db,
    baseURL: "http://pledgewatch.test",
    secret: "test-secret-that-is-long-enough-for-hmac",
  });

const signInOn = (db: Db) =>
  authOn(db).api.signInEmail({ body: { email: ADMIN.email, password: ADMIN.password } });

async function dataCounts(db: Db) {
  return {
    user: await db.user.count(),
    statement: await db.statement.count(),
    commitment: await db.commitment.count(),
    statusEvent: await db.statusEvent.count(),
  };
}

describe.each(testProviders)("npm run backup and npm run restore on %s", (provider) => {
  const databases: TestDatabase[] = [];
  let source: TestDatabase;
  let workDir: string;
  let passwordHash: string;
  const runIn = (command: "backup" | "restore", args: string[], databaseUrl: string) =>
    run(command, args, databaseUrl, workDir);
  /** A database the restore command migrates itself. */
  async function unmigratedDatabase() {
    const database = await createTestDatabase(provider, { migrate: false });
    databases.push(database);
    return database;
  }

  beforeAll(async () => {
    workDir = mkdtempSync(path.join(os.tmpdir(), "pledgewatch-backup-"));
    source = await createTestDatabase(provider);
    databases.push(source);
    await seedDatabase(source.db);
    const { user } = await authOn(source.db).api.createUser({ body: { ...ADMIN, role: "admin" } });
    const commitment = await source.db.commitment.findFirstOrThrow({ orderBy: { id: "asc" } });
    await setCommitmentStatus(
      source.db,
      {
        id: commitment.id,
        version: commitment.version,
        to: "in_progress",
        occurredOn: "2024-05-06",
        evidenceUrl: "https://example.org/progress",
      },
      user.id,
    );
    const account = await source.db.account.findFirstOrThrow({ where: { userId: user.id } });
    passwordHash = account.password!;
  }, 120_000);
  afterAll(async () => {
    await Promise.all(databases.map((database) => database.drop()));
    rmSync(workDir, { recursive: true, force: true });
  });

  it("writes data/backup-<today>.json with the counts, for its owner only, without hashes", async () => {
    const result = await runIn("backup", [], source.url);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const file = path.join(workDir, "data", `backup-${new Date().toISOString().slice(0, 10)}.json`);
    expect(result.stdout).toContain(`Wrote ${file}`);
    expect(result.stdout).toMatch(/\n {2}statement +1\n {2}commitment +16\n/);
    expect(result.stdout).toMatch(/\n {2}statusEvent +1\n/);
    expect(result.stdout).toContain("add --include-password-hashes to keep sign-ins");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(path.dirname(file))).toEqual([path.basename(file)]); // no .partial left
    const backup = readFileSync(file, "utf8");
    expect(backup).toContain(ADMIN.email);
    expect(backup).not.toContain(passwordHash);
  });

  it("refuses a truncated file, then restores with hashes: the admin signs in, and a new backup is byte-identical", async () => {
    const withHashes = path.join(workDir, "with-hashes.json");
    expect(
      (await runIn("backup", ["--out", withHashes, "--include-password-hashes"], source.url)).code,
    ).toBe(0);
    const original = readFileSync(withHashes, "utf8");
    expect(original).toContain(passwordHash);

    const target = await unmigratedDatabase();
    const truncated = path.join(workDir, "truncated.json");
    writeFileSync(truncated, original.slice(0, Math.floor(original.length * 0.8)));
    const refused = await runIn("restore", [truncated], target.url);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`Nothing was restored from ${truncated}.`);
    expect(refused.stderr).toContain("truncated or corrupt");
    expect(refused.stderr).not.toMatch(NO_STACK_TRACE);
    expect(await dataCounts(target.db)).toEqual({
      user: 0,
      statement: 0,
      commitment: 0,
      statusEvent: 0,
    });

    const restored = await runIn("restore", [withHashes], target.url);
    expect(restored.stderr).toBe("");
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain(`Restored ${withHashes}:`);
    expect(restored.stdout).toMatch(/\n {2}user +1\n {2}account +1\n/);
    expect(restored.stdout).not.toContain("cannot sign in");
    expect((await signInOn(target.db)).user.email).toBe(ADMIN.email);

    const again = path.join(workDir, "again.json");
    expect(
      (await runIn("backup", ["--out", again, "--include-password-hashes"], target.url)).code,
    ).toBe(0);
    expect(readFileSync(again, "utf8")).toBe(original);
  });

  it("restores a backup without hashes, and says that its accounts cannot sign in", async () => {
    const withoutHashes = path.join(workDir, "without-hashes.json");
    expect((await runIn("backup", ["--out", withoutHashes], source.url)).code).toBe(0);
    const target = await unmigratedDatabase();
    const restored = await runIn("restore", [withoutHashes], target.url);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain("1 accounts have no password hash");
    expect(await target.db.user.count()).toBe(1);
    await expect(signInOn(target.db)).rejects.toThrow();
  });

  it("refuses to restore into a database that is not empty, and changes nothing", async () => {
    const file = path.join(workDir, "refused.json");
    expect((await runIn("backup", ["--out", file], source.url)).code).toBe(0);
    const before = await dataCounts(source.db);
    const result = await runIn("restore", [file], source.url);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("The database is not empty (user: 1, account: 1, statement: 1");
    expect(result.stderr).not.toMatch(NO_STACK_TRACE);
    expect(await dataCounts(source.db)).toEqual(before);
  });

  it("explains a missing file or argument, and a database that is missing or not ours", async () => {
    const notOurs = path.join(workDir, "not-ours.db");
    writeFileSync(notOurs, "");
    const cases: [Promise<Run>, string][] = [
      [runIn("restore", [], source.url), "Name one backup file to restore.\n\nUsage:"],
      [
        runIn("restore", ["no-such.json"], source.url),
        `There is no file at ${workDir}/no-such.json`,
      ],
      [
        runIn("backup", [], `file:${workDir}/missing/pledgewatch.db`),
        `There is no database at ${workDir}/missing/pledgewatch.db: check DATABASE_URL.`,
      ],
      [runIn("backup", ["--out="], source.url), "--out needs a file name."],
      [runIn("backup", [], `file:${notOurs}`), "This is not a Pledgewatch database ("],
    ];
    for (const [result, message] of cases) {
      const { code, stderr } = await result;
      expect(code).toBe(1);
      expect(stderr).toContain(message);
      expect(stderr).not.toMatch(NO_STACK_TRACE);
    }
  });
});
