// Accounts, sessions and login rate limits, all done by better-auth on our Prisma models.
import type { SessionUser } from "@pledgewatch/api";
import type { Db } from "@pledgewatch/db";
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  roleOrViewer,
  type Role,
} from "@pledgewatch/domain";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { admin } from "better-auth/plugins/admin";
import { adminAc, defaultStatements } from "better-auth/plugins/admin/access";
import { createAccessControl } from "better-auth/plugins/access";

const accessControl = createAccessControl(defaultStatements);
// Content permissions follow the role order in packages/domain (hasRole); these statements only
// govern better-auth's own user-management endpoints, which are for admins alone.
const withoutUserManagement = accessControl.newRole({ user: [], session: [] });
const roles = {
  viewer: withoutUserManagement,
  analyst: withoutUserManagement,
  editor: withoutUserManagement,
  admin: accessControl.newRole(adminAc.statements),
} satisfies Record<Role, unknown>;

/** Wrong passwords allowed per IP and minute before sign-in answers 429. */
export const SIGN_IN_ATTEMPTS_PER_MINUTE = 5;

export interface AuthOptions {
  db: Db;
  /** The server's public origin, e.g. https://pledgewatch.example.org; https makes cookies Secure. */
  baseURL: string;
  /** Other origins (besides baseURL) allowed to call the auth endpoints. */
  trustedOrigins?: string[];
  secret: string;
}

export function createAuth(options: AuthOptions) {
  return betterAuth({
    appName: "Pledgewatch",
    baseURL: options.baseURL,
    basePath: "/api/auth",
    secret: options.secret,
    trustedOrigins: options.trustedOrigins ?? [],
    database: prismaAdapter(options.db, {
      provider: options.db.$provider === "postgres" ? "postgresql" : "sqlite",
    }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
    },
    plugins: [admin({ ac: accessControl, roles, defaultRole: "viewer", adminRoles: ["admin"] })],
    // The library only limits in production by default; a laptop install is exposed too.
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": { window: 60, max: SIGN_IN_ATTEMPTS_PER_MINUTE } },
    },
    advanced: {
      cookiePrefix: "pledgewatch",
      useSecureCookies: new URL(options.baseURL).protocol === "https:",
    },
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** The signed-in account behind the request's session cookie, or null. */
export async function getSessionUser(auth: Auth, headers: Headers): Promise<SessionUser | null> {
  // Most readers are anonymous: without a session cookie there is nothing to look up, and asking
  // better-auth anyway costs a request object and a round of its plumbing per API call.
  if (!headers.get("cookie")?.includes("session_token")) return null;
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const { id, email, name, role } = session.user;
  return { id, email, name, role: roleOrViewer(role) };
}
