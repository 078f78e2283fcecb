import { STAGE_LABELS, STATUS_LABELS, type Stage, type Status } from "@pledgewatch/domain";
import { useQuery } from "@tanstack/react-query";
import { COMMITMENT_FIELD_LABELS } from "../../components/commitment-fields.tsx";
import { useTRPC } from "../../lib/trpc.ts";
import { useNames, type NameLookup } from "../../lib/use-names.ts";

// The version counter is internal; status events have their own timeline above.
const BOOKKEEPING_FIELDS = new Set(["version", "statusEvent", "lastEventOn"]);

/** The fields as the form and the page name them, not as the database does. */
const FIELD_LABELS: Record<string, string> = {
  ...COMMITMENT_FIELD_LABELS,
  kind: "Kind",
  parentId: "Initiative",
  status: "Status",
  progress: "Progress",
  progressExplicit: "Progress set by hand",
  startedOn: "Started",
  completedOn: "Completed",
  externalId: "External id",
  deletedAt: "Deleted",
  quotes: "Quotes",
};

/** What happened, in the page's words. */
const ACTION_LABELS: Record<string, string> = {
  create: "Logged",
  update: "Edited",
  delete: "Deleted",
  restore: "Restored",
  status_change: "Status changed",
};

const EMPTY = "—";

/** A value as a reader of the page says it: names for codes, labels for stages, quotes as quoted. */
function describe(field: string, value: unknown, names: NameLookup): string {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) {
    return EMPTY;
  }
  if (Array.isArray(value)) return value.map((item) => describe(field, item, names)).join("; ");
  if (typeof value === "object" && "text" in value) return `“${String(value.text)}”`;
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value !== "string")
    return field === "progress" ? `${String(value)}%` : JSON.stringify(value);
  if (field === "committingCountryId" || field === "counterpartCountryIds") {
    return names.country(value) ?? value;
  }
  if (field === "themes") return names.theme(value) ?? value;
  if (field === "stage") return STAGE_LABELS[value as Stage] ?? value;
  if (field === "status") return STATUS_LABELS[value as Status] ?? value;
  return value;
}

function describeChange(field: string, change: unknown, names: NameLookup) {
  if (change && typeof change === "object" && "before" in change && "after" in change) {
    return `${describe(field, change.before, names)} → ${describe(field, change.after, names)}`;
  }
  return describe(field, change, names);
}

/** Who changed what and when: the commitment's audit trail, newest first. */
export function AuditHistory({ commitmentId }: { commitmentId: string }) {
  const trpc = useTRPC();
  const names = useNames();
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
            <strong>{ACTION_LABELS[entry.action] ?? entry.action}</strong> by{" "}
            {entry.actor?.name ?? "the system"} on{" "}
            {new Date(entry.at).toISOString().replace("T", " ").slice(0, 16)} UTC
          </p>
          <dl className="audit-changes">
            {Object.entries(entry.changes)
              .filter(([field]) => !BOOKKEEPING_FIELDS.has(field))
              .map(([field, change]) => (
                <div key={field}>
                  <dt>{FIELD_LABELS[field] ?? field}</dt>
                  <dd>{describeChange(field, change, names)}</dd>
                </div>
              ))}
          </dl>
        </li>
      ))}
    </ol>
  );
}
