import { isCountryCode } from "./country-codes.ts";
import {
  COMMITMENT_SORT_FIELDS,
  FILTER_LIST_MAX,
  FILTER_TEXT_MAX,
  SORT_ORDERS,
} from "./filter-limits.ts";
import type { CommitmentFilterInput, CommitmentListInput } from "./filters.ts";
import { isPartialDate } from "./partial-date.ts";
import { STATUSES } from "./status.ts";
import { THEMES } from "./themes.ts";
import { COMMITMENT_KINDS, STAGES } from "./vocabulary.ts";

/**
 * A view of the commitments as URL query parameters — the one format shared by dashboard links,
 * exports, feeds and the REST API, so any of them can be turned into another. This module loads
 * no zod: every page of the dashboard reads its view from the URL (the API's strict reading, with
 * the list schema, is in view-params.ts).
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
export type ViewKey = (typeof VIEW_KEYS)[number];

/** A filtered, sorted view of the commitments: what a shareable link reproduces. */
export type CommitmentView = Partial<Pick<CommitmentListInput, ViewKey>>;

const LIST_KEYS = new Set<ViewKey>(["countries", "themes", "statuses", "stages"]);
const FLAG_KEYS = new Set<ViewKey>(["overdue", "stale"]);

/** URL value → the shape the list schema expects; validation happens after, in one place. */
function readParam(key: ViewKey, values: string[]): unknown {
  if (LIST_KEYS.has(key)) return values.flatMap((value) => value.split(",")).filter(Boolean);
  const [value = ""] = values;
  if (key === "pair") return value.split("-");
  if (FLAG_KEYS.has(key)) return value === "true" || value === "1";
  return value;
}

/** The view's parameters present in the URL, read but not yet checked. */
export function readViewParams(params: URLSearchParams): Partial<Record<ViewKey, unknown>> {
  const raw: Partial<Record<ViewKey, unknown>> = {};
  for (const key of VIEW_KEYS) {
    const values = params.getAll(key);
    if (values.length > 0) raw[key] = readParam(key, values);
  }
  return raw;
}

/** A checked value, or undefined when the parameter does not validate. */
type Check = (raw: unknown) => unknown;

const THEME_SLUGS: readonly string[] = THEMES.map((theme) => theme.slug);

/** The list input schema's rules (filters.ts), by hand: trimmed and upper-cased, then looked up. */
const countryCode = (value: string): string | undefined => {
  const code = value.trim().toUpperCase();
  return isCountryCode(code) ? code : undefined;
};

const oneOf =
  (allowed: readonly string[]) =>
  (raw: unknown): string | undefined =>
    typeof raw === "string" && allowed.includes(raw) ? raw : undefined;

const listOf =
  (max: number, item: (value: string) => string | undefined): Check =>
  (raw) => {
    if (!Array.isArray(raw) || raw.length > max) return undefined;
    const checked = (raw as string[]).map(item);
    return checked.every((value) => value !== undefined) ? checked : undefined;
  };

const partialDate: Check = (raw) => {
  const value = String(raw).trim();
  return isPartialDate(value) ? value : undefined;
};

const flag: Check = (raw) => raw;

const CHECKS: Record<ViewKey, Check> = {
  countries: listOf(FILTER_LIST_MAX.countries, countryCode),
  pair: (raw) => {
    const codes = listOf(2, countryCode)(raw) as string[] | undefined;
    return codes?.length === 2 ? codes : undefined;
  },
  themes: listOf(FILTER_LIST_MAX.themes, oneOf(THEME_SLUGS)),
  statuses: listOf(FILTER_LIST_MAX.statuses, oneOf(STATUSES)),
  stages: listOf(FILTER_LIST_MAX.stages, oneOf(STAGES)),
  kind: oneOf(COMMITMENT_KINDS),
  announcedFrom: partialDate,
  announcedTo: partialDate,
  targetFrom: partialDate,
  targetTo: partialDate,
  overdue: flag,
  stale: flag,
  text: (raw) => {
    const text = String(raw).trim();
    return text.length >= 1 && text.length <= FILTER_TEXT_MAX ? text : undefined;
  },
  sort: oneOf(COMMITMENT_SORT_FIELDS),
  order: oneOf(SORT_ORDERS),
};

/**
 * Reads a view from URL parameters for the dashboard. A parameter that does not validate (an
 * unknown status, a malformed date, a bad country code) is dropped, so a hand-edited or stale link
 * still opens. The checks are the list schema's (commitment-view.test.ts holds them to it).
 */
export function parseCommitmentView(params: URLSearchParams): CommitmentView {
  const view: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(readViewParams(params)) as [ViewKey, unknown][]) {
    const value = CHECKS[key](raw);
    if (value !== undefined) view[key] = value;
  }
  return view as CommitmentView;
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
