import { getStatement } from "@pledgewatch/db";
import { recordRefSchema } from "@pledgewatch/domain";
import { analystProcedure, createTRPCRouter } from "../trpc.ts";

export const intakeRouter = createTRPCRouter({
  /** Candidate commitments in a statement's text, leaving out the passages already logged. */
  suggest: analystProcedure.input(recordRefSchema).query(async ({ ctx, input }) => {
    const statement = await getStatement(ctx.db, input.id);
    // Loaded on first use: compromise and the country data would add ~0.5 s and ~45 MB to every
    // server start for a button analysts press now and then.
    const { suggestCommitments } = await import("@pledgewatch/intake");
    const candidates = suggestCommitments(statement.text, {
      speakerCountryId: statement.speakerCountry?.id,
      loggedPassages: statement.quotes,
    });
    return { candidates };
  }),
});
