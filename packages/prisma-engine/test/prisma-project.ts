import { execFile } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { schemaEngineBinaryPath } from "../src/index.ts";

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
const prismaCli = path.join(repoRoot, "node_modules/.bin/prisma");

export type SchemaProvider = "sqlite" | "postgresql";

export interface CommandResult {
  exitCode: number;
  stdout: string;
  /** stdout and stderr together, for assertions on what the user sees. */
  output: string;
}

/** A throwaway Prisma project whose prisma.config.ts points the CLI at our engine. */
export class PrismaProject {
  readonly dir = mkdtempSync(path.join(os.tmpdir(), "prisma-engine-test-"));

  constructor(readonly provider: SchemaProvider) {
    mkdirSync(path.join(this.dir, "prisma"));
    // `prisma generate` resolves @prisma/client from the project.
    symlinkSync(path.join(repoRoot, "node_modules"), path.join(this.dir, "node_modules"), "dir");
    writeFileSync(
      path.join(this.dir, "prisma.config.ts"),
      [
        `process.env.PRISMA_SCHEMA_ENGINE_BINARY = ${JSON.stringify(schemaEngineBinaryPath)};`,
        "export default {",
        '  schema: "prisma/schema.prisma",',
        '  migrations: { path: "prisma/migrations" },',
        "  datasource: { url: process.env.TEST_DATABASE_URL },",
        "};",
        "",
      ].join("\n"),
    );
  }

  get schemaPath(): string {
    return path.join(this.dir, "prisma/schema.prisma");
  }

  get migrationsDir(): string {
    return path.join(this.dir, "prisma/migrations");
  }

  writeModels(models: string): void {
    const header = [
      "generator client {",
      '  provider = "prisma-client"',
      '  output   = "../generated"',
      "}",
      "",
      "datasource db {",
      `  provider = "${this.provider}"`,
      "}",
      "",
    ].join("\n");
    writeFileSync(this.schemaPath, `${header}${models.trim()}\n`);
  }

  /** Migration folder names, oldest first. */
  migrationNames(): string[] {
    return readdirSync(this.migrationsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  }

  migrationSql(name: string): string {
    return readFileSync(path.join(this.migrationsDir, name, "migration.sql"), "utf8");
  }

  writeMigrationSql(name: string, sql: string): void {
    writeFileSync(path.join(this.migrationsDir, name, "migration.sql"), sql);
  }

  prisma(args: string[], databaseUrl?: string): Promise<CommandResult> {
    const env = {
      ...process.env,
      TEST_DATABASE_URL: databaseUrl,
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      NO_COLOR: "1",
    };
    return new Promise((resolve) => {
      execFile(prismaCli, args, { cwd: this.dir, env }, (error, stdout, stderr) => {
        const exitCode = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ exitCode, stdout, output: `${stdout}\n${stderr}` });
      });
    });
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
