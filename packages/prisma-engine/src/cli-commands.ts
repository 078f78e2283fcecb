import type { CliCommand } from "./argv.ts";
import { UserFacingError } from "./errors.ts";
import type { DatabaseProvider } from "./provider.ts";

/**
 * Runs `schema-engine cli <command>` and returns the exit code. Failures are reported the way the
 * native engine logs them, as JSON lines on stderr; the CLI ignores the first line, hence the
 * leading INFO line.
 */
export async function runCliCommand(
  command: CliCommand,
  provider: DatabaseProvider,
): Promise<number> {
  logLine("INFO", { message: `Running schema engine CLI command ${command}` });
  try {
    if (command === "can-connect-to-database") await provider.canConnect();
    else if (command === "create-database") await provider.createDatabase();
    else await provider.dropDatabase();
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    logLine(
      "ERROR",
      error instanceof UserFacingError ? { error_code: error.code, message } : { message },
    );
    return 1;
  } finally {
    await provider.close();
  }
}

function logLine(level: "INFO" | "ERROR", fields: Record<string, string>): void {
  const line = {
    timestamp: new Date().toISOString(),
    level,
    fields,
    target: "schema_engine::logger",
  };
  process.stderr.write(`${JSON.stringify(line)}\n`);
}
