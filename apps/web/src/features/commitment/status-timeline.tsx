import type { Status } from "@pledgewatch/domain";
import { Link } from "react-router";
import { StatusBadge } from "../../components/status-badge.tsx";

interface TimelineEvent {
  id: string;
  fromStatus: Status | null;
  toStatus: Status;
  occurredOn: string;
  note: string | null;
  evidenceUrl: string | null;
  evidenceStatement: { id: string; title: string } | null;
  recordedAt: Date | string;
  recordedBy: { id: string; name: string } | null;
}

/** Each status change in the order it happened, with its evidence and who recorded it. */
export function StatusTimeline({ events }: { events: readonly TimelineEvent[] }) {
  if (events.length === 0) {
    return (
      <p className="empty-note">
        No status change has been recorded yet: nobody has checked what happened since it was
        announced.
      </p>
    );
  }
  return (
    <ol className="timeline" data-testid="status-timeline">
      {events.map((event) => (
        <li key={event.id} className="timeline-event">
          <p className="timeline-date">
            <time dateTime={event.occurredOn}>{event.occurredOn}</time>
          </p>
          <p className="timeline-change">
            {event.fromStatus ? <StatusBadge status={event.fromStatus} /> : "Logged"}
            <span aria-label="to"> → </span>
            <StatusBadge status={event.toStatus} />
          </p>
          {event.note && <p className="timeline-note">{event.note}</p>}
          {event.evidenceUrl && (
            <p>
              Evidence:{" "}
              <a href={event.evidenceUrl} rel="noopener noreferrer nofollow">
                {event.evidenceUrl}
              </a>
            </p>
          )}
          {event.evidenceStatement && (
            <p>
              Evidence:{" "}
              <Link to={`/statements/${event.evidenceStatement.id}`}>
                {event.evidenceStatement.title}
              </Link>
            </p>
          )}
          <p className="timeline-meta">
            Recorded by {event.recordedBy?.name ?? "an account since removed"} on{" "}
            {new Date(event.recordedAt).toISOString().slice(0, 10)}
          </p>
        </li>
      ))}
    </ol>
  );
}
