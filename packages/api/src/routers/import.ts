import { commitImport, previewImport } from "@pledgewatch/db";
import { importFileInputSchema } from "@pledgewatch/domain";
import { analystProcedure, createTRPCRouter } from "../trpc.ts";

// Both are mutations although preview writes nothing: a query would put the file in the URL.
export const importRouter = createTRPCRouter({
  preview: analystProcedure
    .input(importFileInputSchema)
    .mutation(({ ctx, input }) => previewImport(ctx.db, input.csv)),
  commit: analystProcedure
    .input(importFileInputSchema)
    .mutation(({ ctx, input }) => commitImport(ctx.db, input.csv, ctx.user.id)),
});
