import { createStatement, getStatement, listStatements, updateStatement } from "@pledgewatch/db";
import {
  AppError,
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
      const waitSeconds = ctx.pageFetchLimiter.take(ctx.user.id);
      if (waitSeconds > 0) {
        throw new AppError(
          "RATE_LIMITED",
          `Too many pages fetched in a short time. Try again in ${waitSeconds} s, or paste the text.`,
          "url",
        );
      }
      // Loaded on first use: Readability and linkedom would add ~0.3 s and ~28 MB to every start.
      const { statementFromUrl } = await import("../statement-url/statement-from-url.ts");
      return statementFromUrl(input.url, { allowPrivateAddresses: ctx.allowPrivateUrls });
    }),
});
