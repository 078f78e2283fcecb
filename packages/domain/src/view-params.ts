import type { z } from "zod";
import { readViewParams, VIEW_KEYS, type CommitmentView, type ViewKey } from "./commitment-view.ts";
import { AppError } from "./errors.ts";
import { commitmentListInputSchema } from "./filters.ts";

// The API's reading of a view (commitment-view.ts): checked by the list schema, refused if invalid.

/** The list input's own schema, limited to what a link carries. */
const viewSchema = commitmentListInputSchema
  .unwrap()
  .pick(Object.fromEntries(VIEW_KEYS.map((key) => [key, true])) as Record<ViewKey, true>);

/**
 * Reads a view from URL parameters for an API caller (exports, feeds, REST): a parameter that does
 * not validate is an error naming that parameter, never silently widened to more data.
 */
export function parseCommitmentViewStrictly(params: URLSearchParams): CommitmentView {
  const raw = readViewParams(params);
  const result = viewSchema.safeParse(raw);
  if (!result.success) throw queryParameterError(result.error);
  // The schema's defaults (sort, order) stay out: only what the link said is the view.
  const parsed = result.data as CommitmentView;
  return Object.fromEntries(
    VIEW_KEYS.filter((key) => key in raw && parsed[key] !== undefined).map((key) => [
      key,
      parsed[key],
    ]),
  ) as CommitmentView;
}

/** A query parameter that did not validate, as an error naming that parameter (its first issue). */
export function queryParameterError(error: z.ZodError): AppError {
  const [issue] = error.issues;
  const field = String(issue?.path[0] ?? "");
  return new AppError(
    "VALIDATION",
    `Query parameter "${field}": ${issue?.message ?? "invalid"}`,
    field,
  );
}
