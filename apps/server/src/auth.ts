import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createAuth, type Auth } from "@pledgewatch/auth";
import type { Db } from "@pledgewatch/db";
import { DEV_AUTH_SECRET_FILE, type Env } from "./env.ts";

/** better-auth for this server's settings; outside production a missing secret is made once. */
export function createAuthFromEnv(env: Env, db: Db): Auth {
  return createAuth({
    db,
    baseURL: env.PUBLIC_URL,
    trustedOrigins: env.TRUSTED_ORIGINS,
    secret: env.AUTH_SECRET ?? loadOrCreateSecret(DEV_AUTH_SECRET_FILE),
  });
}

/** Readable by this user only: whoever reads it can forge session cookies. */
export function loadOrCreateSecret(file: string): string {
  try {
    return readFileSync(file, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  // "wx" fails if another process created it meanwhile: then use theirs.
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return readFileSync(file, "utf8").trim();
  }
}
