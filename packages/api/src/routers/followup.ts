import { listOverdue, listStale } from "@pledgewatch/db";
import { overdueListInputSchema, staleListInputSchema } from "@pledgewatch/domain";
import { createTRPCRouter, publicProcedure } from "../trpc.ts";

/** Journalists' follow-up lists, cursor-paginated, accepting the rest of the list filter. */
export const followUpRouter = createTRPCRouter({
  overdue: publicProcedure
    .input(overdueListInputSchema)
    .query(({ ctx, input }) => listOverdue(ctx.db, input)),
  stale: publicProcedure
    .input(staleListInputSchema)
    .query(({ ctx, input }) => listStale(ctx.db, input)),
});
