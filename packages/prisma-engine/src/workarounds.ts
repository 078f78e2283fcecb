// Where the wasm engine behind driver adapters answers differently from the native engine the
// CLI was written for, these wrappers restore the native answer.
import type {
  CreateMigrationInput,
  DevDiagnosticInput,
  DevDiagnosticOutput,
  DiagnoseMigrationHistoryInput,
  DiagnoseMigrationHistoryOutput,
  EvaluateDataLossInput,
} from "@prisma/schema-engine-wasm/schema_engine_bg";
import { errorCode } from "./errors.ts";
import type { SchemaEngine } from "./wasm.ts";

/**
 * On a database without `_prisma_migrations` the wasm engine fails with P1014 where the native
 * one proceeds. Applying an empty migration list creates the table; P3005 from that means the
 * database has a schema that Migrate does not manage, which calls for a reset.
 */
export async function devDiagnostic(
  engine: SchemaEngine,
  input: DevDiagnosticInput,
): Promise<DevDiagnosticOutput> {
  try {
    return await engine.devDiagnostic(input);
  } catch (error) {
    if (errorCode(error) !== "P1014") throw error;
  }
  try {
    await engine.applyMigrations({
      migrationsList: { ...input.migrationsList, migrationDirectories: [] },
      filters: input.filters,
    });
  } catch (error) {
    if (errorCode(error) !== "P3005") throw error;
    return { action: { tag: "reset", reason: (error as Error).message } };
  }
  return engine.devDiagnostic(input);
}

/**
 * The same P1014 as in devDiagnostic. Without a migrations table the native engine reports
 * every migration as unapplied, which needs no database access, so answer that (rather than
 * create the table from a read-only command such as `migrate status`).
 */
export async function diagnoseMigrationHistory(
  engine: SchemaEngine,
  input: DiagnoseMigrationHistoryInput,
): Promise<DiagnoseMigrationHistoryOutput> {
  try {
    return await engine.diagnoseMigrationHistory(input);
  } catch (error) {
    if (errorCode(error) !== "P1014") throw error;
  }
  const unappliedMigrationNames = input.migrationsList.migrationDirectories.map(
    (directory) => directory.path,
  );
  return {
    editedMigrationNames: [],
    failedMigrationNames: [],
    hasMigrationsTable: false,
    history: unappliedMigrationNames.length
      ? { diagnostic: "databaseIsBehind", unappliedMigrationNames }
      : null,
  };
}

/**
 * createMigration and evaluateDataLoss get no shadow database in the wasm engine: they rely on
 * the schema of the migrations that devDiagnostic cached for the same migration list. When the
 * CLI applied migrations in between, nothing is cached ("shadow DB must be provided through an
 * external factory"): run devDiagnostic to fill the cache, then retry.
 */
export async function withMigrationsSchema<
  Input extends CreateMigrationInput | EvaluateDataLossInput,
  Output,
>(engine: SchemaEngine, input: Input, run: (input: Input) => Promise<Output>): Promise<Output> {
  try {
    return await run(input);
  } catch (error) {
    if (!String(error).includes("shadow DB must be provided through an external factory")) {
      throw error;
    }
  }
  await devDiagnostic(engine, { migrationsList: input.migrationsList, filters: input.filters });
  return run(input);
}
