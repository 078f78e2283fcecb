/** Written definitions, shown in the UI beside every status badge. */
export const STATUS_DEFINITIONS = {
  not_assessed:
    "Logged from a statement; nobody has checked what happened yet. This is not the same as no progress.",
  in_progress: "There is evidence that work towards the commitment has started and is continuing.",
  stalled:
    "Work started but there has been no evidence of movement for a long time, or it was reported halted.",
  partially_fulfilled:
    "Part of what was promised has been delivered, with evidence; the rest has not.",
  fulfilled: "What was promised has been delivered, with evidence.",
  broken:
    "The commitment was abandoned, reversed or its deadline passed without delivery, with evidence.",
} as const;

export type Status = keyof typeof STATUS_DEFINITIONS;
export const STATUSES = Object.keys(STATUS_DEFINITIONS) as [Status, ...Status[]];

export const STATUS_LABELS: Record<Status, string> = {
  not_assessed: "Not assessed",
  in_progress: "In progress",
  stalled: "Stalled",
  partially_fulfilled: "Partially fulfilled",
  fulfilled: "Fulfilled",
  broken: "Broken",
};

/** Final statuses end follow-up: a final commitment is never overdue or stale. */
const FINAL_STATUSES: ReadonlySet<Status> = new Set(["fulfilled", "broken"]);
export const isFinalStatus = (status: Status): boolean => FINAL_STATUSES.has(status);
/** Statuses still followed up: overdue and stale apply only to these. */
export const OPEN_STATUSES: Status[] = STATUSES.filter((status) => !isFinalStatus(status));
