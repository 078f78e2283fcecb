import { fileURLToPath } from "node:url";

/** Absolute path of the engine executable, the value for PRISMA_SCHEMA_ENGINE_BINARY. */
export const schemaEngineBinaryPath = fileURLToPath(
  new URL("../bin/schema-engine.mjs", import.meta.url),
);
