import { getStatement } from "@pledgewatch/db";
import { recordRefSchema } from "@pledgewatch/domain";
import { suggestCommitments } from "@pledgewatch/intake";
import { analystProcedure, createTRPCRouter } from "../trpc.ts";

export const intakeRouter = createTRPCRouter({
  /** Candidate commitments in a statement's text, leaving out the passages already logged. */
  suggest: analystProcedure.input(recordRefSchema).query(async ({ ctx, input }) => {
    const statement = await getStatement(ctx.db, input.id);
    const candidates = suggestCommitments(statement.text, {
      speakerCountryId: statement.speakerCountry?.id,
      loggedPassages: statement.quotes,
    });
    return { candidates };
  }),
});
