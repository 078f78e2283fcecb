import { z } from "zod";
import { commitmentFilterSchema } from "./filters.ts";
import { pageLimitSchema } from "./inputs.ts";
import { STATUSES, type Status } from "./status.ts";

/** Every statistic takes the list filter, so a chart segment links to the list behind it. */
export const statsInputSchema = commitmentFilterSchema.prefault({});
export type StatsInput = z.input<typeof statsInputSchema>;

export const upcomingDeadlinesInputSchema = commitmentFilterSchema
  .extend({
    /** Deadlines whose last day falls between asOf and asOf + withinDays, both included. */
    withinDays: z.number().int().min(0).max(3650).default(90),
    limit: pageLimitSchema(100, 10),
  })
  .prefault({});
export type UpcomingDeadlinesInput = z.input<typeof upcomingDeadlinesInputSchema>;

/**
 * Where the next page starts: the sort key (a date) and the id of the last row seen. Opaque to
 * clients, which pass back the `nextCursor` they were given.
 */
const followUpCursorSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}~[\w-]{1,64}$/, "Invalid cursor");

const followUpPage = {
  cursor: followUpCursorSchema.optional(),
  limit: pageLimitSchema(100, 25),
};

/** Overdue list: the rest of the filter applies; `overdue` itself is what the list means. */
export const overdueListInputSchema = commitmentFilterSchema
  .omit({ overdue: true })
  .extend(followUpPage)
  .prefault({});
export type OverdueListInput = z.input<typeof overdueListInputSchema>;

/** Stale list: `staleDays` (default 180) sets how long "quiet" is. */
export const staleListInputSchema = commitmentFilterSchema
  .omit({ stale: true })
  .extend(followUpPage)
  .prefault({});
export type StaleListInput = z.input<typeof staleListInputSchema>;

export interface FollowUpCursor {
  sortKey: string;
  id: string;
}

export const encodeFollowUpCursor = ({ sortKey, id }: FollowUpCursor): string => `${sortKey}~${id}`;

export function decodeFollowUpCursor(cursor: string): FollowUpCursor {
  const [sortKey = "", id = ""] = cursor.split("~");
  return { sortKey, id };
}

export type StatusCounts = Record<Status, number>;

export const emptyStatusCounts = (): StatusCounts =>
  Object.fromEntries(STATUSES.map((status) => [status, 0])) as StatusCounts;

export interface StatusMatrixRow {
  id: string;
  label: string;
  counts: StatusCounts;
  total: number;
}

/** One cell of a count per (row, status), as a GROUP BY returns it. */
export interface StatusCell {
  id: string;
  status: Status;
  count: number;
}

/**
 * Turns GROUP BY cells into complete rows (every status present, zero when absent), in the order
 * of `rows`. Cells of the same (row, status) add up, so several queries can feed one matrix.
 */
export function statusMatrix(
  rows: readonly { id: string; label: string }[],
  cells: readonly StatusCell[],
): StatusMatrixRow[] {
  const byId = new Map(
    rows.map(({ id, label }) => [id, { id, label, counts: emptyStatusCounts(), total: 0 }]),
  );
  for (const cell of cells) {
    const row = byId.get(cell.id);
    if (!row) continue;
    row.counts[cell.status] += cell.count;
    row.total += cell.count;
  }
  return [...byId.values()];
}

/**
 * Orders by name as a reader expects ("Côte d'Ivoire" before "Croatia"), the same on every
 * database: SQLite and a C-collated PostgreSQL would sort by code point.
 */
export const byName = (a: { name: string }, b: { name: string }): number =>
  a.name.localeCompare(b.name, "en");

/** "2025-12" → "2026-01". */
export function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const monthNumber = Number(month.slice(5, 7));
  return monthNumber === 12
    ? `${year + 1}-01`
    : `${year}-${String(monthNumber + 1).padStart(2, "0")}`;
}

export interface MonthlyTransitions {
  month: string;
  /** null on a first event: the commitment was not_assessed before it. */
  fromStatus: Status | null;
  toStatus: Status;
  count: number;
}

export interface StatusMonth {
  /** YYYY-MM */
  month: string;
  /** Status events that happened in the month, by the status they moved to. */
  events: StatusCounts;
  /** How many commitments were in each status at the end of the month. */
  atMonthEnd: StatusCounts;
}

/**
 * The month-by-month status picture. Every commitment enters as not_assessed in its entry month
 * (`entries`); each status event then moves one commitment from its from-status to its
 * to-status. Months run without gaps from the first to the last month with data.
 */
export function statusTimeline(
  entries: readonly { month: string; count: number }[],
  transitions: readonly MonthlyTransitions[],
): StatusMonth[] {
  const months = [...entries.map((entry) => entry.month), ...transitions.map((t) => t.month)];
  if (months.length === 0) return [];
  const first = months.reduce((a, b) => (a < b ? a : b));
  const last = months.reduce((a, b) => (a > b ? a : b));

  const timeline: StatusMonth[] = [];
  let running = emptyStatusCounts();
  for (let month = first; month <= last; month = nextMonth(month)) {
    const events = emptyStatusCounts();
    running = { ...running };
    for (const entry of entries) if (entry.month === month) running.not_assessed += entry.count;
    for (const transition of transitions) {
      if (transition.month !== month) continue;
      events[transition.toStatus] += transition.count;
      running[transition.fromStatus ?? "not_assessed"] -= transition.count;
      running[transition.toStatus] += transition.count;
    }
    timeline.push({ month, events, atMonthEnd: running });
  }
  return timeline;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  const MS_PER_DAY = 86_400_000;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY);
}

/** A share as a percentage with one decimal; null when there is nothing to share. */
export const percentOf = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
