import { listCountriesWithInvolvement, listThemes } from "@pledgewatch/db";
import {
  STAGE_DEFINITIONS,
  STAGE_LABELS,
  STAGES,
  STATUS_DEFINITIONS,
  STATUS_LABELS,
  STATUSES,
} from "@pledgewatch/domain";
import { createTRPCRouter, publicProcedure } from "../trpc.ts";

export const referenceRouter = createTRPCRouter({
  /** ISO 3166-1 countries by name; `involved` marks those in at least one commitment. */
  countries: publicProcedure.query(({ ctx }) => listCountriesWithInvolvement(ctx.db)),
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
});
