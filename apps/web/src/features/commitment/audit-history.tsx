import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../lib/trpc.ts";

const describe = (value: unknown) =>
  value === null || value === undefined
    ? "—"
    : typeof value === "string"
      ? value
      : JSON.stringify(value);

// The version counter is internal; status events have their own timeline above.
const BOOKKEEPING_FIELDS = new Set(["version", "statusEvent", "lastEventOn"]);

/** Who changed what and when: the commitment's audit trail, newest first. */
export function AuditHistory({ commitmentId }: { commitmentId: string }) {
  const trpc = useTRPC();
  const history = useQuery(trpc.commitment.history.queryOptions({ id: commitmentId }));
  if (history.isPending) return <div className="skeleton-card" aria-label="Loading history" />;
  if (history.isError) return <p className="form-error">{history.error.message}</p>;
  if (history.data.length === 0) {
    return <p className="empty-note">No change has been made since it was logged.</p>;
  }
  return (
    <ol className="audit-list">
      {history.data.map((entry) => (
        <li key={entry.id}>
          <p className="timeline-meta">
            <strong>{entry.action}</strong> by {entry.actor?.name ?? "the system"} on{" "}
            {new Date(entry.at).toISOString().replace("T", " ").slice(0, 16)} UTC
          </p>
          <dl className="audit-changes">
            {Object.entries(entry.changes)
              .filter(([field]) => !BOOKKEEPING_FIELDS.has(field))
              .map(([field, change]) => (
                <div key={field}>
                  <dt>{field}</dt>
                  <dd>{describeChange(change)}</dd>
                </div>
              ))}
          </dl>
        </li>
      ))}
    </ol>
  );
}

function describeChange(change: unknown) {
  if (change && typeof change === "object" && "before" in change && "after" in change) {
    return `${describe(change.before)} → ${describe(change.after)}`;
  }
  return describe(change);
}
