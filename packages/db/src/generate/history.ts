// Status histories: a walk through the statuses that ends at the commitment's status, obeying the
// transition rules of packages/domain (a change changes something; never back to not_assessed;
// delivery verdicts and reopenings carry evidence).
import { isFinalStatus, needsEvidence, type Status } from "@pledgewatch/domain";
import { isoDay, LAST_EVENT_DAY } from "./plan.ts";
import type { Random } from "./random.ts";

type Assessed = Exclude<Status, "not_assessed">;

/** Where a commitment goes next, by the status it is in (weights). */
const NEXT: Record<Status, Partial<Record<Assessed, number>>> = {
  not_assessed: { in_progress: 70, stalled: 10, partially_fulfilled: 10, fulfilled: 5, broken: 5 },
  in_progress: { stalled: 45, partially_fulfilled: 35, fulfilled: 10, broken: 10 },
  stalled: { in_progress: 60, partially_fulfilled: 20, broken: 20 },
  partially_fulfilled: { in_progress: 40, stalled: 30, fulfilled: 30 },
  fulfilled: { in_progress: 50, partially_fulfilled: 50 },
  broken: { in_progress: 70, stalled: 30 },
};

export interface HistoryEvent {
  fromStatus: Status;
  toStatus: Status;
  occurredOn: string;
  withEvidence: boolean;
}

/** `count` distinct days from `firstDay` to LAST_EVENT_DAY, ascending. */
function distinctDays(random: Random, firstDay: number, count: number): number[] {
  const room = LAST_EVENT_DAY - firstDay + 1 - count;
  const draws = Array.from({ length: count }, () => random.int(0, room)).sort((a, b) => a - b);
  return draws.map((draw, k) => firstDay + draw + k);
}

/** The `count` events that take a commitment announced on `firstDay` from not_assessed to `status`. */
export function statusHistory(
  random: Random,
  firstDay: number,
  count: number,
  status: Status,
): HistoryEvent[] {
  const days = distinctDays(random, firstDay, count);
  const events: HistoryEvent[] = [];
  let current: Status = "not_assessed";
  days.forEach((day, k) => {
    let next: Status = status;
    if (k < count - 1) {
      // The step before the last must differ from the final status, or the last step changes
      // nothing. Every status has at least two successors, so one is always left.
      const avoid = k === count - 2 ? status : null;
      const options = Object.fromEntries(
        Object.entries(NEXT[current]).filter(([candidate]) => candidate !== avoid),
      ) as Partial<Record<Assessed, number>>;
      next = random.weighted(options);
    }
    events.push({
      fromStatus: current,
      toStatus: next,
      occurredOn: isoDay(day),
      withEvidence: needsEvidence(next) || isFinalStatus(current),
    });
    current = next;
  });
  return events;
}
