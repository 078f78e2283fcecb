// The only place that reads process.env: every setting is validated here, with a clear message.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { databaseProvider } from "@pledgewatch/db";
import { z } from "zod";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

const envSchema = z.object({
  PORT: z.coerce
    .number({ message: "PORT must be a number" })
    .int("PORT must be a whole number")
    .min(0, "PORT must be between 0 and 65535")
    .max(65535, "PORT must be between 0 and 65535")
    .default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: z
    .string()
    .trim()
    .default(`file:${path.join(repoRoot, "data/pledgewatch.db")}`)
    .refine((url) => databaseProvider(url) !== undefined, {
      message:
        "DATABASE_URL must start with file: (SQLite, e.g. file:./data/pledgewatch.db) or postgresql:// (PostgreSQL)",
    }),
  WEB_DIST: z.string().default(path.join(repoRoot, "apps/web/dist")),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  override readonly name = "EnvError";
}

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `  ${issue.path.join(".")}: ${issue.message}`,
  );
  throw new EnvError(`Invalid configuration:\n${problems.join("\n")}`);
}
