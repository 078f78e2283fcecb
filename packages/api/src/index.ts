export { appRouter, createCaller, type AppRouter } from "./root.ts";
export { createContextInner, type Context, type SessionUser } from "./trpc.ts";
