import { z } from "zod";
import { countryCodeSchema, pageCursorSchema, pageLimitSchema, themeSlugSchema } from "./inputs.ts";
import { partialDateSchema } from "./partial-date.ts";
import { statusSchema } from "./status.ts";
import { commitmentKindSchema, stageSchema } from "./vocabulary.ts";
import { DEFAULT_STALE_DAYS } from "./follow-up.ts";

/**
 * Which commitments a list, a chart or an export is about. The same filters everywhere, so a chart
 * segment links to exactly the list behind it.
 */
export const commitmentFilterSchema = z.object({
  /** Commitments involving any of these countries, as the committing party or a counterpart. */
  countries: z.array(countryCodeSchema).max(20).optional(),
  /** Commitments between both countries of the pair, in either direction. */
  pair: z.tuple([countryCodeSchema, countryCodeSchema]).optional(),
  themes: z.array(themeSlugSchema).max(20).optional(),
  statuses: z.array(statusSchema).max(6).optional(),
  stages: z.array(stageSchema).max(4).optional(),
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
  text: z.string().trim().min(1).max(200).optional(),
  /** The day "overdue" and "stale" are judged on (YYYY-MM-DD); today by default. */
  asOf: partialDateSchema.optional(),
});
export type CommitmentFilter = z.infer<typeof commitmentFilterSchema>;
export type CommitmentFilterInput = z.input<typeof commitmentFilterSchema>;

export const COMMITMENT_SORT_FIELDS = ["announcedOn", "targetOn", "updatedAt", "title"] as const;
export type CommitmentSortField = (typeof COMMITMENT_SORT_FIELDS)[number];

/** A page of the filtered list. Rows without the sort date come last in either direction. */
export const commitmentListInputSchema = commitmentFilterSchema
  .extend({
    sort: z.enum(COMMITMENT_SORT_FIELDS).default("updatedAt"),
    order: z.enum(["asc", "desc"]).default("desc"),
    limit: pageLimitSchema(500, 100),
    cursor: pageCursorSchema,
  })
  .prefault({});
export type CommitmentListInput = z.infer<typeof commitmentListInputSchema>;
