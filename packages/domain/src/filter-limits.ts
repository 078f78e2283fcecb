/**
 * The filter's plain facts, shared by its zod schema (filters.ts) and the zod-free reading of a
 * link in the browser (commitment-view.ts), so the two cannot drift apart.
 */

export const COMMITMENT_SORT_FIELDS = ["announcedOn", "targetOn", "updatedAt", "title"] as const;
export type CommitmentSortField = (typeof COMMITMENT_SORT_FIELDS)[number];

export const SORT_ORDERS = ["asc", "desc"] as const;

/** How many values a list filter takes at most. */
export const FILTER_LIST_MAX = { countries: 20, themes: 20, statuses: 6, stages: 4 } as const;

/** The longest free-text filter, in characters. */
export const FILTER_TEXT_MAX = 200;
