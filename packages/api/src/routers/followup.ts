import { listOverdue, listStale } from "@pledgewatch/db";
import { overdueListInputSchema, staleListInputSchema } from "@pledgewatch/domain";
import { cachedRead, createTRPCRouter, publicProcedure } from "../trpc.ts";

/** Journalists' follow-up lists, cursor-paginated, accepting the rest of the list filter. */
export const followUpRouter = createTRPCRouter({
  overdue: publicProcedure.input(overdueListInputSchema).query(cachedRead(listOverdue)),
  stale: publicProcedure.input(staleListInputSchema).query(cachedRead(listStale)),
});
