import { STATUS_LABELS, STATUSES, type Status } from "@pledgewatch/domain";
import { useState, type ReactNode } from "react";

export interface StatusTableRow {
  id: string;
  label: string;
  cells: Record<Status, ReactNode>;
  total?: ReactNode;
}

/**
 * A chart's text alternative: one row per bar or month, one column per status. The table is
 * rendered once opened: over twenty years of months it is thousands of cells the first paint of
 * the overview does not need.
 */
export function StatusTableView({
  rowHeading,
  rows,
}: {
  rowHeading: string;
  rows: StatusTableRow[];
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className="chart-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Table view</summary>
      {open && <StatusTable rowHeading={rowHeading} rows={rows} />}
    </details>
  );
}

function StatusTable({ rowHeading, rows }: { rowHeading: string; rows: StatusTableRow[] }) {
  const withTotal = rows.some((row) => row.total !== undefined);
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">{rowHeading}</th>
            {STATUSES.map((status) => (
              <th key={status} scope="col">
                {STATUS_LABELS[status]}
              </th>
            ))}
            {withTotal && <th scope="col">Total</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              {STATUSES.map((status) => (
                <td key={status}>{row.cells[status]}</td>
              ))}
              {withTotal && <td>{row.total}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
