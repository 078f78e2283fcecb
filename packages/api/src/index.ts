export { appRouter, createCaller, type AppRouter } from "./root.ts";
export { createContextInner, PAGE_FETCH_LIMIT, type Context, type SessionUser } from "./trpc.ts";
export { RateLimiter } from "./rate-limit.ts";
export { runInSlices } from "./in-slices.ts";
export { restRouter } from "./rest/router.ts";
export { openApiDocument } from "./rest/document.ts";
export type { RestError } from "./rest/schemas.ts";
