import {
  dismissPassage,
  getStatement,
  listDismissedPassages,
  restorePassage,
} from "@pledgewatch/db";
import { passageRefSchema, recordRefSchema } from "@pledgewatch/domain";
import { runInSlices } from "../in-slices.ts";
import { analystProcedure, createTRPCRouter } from "../trpc.ts";

export const intakeRouter = createTRPCRouter({
  /**
   * Candidate commitments in a statement's text, leaving out the passages already logged, and the
   * passages the team dismissed (with who and when), so the panel reads both in one request.
   */
  suggest: analystProcedure.input(recordRefSchema).query(async ({ ctx, input }) => {
    const [statement, dismissed] = await Promise.all([
      getStatement(ctx.db, input.id),
      listDismissedPassages(ctx.db, input.id),
    ]);
    // Loaded on first use: compromise and the country data would add ~0.5 s and ~45 MB to every
    // server start for a button analysts press now and then.
    const { suggestionSteps } = await import("@pledgewatch/intake");
    const candidates = await runInSlices(
      suggestionSteps(statement.text, {
        speakerCountryId: statement.speakerCountry?.id,
        loggedPassages: statement.quotes,
      }),
    );
    return { candidates, dismissed };
  }),

  /** Hides a suggested passage from the whole team's suggestions; dismissing twice is no error. */
  dismiss: analystProcedure
    .input(passageRefSchema)
    .mutation(({ ctx, input }) => dismissPassage(ctx.db, input, ctx.user.id)),

  /** Offers a dismissed passage again; restoring one that is not dismissed is no error. */
  restore: analystProcedure
    .input(passageRefSchema)
    .mutation(({ ctx, input }) => restorePassage(ctx.db, input, ctx.user.id)),
});
