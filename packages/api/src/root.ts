import { commitmentRouter } from "./routers/commitment.ts";
import { referenceRouter } from "./routers/reference.ts";
import { statementRouter } from "./routers/statement.ts";
import { createCallerFactory, createTRPCRouter } from "./trpc.ts";

export const appRouter = createTRPCRouter({
  commitment: commitmentRouter,
  reference: referenceRouter,
  statement: statementRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
