import { listCommitments } from "@pledgewatch/db";
import { z } from "zod";
import { createTRPCRouter, publicProcedure } from "../trpc.ts";

export const commitmentRouter = createTRPCRouter({
  list: publicProcedure
    .input(
      z.object({ limit: z.number().int().min(1).max(500).default(100) }).default({ limit: 100 }),
    )
    .query(({ ctx, input }) => listCommitments(ctx.db, input)),
});
