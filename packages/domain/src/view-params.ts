import type { z } from "zod";
import { AppError } from "./errors.ts";
import {
  commitmentListInputSchema,
  type CommitmentFilterInput,
  type CommitmentListInput,
} from "./filters.ts";

/**
 * A view of the commitments as URL query parameters — the one format shared by dashboard links,
 * exports, feeds and the REST API, so any of them can be turned into another.
 */

/** The parts of a list or dashboard view a link carries, in the order they appear in the URL. */
export const VIEW_KEYS = [
  "countries",
  "pair",
  "themes",
  "statuses",
  "stages",
  "kind",
  "announcedFrom",
  "announcedTo",
  "targetFrom",
  "targetTo",
  "overdue",
  "stale",
  "text",
  "sort",
  "order",
] as const satisfies readonly (keyof CommitmentListInput)[];
type ViewKey = (typeof VIEW_KEYS)[number];

/** A filtered, sorted view of the commitments: what a shareable link reproduces. */
export type CommitmentView = Partial<Pick<CommitmentListInput, ViewKey>>;

const LIST_KEYS = new Set<ViewKey>(["countries", "themes", "statuses", "stages"]);
const FLAG_KEYS = new Set<ViewKey>(["overdue", "stale"]);

/** The list input's own schema (from domain), limited to what a link carries. */
const viewSchema = commitmentListInputSchema
  .unwrap()
  .pick(Object.fromEntries(VIEW_KEYS.map((key) => [key, true])) as Record<ViewKey, true>);

/** URL value → the shape the schema expects; validation happens after, in one place. */
function readParam(key: ViewKey, values: string[]): unknown {
  if (LIST_KEYS.has(key)) return values.flatMap((value) => value.split(",")).filter(Boolean);
  const [value = ""] = values;
  if (key === "pair") return value.split("-");
  if (FLAG_KEYS.has(key)) return value === "true" || value === "1";
  return value;
}

function readViewParams(params: URLSearchParams): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const key of VIEW_KEYS) {
    const values = params.getAll(key);
    if (values.length > 0) raw[key] = readParam(key, values);
  }
  return raw;
}

/** The schema's defaults (sort, order) stay out: only what the link said is the view. */
function onlyGiven(raw: Record<string, unknown>, parsed: CommitmentView): CommitmentView {
  return Object.fromEntries(
    VIEW_KEYS.filter((key) => key in raw && parsed[key] !== undefined).map((key) => [
      key,
      parsed[key],
    ]),
  ) as CommitmentView;
}

/**
 * Reads a view from URL parameters for an API caller (exports, feeds, REST): a parameter that does
 * not validate is an error naming that parameter, never silently widened to more data.
 */
export function parseCommitmentViewStrictly(params: URLSearchParams): CommitmentView {
  const raw = readViewParams(params);
  const result = viewSchema.safeParse(raw);
  if (!result.success) throw queryParameterError(result.error);
  return onlyGiven(raw, result.data);
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

/**
 * Reads a view from URL parameters for the dashboard. A parameter that does not validate (an unknown status, a
 * malformed date, a bad country code) is dropped, so a hand-edited or stale link still opens.
 */
export function parseCommitmentView(params: URLSearchParams): CommitmentView {
  const raw = readViewParams(params);
  // Each pass drops every key an issue points at; a second pass can only succeed.
  for (let pass = 0; pass < 2; pass += 1) {
    const result = viewSchema.safeParse(raw);
    if (result.success) {
      // The schema's defaults (sort, order) stay out: only what the link said is the view.
      return onlyGiven(raw, result.data);
    }
    for (const issue of result.error.issues) delete raw[String(issue.path[0])];
  }
  return {};
}

/** A view as URL parameters: lists comma-separated, the pair as "CN-KE", flags as "true". */
export function serialiseCommitmentView(view: CommitmentView): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of VIEW_KEYS) {
    const value = view[key];
    if (value === undefined || value === false) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(key === "pair" ? "-" : ","));
    } else {
      params.set(key, String(value));
    }
  }
  return params;
}

/** The filter part of a view: statistics take the filter, only the list takes the order too. */
export function filterOfView(view: CommitmentView): CommitmentFilterInput {
  const filter = { ...view };
  delete filter.sort;
  delete filter.order;
  return filter;
}
