import {
  countByCountryAndStatus,
  countByPairAndStatus,
  countByStageAndStatus,
  countByThemeAndStatus,
  headlineStats,
  statusOverTime,
  upcomingDeadlines,
} from "@pledgewatch/db";
import { statsInputSchema, upcomingDeadlinesInputSchema } from "@pledgewatch/domain";
import { createTRPCRouter, publicProcedure } from "../trpc.ts";

/** Dashboard aggregates; each takes the list filter, so a segment opens the list behind it. */
const statsProcedure = publicProcedure.input(statsInputSchema);

export const statsRouter = createTRPCRouter({
  byStatusAndTheme: statsProcedure.query(({ ctx, input }) => countByThemeAndStatus(ctx.db, input)),
  byStatusAndCountry: statsProcedure.query(({ ctx, input }) =>
    countByCountryAndStatus(ctx.db, input),
  ),
  byPair: statsProcedure.query(({ ctx, input }) => countByPairAndStatus(ctx.db, input)),
  byStage: statsProcedure.query(({ ctx, input }) => countByStageAndStatus(ctx.db, input)),
  overTime: statsProcedure.query(({ ctx, input }) => statusOverTime(ctx.db, input)),
  headline: statsProcedure.query(({ ctx, input }) => headlineStats(ctx.db, input)),
  upcomingDeadlines: publicProcedure
    .input(upcomingDeadlinesInputSchema)
    .query(({ ctx, input }) => upcomingDeadlines(ctx.db, input)),
});
