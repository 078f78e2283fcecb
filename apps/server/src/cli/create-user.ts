// npm run user:create -- --email a@b.org --role admin [--name "…"] [--password …] [--update]
// npm run user:create -- --email a@b.org --reset-password [--password …]
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { createDb, DatabaseSetupError, migrateDatabase, setUserRole } from "@pledgewatch/db";
import { AppError, emailSchema, passwordSchema, roleSchema, ROLES } from "@pledgewatch/domain";
import { APIError } from "better-auth/api";
import { read } from "read";
import type { z } from "zod";
import { createAuthFromEnv } from "../auth.ts";
import type { Auth } from "@pledgewatch/auth";
import { parseEnv } from "../env.ts";
import { InputError, runCommand, UsageError } from "./command.ts";

const USAGE = `Usage:
  npm run user:create -- --email EMAIL --role ROLE [--name NAME] [--password PASSWORD]
  npm run user:create -- --email EMAIL --role ROLE --update     (change an existing account's role)
  npm run user:create -- --email EMAIL --reset-password         (set a new password, e.g. after a
                                                                 restore without password hashes)

Roles: ${ROLES.join(", ")}. Without --password, the password is asked for (not shown), or read
from the first line of standard input when it is not a terminal.`;

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
      "reset-password": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const resetPassword = values["reset-password"];
  if (!values.email || (!values.role && !resetPassword)) {
    throw new UsageError("--email and --role are required.");
  }
  const email = parseOrExplain(emailSchema, values.email, "--email");
  const { data: role } = roleSchema.safeParse(values.role);
  if (!role && !resetPassword) {
    throw new InputError(`--role must be one of ${ROLES.join(", ")}; got "${values.role}".`);
  }

  // Asked before touching the database, so a mistyped password fails fast.
  const password = values.update
    ? undefined
    : parseOrExplain(passwordSchema, values.password ?? (await readPassword()), "password");

  const env = parseEnv();
  await migrateDatabase(env.DATABASE_URL);
  const db = createDb(env.DATABASE_URL);
  try {
    const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
    if (resetPassword) {
      if (!existing) throw new InputError(`No account has the email ${email}.`);
      await setPassword(createAuthFromEnv(env, db), existing.id, password!);
      return console.log(`${email} has a new password. It can sign in with it now.`);
    }
    if (password === undefined) {
      if (!existing) throw new InputError(`No account has the email ${email}.`);
      await setUserRole(db, null, { userId: existing.id, role: role! });
      return console.log(`${email} is now ${role}.`);
    }
    if (existing) {
      throw new InputError(
        `An account with the email ${email} already exists. To change its role, add --update.`,
      );
    }
    const name = values.name?.trim() || email.split("@")[0]!;
    const auth = createAuthFromEnv(env, db);
    const { user } = await auth.api.createUser({ body: { email, password, name, role: role! } });
    console.log(`Created the ${role} account ${user.email} (${name}). It can sign in now.`);
  } finally {
    await db.$disconnect();
  }
}

/**
 * Hashes with better-auth's own hasher and stores it on the account's password sign-in, creating
 * that sign-in when the account has none (a restore without password hashes leaves it empty).
 */
async function setPassword(auth: Auth, userId: string, password: string): Promise<void> {
  const context = await auth.$context;
  const hash = await context.password.hash(password);
  const accounts = await context.internalAdapter.findAccounts(userId);
  const credential = accounts.find((account) => account.providerId === "credential");
  if (credential) {
    await context.internalAdapter.updateAccount(credential.id, { password: hash });
  } else {
    await context.internalAdapter.linkAccount({
      userId,
      providerId: "credential",
      accountId: userId,
      password: hash,
    });
  }
}

runCommand(main, {
  usage: USAGE,
  // Failures whose message is meant for the person at the terminal: no stack trace.
  expectedErrors: [DatabaseSetupError, APIError, AppError],
  failure: "The account command failed:",
});
