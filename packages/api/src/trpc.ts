// All tRPC plumbing: context, error formatting and the base procedures the routers may use.
import type { Db, ReadCache } from "@pledgewatch/db";
import { AppError, hasRole, type ErrorCode, type Role } from "@pledgewatch/domain";
import { initTRPC, TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";
import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";
import { RateLimiter } from "./rate-limit.ts";

/** The signed-in account, as the procedures see it. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export interface Context {
  db: Db;
  user: SessionUser | null;
  /** The server's cache of public read answers; absent in tests that call procedures directly. */
  readCache?: ReadCache;
  /** Lets statement intake fetch pages on private addresses: for tests on loopback only. */
  allowPrivateUrls: boolean;
  /** Web pages fetched per account: the server makes requests to any site an analyst names. */
  pageFetchLimiter: RateLimiter;
}

/** Each account may fetch this many pages at once, then one every six seconds. */
export const PAGE_FETCH_LIMIT = { capacity: 10, refillPerSecond: 1 / 6 };

/** Builds the context from plain values, so tests can call procedures against a real database. */
export function createContextInner(values: {
  db: Db;
  user?: SessionUser | null;
  readCache?: ReadCache;
  allowPrivateUrls?: boolean;
  /** The server passes one limiter to every request's context; without one, this context's own. */
  pageFetchLimiter?: RateLimiter;
}): Context {
  return {
    db: values.db,
    user: values.user ?? null,
    readCache: values.readCache,
    allowPrivateUrls: values.allowPrivateUrls ?? false,
    pageFetchLimiter: values.pageFetchLimiter ?? new RateLimiter(PAGE_FETCH_LIMIT),
  };
}

const TRPC_CODE_BY_APP_CODE: Record<ErrorCode, TRPC_ERROR_CODE_KEY> = {
  VALIDATION: "BAD_REQUEST",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  FORBIDDEN: "FORBIDDEN",
  UNAUTHORIZED: "UNAUTHORIZED",
  INVALID_TRANSITION: "UNPROCESSABLE_CONTENT",
  FETCH_FAILED: "UNPROCESSABLE_CONTENT",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
};

// OpenApiMeta lets a procedure also be served as a REST endpoint (src/rest).
const withOpenApiMeta = initTRPC.context<Context>().meta<OpenApiMeta>();
const t = withOpenApiMeta.create({
  isDev: false,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const appError = cause instanceof AppError ? cause : undefined;
    const zodError = cause instanceof z.ZodError ? cause : undefined;
    const unexpected = error.code === "INTERNAL_SERVER_ERROR" && !appError;
    return {
      ...shape,
      // Never send SQL or internals to a client: unexpected failures get a generic message.
      message: unexpected
        ? "Something went wrong on the server. Please try again."
        : zodError
          ? describeInvalidInput(zodError)
          : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        appCode: appError?.code ?? (zodError ? "VALIDATION" : null),
        field: appError?.field ?? null,
        details: appError?.details ?? null,
        fieldErrors: zodError ? z.flattenError(zodError).fieldErrors : null,
      },
    };
  },
});

/** A readable summary of schema errors (the per-field messages travel in `fieldErrors`). */
function describeInvalidInput(error: z.ZodError): string {
  const problems = error.issues
    .slice(0, 5)
    .map((issue) =>
      issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message,
    );
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more)` : "";
  return `Please correct the input. ${problems.join("; ")}${more}`;
}

/** Turns domain errors into tRPC errors with the matching code; the formatter adds the field. */
const appErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const appError = result.error.cause;
    throw new TRPCError({
      code: TRPC_CODE_BY_APP_CODE[appError.code],
      message: appError.message,
      cause: appError,
    });
  }
  return result;
});

/** Runs before input parsing, so an unauthorised caller learns nothing about valid input. */
const requireRole = (required: Role) =>
  t.middleware(({ ctx, next }) => {
    if (!ctx.user) throw new AppError("UNAUTHORIZED", "Sign in to do this.");
    if (!hasRole(ctx.user.role, required)) {
      throw new AppError(
        "FORBIDDEN",
        `This needs the ${required} role; your account is a ${ctx.user.role}.`,
      );
    }
    return next({ ctx: { ...ctx, user: ctx.user } });
  });

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
/** Reading is public. */
export const publicProcedure = t.procedure.use(appErrors);
/** Logging and updating statements, commitments and statuses. */
export const analystProcedure = publicProcedure.use(requireRole("analyst"));
/** Reviewing and correcting. */
export const editorProcedure = publicProcedure.use(requireRole("editor"));
/** Deleting and managing accounts. */
export const adminProcedure = publicProcedure.use(requireRole("admin"));

/**
 * The resolver of a public read whose answer depends only on its input and the data (never on
 * who asks): served from the read cache, when there is one, until the data changes.
 */
export function cachedRead<Input, Answer>(read: (db: Db, input: Input) => Promise<Answer>) {
  return ({ ctx, input, path }: { ctx: Context; input: Input; path: string }) =>
    ctx.readCache
      ? ctx.readCache.read(`${path} ${JSON.stringify(input)}`, () => read(ctx.db, input))
      : read(ctx.db, input);
}
