import { z } from "zod";
import { countryCodeSchema, pageCursorSchema, pageLimitSchema, themeSlugSchema } from "./inputs.ts";
import {
  commitmentKindSchema,
  partialDateSchema,
  stageSchema,
  statusSchema,
} from "./field-schemas.ts";
import {
  COMMITMENT_SORT_FIELDS,
  FILTER_LIST_MAX,
  FILTER_TEXT_MAX,
  SORT_ORDERS,
} from "./filter-limits.ts";
import { DEFAULT_STALE_DAYS } from "./follow-up.ts";

/**
 * Which commitments a list, a chart or an export is about. The same filters everywhere, so a chart
 * segment links to exactly the list behind it.
 */
export const commitmentFilterSchema = z.object({
  /** Commitments involving any of these countries, as the committing party or a counterpart. */
  countries: z.array(countryCodeSchema).max(FILTER_LIST_MAX.countries).optional(),
  /** Commitments between both countries of the pair, in either direction. */
  pair: z.tuple([countryCodeSchema, countryCodeSchema]).optional(),
  themes: z.array(themeSlugSchema).max(FILTER_LIST_MAX.themes).optional(),
  statuses: z.array(statusSchema).max(FILTER_LIST_MAX.statuses).optional(),
  stages: z.array(stageSchema).max(FILTER_LIST_MAX.stages).optional(),
  kind: commitmentKindSchema.optional(),
  /** Only children of this initiative. */
  parentId: z.string().min(1).max(64).optional(),
  announcedFrom: partialDateSchema.optional(),
  announcedTo: partialDateSchema.optional(),
  targetFrom: partialDateSchema.optional(),
  targetTo: partialDateSchema.optional(),
  overdue: z.boolean().optional(),
  stale: z.boolean().optional(),
  staleDays: z.number().int().min(1).max(3650).default(DEFAULT_STALE_DAYS),
  /** Free text, matched in titles, descriptions and quotes. */
  text: z.string().trim().min(1).max(FILTER_TEXT_MAX).optional(),
  /** The day "overdue" and "stale" are judged on (YYYY-MM-DD); today by default. */
  asOf: partialDateSchema.optional(),
});
export type CommitmentFilter = z.infer<typeof commitmentFilterSchema>;
export type CommitmentFilterInput = z.input<typeof commitmentFilterSchema>;

/** A page of the filtered list. Rows without the sort date come last in either direction. */
export const commitmentListInputSchema = commitmentFilterSchema
  .extend({
    sort: z.enum(COMMITMENT_SORT_FIELDS).default("updatedAt"),
    order: z.enum(SORT_ORDERS).default("desc"),
    limit: pageLimitSchema(500, 100),
    cursor: pageCursorSchema,
  })
  .prefault({});
export type CommitmentListInput = z.infer<typeof commitmentListInputSchema>;
