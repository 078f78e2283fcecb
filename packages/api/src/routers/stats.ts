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
import { cachedRead, createTRPCRouter, publicProcedure } from "../trpc.ts";

/** Dashboard aggregates; each takes the list filter, so a segment opens the list behind it. */
const statsProcedure = publicProcedure.input(statsInputSchema);

export const statsRouter = createTRPCRouter({
  byStatusAndTheme: statsProcedure.query(cachedRead(countByThemeAndStatus)),
  byStatusAndCountry: statsProcedure.query(cachedRead(countByCountryAndStatus)),
  byPair: statsProcedure.query(cachedRead(countByPairAndStatus)),
  byStage: statsProcedure.query(cachedRead(countByStageAndStatus)),
  overTime: statsProcedure.query(cachedRead(statusOverTime)),
  headline: statsProcedure.query(cachedRead(headlineStats)),
  upcomingDeadlines: publicProcedure
    .input(upcomingDeadlinesInputSchema)
    .query(cachedRead(upcomingDeadlines)),
});
