import { AppError } from "./errors.ts";
import { isFinalStatus, type Status } from "./status.ts";

/** Statuses that claim something was (or was not) delivered: they need evidence. */
const EVIDENCED_STATUSES: ReadonlySet<Status> = new Set([
  "partially_fulfilled",
  "fulfilled",
  "broken",
]);
export const needsEvidence = (status: Status): boolean => EVIDENCED_STATUSES.has(status);

export interface StatusChange {
  /** The status in effect on `occurredOn` (before this change). */
  from: Status;
  to: Status;
  /** YYYY-MM-DD. */
  occurredOn: string;
  evidenceUrl?: string | null;
  evidenceStatementId?: string | null;
}

/**
 * The transition rules. A change must change something; nobody can return a commitment to
 * not_assessed (it was assessed); a delivery verdict, and reopening one, needs evidence; and a
 * change cannot happen in the future.
 */
export function assertStatusChange(change: StatusChange, today: string): void {
  if (change.to === change.from) {
    throw new AppError("INVALID_TRANSITION", `The status is already ${change.to}.`, "to");
  }
  if (change.to === "not_assessed") {
    throw new AppError(
      "INVALID_TRANSITION",
      "A commitment that has been assessed cannot return to not assessed.",
      "to",
    );
  }
  const hasEvidence = Boolean(change.evidenceUrl || change.evidenceStatementId);
  if (!hasEvidence && (needsEvidence(change.to) || isFinalStatus(change.from))) {
    throw new AppError(
      "VALIDATION",
      isFinalStatus(change.from)
        ? `Reopening a ${change.from} commitment needs evidence: a web address or a statement.`
        : `Marking a commitment ${change.to} needs evidence: a web address or a statement.`,
      "evidenceUrl",
    );
  }
  if (change.occurredOn > today) {
    throw new AppError(
      "VALIDATION",
      "A status change cannot be dated in the future.",
      "occurredOn",
    );
  }
}

export interface RecordedStatusEvent {
  fromStatus: Status | null;
  toStatus: Status;
  occurredOn: string;
}

/**
 * The status in effect just before `day`: the latest earlier event's, else the status the
 * commitment had before its first event. Events dated the same day as `day` count as earlier,
 * because a new event is recorded after them.
 */
export function statusInEffectOn(
  events: readonly RecordedStatusEvent[],
  day: string,
  currentStatus: Status,
): Status {
  const ordered = [...events].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
  const earlier = ordered.filter((event) => event.occurredOn <= day).at(-1);
  if (earlier) return earlier.toStatus;
  if (ordered[0]) return ordered[0].fromStatus ?? "not_assessed";
  return currentStatus;
}

/**
 * A commitment's status is that of its latest event by occurredOn, so a back-dated event only adds
 * history. `latestOccurredOn` is the latest occurredOn among the events recorded before.
 */
export function statusAfterEvent(
  event: Pick<StatusChange, "to" | "occurredOn">,
  current: { status: Status; latestOccurredOn: string | null },
): { status: Status; lastEventOn: string } {
  const { latestOccurredOn } = current;
  if (latestOccurredOn !== null && event.occurredOn < latestOccurredOn) {
    return { status: current.status, lastEventOn: latestOccurredOn };
  }
  return { status: event.to, lastEventOn: event.occurredOn };
}
