import { addDays, lastDayOf } from "./partial-date.ts";
import { isFinalStatus, type Status } from "./status.ts";

/** A commitment with no status event for this many days is stale. */
export const DEFAULT_STALE_DAYS = 180;

interface FollowUpFacts {
  status: Status;
  targetOn: string | null;
  /** When the latest status event happened, or when the commitment was announced if none. */
  lastActivityOn: string | null;
}

/** Overdue: the deadline (the last day of a partial target date) has passed and the status is not final. */
export function isOverdue(
  facts: Pick<FollowUpFacts, "status" | "targetOn">,
  today: string,
): boolean {
  return (
    facts.targetOn !== null && !isFinalStatus(facts.status) && lastDayOf(facts.targetOn) < today
  );
}

/** Stale: not final and nothing has happened for `staleDays` days. */
export function isStale(
  facts: Pick<FollowUpFacts, "status" | "lastActivityOn">,
  today: string,
  staleDays = DEFAULT_STALE_DAYS,
): boolean {
  if (isFinalStatus(facts.status) || facts.lastActivityOn === null) return false;
  return addDays(lastDayOf(facts.lastActivityOn), staleDays) < today;
}
