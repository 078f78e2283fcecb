import { accountRouter } from "./routers/account.ts";
import { commitmentRouter } from "./routers/commitment.ts";
import { followUpRouter } from "./routers/followup.ts";
import { importRouter } from "./routers/import.ts";
import { intakeRouter } from "./routers/intake.ts";
import { referenceRouter } from "./routers/reference.ts";
import { statementRouter } from "./routers/statement.ts";
import { statsRouter } from "./routers/stats.ts";
import { createCallerFactory, createTRPCRouter } from "./trpc.ts";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  commitment: commitmentRouter,
  followUp: followUpRouter,
  import: importRouter,
  intake: intakeRouter,
  reference: referenceRouter,
  statement: statementRouter,
  stats: statsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
