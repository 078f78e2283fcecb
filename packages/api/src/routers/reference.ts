import { listCountriesWithInvolvement, listThemes } from "@pledgewatch/db";
import { countFictionalStatements } from "@pledgewatch/db/generate";
import {
  STAGE_DEFINITIONS,
  STAGE_LABELS,
  STAGES,
  STATUS_DEFINITIONS,
  STATUS_LABELS,
  STATUSES,
} from "@pledgewatch/domain";
import { cachedRead, createTRPCRouter, publicProcedure } from "../trpc.ts";

export const referenceRouter = createTRPCRouter({
  /** ISO 3166-1 countries by name; `involved` marks those in at least one commitment. */
  countries: publicProcedure.query(cachedRead(listCountriesWithInvolvement)),
  statuses: publicProcedure.query(() =>
    STATUSES.map((status) => ({
      status,
      label: STATUS_LABELS[status],
      definition: STATUS_DEFINITIONS[status],
    })),
  ),
  stages: publicProcedure.query(() =>
    STAGES.map((stage) => ({
      stage,
      label: STAGE_LABELS[stage],
      definition: STAGE_DEFINITIONS[stage],
    })),
  ),
  themes: publicProcedure.query(({ ctx }) => listThemes(ctx.db)),
  /** What kind of data this is: more than 0 fictional statements means generated (demo) data. */
  dataset: publicProcedure.query(async ({ ctx }) => ({
    fictionalStatements: await countFictionalStatements(ctx.db),
  })),
});
