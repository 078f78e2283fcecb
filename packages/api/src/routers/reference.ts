import {
  STAGE_DEFINITIONS,
  STATUS_DEFINITIONS,
  STATUS_LABELS,
  STATUSES,
} from "@pledgewatch/domain";
import { createTRPCRouter, publicProcedure } from "../trpc.ts";

export const referenceRouter = createTRPCRouter({
  statuses: publicProcedure.query(() =>
    STATUSES.map((status) => ({
      status,
      label: STATUS_LABELS[status],
      definition: STATUS_DEFINITIONS[status],
    })),
  ),
  stages: publicProcedure.query(() =>
    Object.entries(STAGE_DEFINITIONS).map(([stage, definition]) => ({ stage, definition })),
  ),
  themes: publicProcedure.query(({ ctx }) => ctx.db.theme.findMany({ orderBy: { name: "asc" } })),
});
