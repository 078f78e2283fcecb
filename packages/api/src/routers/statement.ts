import { listStatements } from "@pledgewatch/db";
import { z } from "zod";
import { createTRPCRouter, publicProcedure } from "../trpc.ts";

export const statementRouter = createTRPCRouter({
  list: publicProcedure
    .input(z.object({ limit: z.number().int().min(1).max(200).default(50) }).default({ limit: 50 }))
    .query(({ ctx, input }) => listStatements(ctx.db, input)),
});
