export { appRouter, createCaller, type AppRouter } from "./root.ts";
export { createContextInner, type Context } from "./trpc.ts";
