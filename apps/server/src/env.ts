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
  DATABASE_REPLICA_URL: z
    .string()
    .trim()
    .refine((url) => databaseProvider(url) === "postgres", {
      message:
        "DATABASE_REPLICA_URL must be a postgresql:// address of a read replica of DATABASE_URL",
    })
    .optional(),
  /** Where `npm start -- --demo` keeps its generated, fictional data: never the real database. */
  DEMO_DATABASE_URL: z
    .string()
    .trim()
    .default(`file:${path.join(repoRoot, "data/demo.db")}`)
    .refine((url) => databaseProvider(url) !== undefined, {
      message: "DEMO_DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)",
    }),
  WEB_DIST: z.string().default(path.join(repoRoot, "apps/web/dist")),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  AUTH_SECRET: z
    .string()
    .min(
      32,
      "AUTH_SECRET must be at least 32 characters: generate one with openssl rand -base64 32",
    )
    .optional(),
  PUBLIC_URL: z
    .url({
      protocol: /^https?$/,
      message: "PUBLIC_URL must be the address users open, such as https://pledgewatch.example.org",
    })
    .transform((url) => new URL(url).origin)
    .optional(),
  TRUSTED_ORIGINS: z
    .string()
    .default("")
    .transform((list) =>
      list
        .split(",")
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z
          .url({
            protocol: /^https?$/,
            message:
              "TRUSTED_ORIGINS must be a comma-separated list of origins, such as https://a.org,https://b.org",
          })
          .transform((url) => new URL(url).origin),
      ),
    ),
  TRUST_PROXY: z.stringbool({ error: "TRUST_PROXY must be true or false" }).default(false),
  /** For tests only: lets "Add a statement" fetch pages on loopback and private networks. */
  INTAKE_ALLOW_PRIVATE_URLS: z
    .stringbool({ error: "INTAKE_ALLOW_PRIVATE_URLS must be true or false" })
    .default(false),
});

const envWithDefaults = envSchema
  .refine((env) => env.NODE_ENV !== "production" || env.AUTH_SECRET !== undefined, {
    path: ["AUTH_SECRET"],
    message:
      "AUTH_SECRET is required when NODE_ENV=production (it signs session cookies): generate one with openssl rand -base64 32",
  })
  .transform((env) => {
    if (env.PUBLIC_URL) return { ...env, PUBLIC_URL: env.PUBLIC_URL };
    // No public address configured: a local installation, opened as localhost or 127.0.0.1.
    return {
      ...env,
      PUBLIC_URL: `http://localhost:${env.PORT}`,
      TRUSTED_ORIGINS: [...env.TRUSTED_ORIGINS, `http://127.0.0.1:${env.PORT}`],
    };
  });

export type Env = z.infer<typeof envWithDefaults>;

/** Where development keeps its generated AUTH_SECRET, so sessions survive a restart. */
export const DEV_AUTH_SECRET_FILE = path.join(repoRoot, "data/auth-secret");

export class EnvError extends Error {
  override readonly name = "EnvError";
}

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envWithDefaults.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `  ${issue.path.join(".")}: ${issue.message}`,
  );
  throw new EnvError(`Invalid configuration:\n${problems.join("\n")}`);
}
