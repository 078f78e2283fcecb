import { afterAll, beforeAll, expect, it } from "vitest";
import { PrismaProject, type SchemaProvider } from "./prisma-project.ts";

/** Access to the database server behind one provider, for setting up and checking effects. */
export interface TestServer {
  provider: SchemaProvider;
  /** The url of a database that does not exist yet. */
  newDatabaseUrl(label: string): string;
  /** Names of the tables in the database's default schema, sorted. */
  tables(url: string): Promise<string[]>;
  /** Runs one statement and returns its rows (none for statements without result). */
  query(url: string, sql: string): Promise<Record<string, unknown>[]>;
  /** SQL for a migration written by hand, which the next `migrate dev` must replay. */
  handWrittenMigration: string;
  /** Checks the effect of handWrittenMigration. */
  expectHandWrittenMigrationApplied(url: string): Promise<void>;
  cleanup(): Promise<void>;
}

const users = `
model User {
  id    Int    @id @default(autoincrement())
  email String @unique
}`;

// The default contains ";" on purpose: adapter-pg's executeScript would split the script there.
const usersAndNotes = `${users}

model Note {
  id   Int    @id @default(autoincrement())
  body String @default("a;b")
}`;

const usersAndTitledNotes = usersAndNotes.replace(
  '@default("a;b")',
  '@default("a;b")\n  title String?',
);

/** The Prisma CLI workflow, end to end, against one database server. */
export function describeMigrateWorkflow(server: TestServer): void {
  // Set up in hooks, which a skipped suite does not run.
  let project: PrismaProject;
  let url: string;
  let pushUrl: string;
  const count = async (table: string, databaseUrl = url) =>
    Number((await server.query(databaseUrl, `SELECT COUNT(*) AS n FROM "${table}"`))[0]?.n);

  beforeAll(() => {
    project = new PrismaProject(server.provider);
    url = server.newDatabaseUrl("dev");
    pushUrl = server.newDatabaseUrl("push");
  });
  afterAll(async () => {
    await server.cleanup();
    project.remove();
  });

  it("migrate dev creates the database and the first migration, and applies it", async () => {
    project.writeModels(users);
    const result = await project.prisma(["migrate", "dev", "--name", "init"], url);

    expect(result.output).toContain("Your database is now in sync with your schema.");
    const [init] = project.migrationNames();
    expect(init).toMatch(/^\d{14}_init$/);
    expect(project.migrationSql(init!)).toContain('CREATE TABLE "User"');
    expect(await server.tables(url)).toEqual(["User", "_prisma_migrations"]);
  });

  it("migrate dev turns a schema change into a second migration", async () => {
    project.writeModels(usersAndNotes);
    const result = await project.prisma(["migrate", "dev", "--name", "add_note"], url);

    expect(result.exitCode, result.output).toBe(0);
    expect(project.migrationNames()[1]).toMatch(/_add_note$/);
    expect(await server.tables(url)).toEqual(["Note", "User", "_prisma_migrations"]);
    await server.query(url, `INSERT INTO "Note" DEFAULT VALUES`);
    expect(await server.query(url, `SELECT "body" FROM "Note"`)).toEqual([{ body: "a;b" }]);
  });

  it("migrate dev applies a hand-written migration, then generates the next one", async () => {
    await project.prisma(["migrate", "dev", "--create-only", "--name", "by_hand"], url);
    const byHand = project.migrationNames()[2]!;
    project.writeMigrationSql(byHand, server.handWrittenMigration);
    project.writeModels(usersAndTitledNotes);

    const result = await project.prisma(["migrate", "dev", "--name", "note_title"], url);

    expect(result.exitCode, result.output).toBe(0);
    expect(result.output).toContain(byHand);
    expect(project.migrationNames()[3]).toMatch(/_note_title$/);
    expect(project.migrationSql(project.migrationNames()[3]!)).toMatch(/ADD COLUMN\s+"title" TEXT/);
    await server.expectHandWrittenMigrationApplied(url);
    expect(await count("_prisma_migrations")).toBe(4);
  });

  it("migrate status reports the database up to date", async () => {
    const result = await project.prisma(["migrate", "status"], url);

    expect(result.exitCode, result.output).toBe(0);
    expect(result.output).toContain("4 migrations found in prisma/migrations");
    expect(result.output).toContain("Database schema is up to date!");
  });

  it("migrate deploy applies every migration to a fresh database", async () => {
    const deployUrl = server.newDatabaseUrl("deploy");
    const result = await project.prisma(["migrate", "deploy"], deployUrl);

    expect(result.exitCode, result.output).toBe(0);
    expect(result.output).toContain("All migrations have been successfully applied.");
    expect(await server.tables(deployUrl)).toEqual(["Note", "User", "_prisma_migrations"]);
    expect(await count("_prisma_migrations", deployUrl)).toBe(4);
  });

  it("migrate reset --force empties the database and reapplies the migrations", async () => {
    await server.query(url, `INSERT INTO "User" ("email") VALUES ('ada@example.org')`);
    const result = await project.prisma(["migrate", "reset", "--force"], url);

    expect(result.exitCode, result.output).toBe(0);
    expect(result.output).toContain("Database reset successful");
    expect(await count("User")).toBe(0);
    expect(await count("_prisma_migrations")).toBe(4);
  });

  it("migrate diff prints the script from nothing to the schema", async () => {
    const result = await project.prisma(
      ["migrate", "diff", "--from-empty", "--to-schema", project.schemaPath, "--script"],
      url,
    );

    expect(result.exitCode, result.output).toBe(0);
    expect(result.stdout).toContain('CREATE TABLE "User"');
    expect(result.stdout).toContain('CREATE TABLE "Note"');
  });

  it("migrate diff finds the migrations in line with the schema", async () => {
    const args = [
      "migrate",
      "diff",
      "--from-migrations",
      project.migrationsDir,
      "--to-schema",
      project.schemaPath,
    ];
    const result = await project.prisma([...args, "--exit-code"], url);

    expect(result.output).toContain("No difference detected.");
    expect(result.exitCode).toBe(0);
  });

  it("db push creates the tables in a fresh database without migrations", async () => {
    const result = await project.prisma(["db", "push"], pushUrl);

    expect(result.exitCode, result.output).toBe(0);
    expect(result.output).toContain("Your database is now in sync with your Prisma schema.");
    expect(await server.tables(pushUrl)).toEqual(["Note", "User"]);
  });

  it("migrate status lists all migrations as pending without a migrations table", async () => {
    const result = await project.prisma(["migrate", "status"], pushUrl);

    expect(result.exitCode).toBe(1);
    expect(result.output).toContain("Following migrations have not yet been applied:");
    expect(result.output).toContain(project.migrationNames()[0]);
  });
}
