import { createStatement, getStatement, listStatements, updateStatement } from "@pledgewatch/db";
import {
  recordRefSchema,
  statementInputSchema,
  statementListInputSchema,
  statementUpdateSchema,
  statementUrlInputSchema,
} from "@pledgewatch/domain";
import { analystProcedure, createTRPCRouter, publicProcedure } from "../trpc.ts";

export const statementRouter = createTRPCRouter({
  list: publicProcedure
    .input(statementListInputSchema)
    .query(({ ctx, input }) => listStatements(ctx.db, input)),
  get: publicProcedure
    .input(recordRefSchema)
    .query(({ ctx, input }) => getStatement(ctx.db, input.id)),
  create: analystProcedure
    .input(statementInputSchema)
    .mutation(({ ctx, input }) => createStatement(ctx.db, input, ctx.user.id)),
  update: analystProcedure
    .input(statementUpdateSchema)
    .mutation(({ ctx, input }) => updateStatement(ctx.db, input, ctx.user.id)),
  /** A mutation although it saves nothing: it makes the server fetch a page, never cached. */
  extractFromUrl: analystProcedure
    .input(statementUrlInputSchema)
    .mutation(async ({ ctx, input }) => {
      // Loaded on first use: Readability and linkedom would add ~0.3 s and ~28 MB to every start.
      const { statementFromUrl } = await import("../statement-url/statement-from-url.ts");
      return statementFromUrl(input.url, { allowPrivateAddresses: ctx.allowPrivateUrls });
    }),
});
