// npm run user:create -- --email a@b.org --role admin [--name "…"] [--password …] [--update]
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { createDb, DatabaseSetupError, migrateDatabase, setUserRole } from "@pledgewatch/db";
import { AppError, emailSchema, passwordSchema, roleSchema, ROLES } from "@pledgewatch/domain";
import { APIError } from "better-auth/api";
import { read } from "read";
import type { z } from "zod";
import { createAuthFromEnv } from "../auth.ts";
import { EnvError, parseEnv } from "../env.ts";

const USAGE = `Usage:
  npm run user:create -- --email EMAIL --role ROLE [--name NAME] [--password PASSWORD]
  npm run user:create -- --email EMAIL --role ROLE --update     (change an existing account's role)

Roles: ${ROLES.join(", ")}. Without --password, the password is asked for (not shown), or read
from the first line of standard input when it is not a terminal.`;

/** The command line itself is wrong: the usage follows the message. */
class UsageError extends Error {
  override readonly name = "UsageError";
}

/** A value given is wrong (or clashes with the database): the message says which and why. */
class InputError extends Error {
  override readonly name = "InputError";
}

function parseOrExplain<T>(schema: z.ZodType<T>, value: unknown, option: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new InputError(`${option}: ${result.error.issues[0]?.message ?? "invalid value"}`);
}

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    const password = await read({ prompt: "Password (not shown): ", silent: true });
    process.stdout.write("\n"); // the hidden input swallowed the Enter
    return password;
  }
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return "";
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
      password: { type: "string" },
      update: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  if (!values.email || !values.role) throw new UsageError("--email and --role are required.");
  const email = parseOrExplain(emailSchema, values.email, "--email");
  const { data: role } = roleSchema.safeParse(values.role);
  if (!role)
    throw new InputError(`--role must be one of ${ROLES.join(", ")}; got "${values.role}".`);

  // Asked before touching the database, so a mistyped password fails fast.
  const password = values.update
    ? undefined
    : parseOrExplain(passwordSchema, values.password ?? (await readPassword()), "password");

  const env = parseEnv();
  await migrateDatabase(env.DATABASE_URL);
  const db = createDb(env.DATABASE_URL);
  try {
    const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
    if (password === undefined) {
      if (!existing) throw new InputError(`No account has the email ${email}.`);
      await setUserRole(db, null, { userId: existing.id, role });
      return console.log(`${email} is now ${role}.`);
    }
    if (existing) {
      throw new InputError(
        `An account with the email ${email} already exists. To change its role, add --update.`,
      );
    }
    const name = values.name?.trim() || email.split("@")[0]!;
    const auth = createAuthFromEnv(env, db);
    const { user } = await auth.api.createUser({ body: { email, password, name, role } });
    console.log(`Created the ${role} account ${user.email} (${name}). It can sign in now.`);
  } finally {
    await db.$disconnect();
  }
}

/** Failures with a message meant for the person at the terminal: no stack trace. */
const EXPECTED_ERRORS = [InputError, EnvError, DatabaseSetupError, APIError, AppError];

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const badArguments = (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    if (error instanceof UsageError || badArguments) {
      console.error(`${(error as Error).message}\n\n${USAGE}`);
    } else if (EXPECTED_ERRORS.some((kind) => error instanceof kind)) {
      console.error((error as Error).message);
    } else {
      console.error("Creating the account failed:", error);
    }
    process.exit(1);
  },
);
