import { STATUS_DEFINITIONS, STATUS_LABELS, type Status } from "@pledgewatch/domain";

/** Colour plus a text label and a shape marker, so status never depends on colour alone. */
export function StatusBadge({ status }: { status: Status }) {
  return (
    <span className={`badge status-${status}`} title={STATUS_DEFINITIONS[status]}>
      {STATUS_LABELS[status]}
    </span>
  );
}
