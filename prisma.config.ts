// Prisma CLI configuration. The provider (and so the schema folder and migrations) follows
// DATABASE_URL; the schema engine is our own offline one (see packages/prisma-engine).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

const root = path.dirname(fileURLToPath(import.meta.url));

process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(
  root,
  "packages/prisma-engine/bin/schema-engine.mjs",
);

const url = process.env.DATABASE_URL ?? "file:./data/pledgewatch.db";
const provider = /^postgres(ql)?:\/\//.test(url) ? "postgres" : "sqlite";

export default defineConfig({
  schema: path.join(root, "prisma", provider),
  migrations: { path: path.join(root, "prisma", provider, "migrations") },
  datasource: {
    url,
    ...(process.env.SHADOW_DATABASE_URL
      ? { shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL }
      : {}),
  },
});
