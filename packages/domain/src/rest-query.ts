import { z } from "zod";
import { filterOfView, VIEW_KEYS, type CommitmentView } from "./commitment-view.ts";
import { COMMITMENT_SORT_FIELDS } from "./filter-limits.ts";
import {
  commitmentFilterSchema,
  commitmentListInputSchema,
  type CommitmentFilter,
  type CommitmentListInput,
} from "./filters.ts";
import {
  pageCursorSchema,
  pageLimitSchema,
  recordIdSchema,
  statementListInputSchema,
} from "./inputs.ts";
import { STATUSES } from "./status.ts";
import { THEMES } from "./themes.ts";
import { COMMITMENT_KINDS, STAGES } from "./vocabulary.ts";
import { parseCommitmentViewStrictly } from "./view-params.ts";

/**
 * The open REST API's query parameters: flat strings, exactly the view format of view-params.ts,
 * so the query string of a dashboard link works unchanged. The descriptions feed the OpenAPI
 * document; the values are checked by parseCommitmentViewStrictly, the parser exports and feeds use.
 *
 * Every number schema here is a fresh instance: trpc-to-openapi switches number parsers to
 * coercion in place, which must not leak into the tRPC procedures' own schemas.
 */

const commaSeparated = (what: string, example: string) =>
  z
    .string()
    .meta({ description: `${what}, comma-separated; any of them matches.`, examples: [example] })
    .optional();

const partialDateParam = (description: string, example: string) =>
  z
    .string()
    .meta({
      description: `${description} A date of reduced precision: YYYY, YYYY-MM or YYYY-MM-DD.`,
      examples: [example],
    })
    .optional();

const flagParam = (description: string) =>
  z
    .enum(["true", "false"])
    .meta({ description, examples: ["true"] })
    .optional();

const cursorParam = pageCursorSchema
  .unwrap()
  .meta({ description: "The nextCursor of the previous page; leave out for the first page." })
  .optional();

/** The filter of a view: what every list, statistic and feed of commitments accepts. */
export const commitmentFilterQuerySchema = z.object({
  countries: commaSeparated(
    "Commitments involving any of these countries, committing or counterpart: ISO 3166-1 alpha-2 codes",
    "KE,CN",
  ),
  pair: z
    .string()
    .meta({
      description:
        "Commitments between two countries, in either direction: both codes joined by a hyphen.",
      examples: ["CN-KE"],
    })
    .optional(),
  themes: commaSeparated(
    `Themes (${THEMES.map((theme) => theme.slug).join(", ")})`,
    "maritime-security",
  ),
  statuses: commaSeparated(`Current statuses (${STATUSES.join(", ")})`, "in_progress,stalled"),
  stages: commaSeparated(`Stages (${STAGES.join(", ")})`, "pledge,agreement"),
  kind: z
    .enum(COMMITMENT_KINDS)
    .meta({ description: "A single commitment, or an initiative grouping several." })
    .optional(),
  announcedFrom: partialDateParam("Announced on or after this date.", "2023"),
  announcedTo: partialDateParam(
    "Announced by the end of this date's period (2023 keeps 2023-09).",
    "2023-12",
  ),
  targetFrom: partialDateParam("Deadline on or after this date.", "2025"),
  targetTo: partialDateParam(
    "Deadline ending by the end of this date's period (2025-03 keeps 2025-03-10, not 2025).",
    "2026",
  ),
  overdue: flagParam(
    "true: only overdue commitments (deadline passed, neither fulfilled nor broken); false: only the others.",
  ),
  stale: flagParam(
    "true: only stale commitments (open, no status change or announcement for 180 days); false: only the others.",
  ),
  text: z
    .string()
    .meta({
      description: "Words found in the title, the description or a quote (case-insensitive).",
      examples: ["coast guard"],
    })
    .optional(),
});
export type CommitmentFilterQuery = z.infer<typeof commitmentFilterQuerySchema>;

/** A page of the filtered list: the filter, its order, and keyset paging. */
export const commitmentQuerySchema = commitmentFilterQuerySchema.extend({
  sort: z
    .enum(COMMITMENT_SORT_FIELDS)
    .meta({
      description: "The order of the list (default updatedAt). Rows without the date come last.",
    })
    .optional(),
  order: z.enum(["asc", "desc"]).meta({ description: "Direction (default desc)." }).optional(),
  limit: pageLimitSchema(500, 100).meta({ description: "Rows per page, 1–500 (default 100)." }),
  cursor: cursorParam,
});
export type CommitmentQuery = z.infer<typeof commitmentQuerySchema>;

/** A page of statements, newest first. */
export const statementQuerySchema = statementListInputSchema.unwrap().extend({
  search: statementListInputSchema
    .unwrap()
    .shape.search.unwrap()
    .meta({
      description: "Words found in the title, the speaker's or event's name.",
      examples: ["Security Cooperation Forum"],
    })
    .optional(),
  limit: pageLimitSchema(200, 50).meta({ description: "Rows per page, 1–200 (default 50)." }),
  cursor: cursorParam,
});

/** One record by its id, in the path. */
export const recordPathSchema = z.object({
  id: recordIdSchema.meta({ description: "The record's id, as the lists give it." }),
});

/** Query values → URL parameters, so the one strict view parser reads them. */
function viewParams(query: Partial<Record<(typeof VIEW_KEYS)[number], string>>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of VIEW_KEYS) {
    const value = query[key];
    if (value !== undefined) params.set(key, value);
  }
  return params;
}

/** The filter of a view, with the filter's own defaults. */
export const commitmentFilterOfView = (view: CommitmentView): CommitmentFilter =>
  commitmentFilterSchema.parse(filterOfView(view));

/** A bad parameter is a VALIDATION error naming it. */
export const commitmentFilterOfQuery = (query: CommitmentFilterQuery): CommitmentFilter =>
  commitmentFilterOfView(parseCommitmentViewStrictly(viewParams(query)));

export function commitmentListInputOfQuery(query: CommitmentQuery): CommitmentListInput {
  const view = parseCommitmentViewStrictly(viewParams(query));
  return commitmentListInputSchema.parse({ ...view, limit: query.limit, cursor: query.cursor });
}
