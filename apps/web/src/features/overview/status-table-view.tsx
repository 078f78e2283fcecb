import { STATUS_LABELS, STATUSES, type Status } from "@pledgewatch/domain";
import type { ReactNode } from "react";

export interface StatusTableRow {
  id: string;
  label: string;
  cells: Record<Status, ReactNode>;
  total?: ReactNode;
}

/** A chart's text alternative: one row per bar or month, one column per status. */
export function StatusTableView({
  rowHeading,
  rows,
}: {
  rowHeading: string;
  rows: StatusTableRow[];
}) {
  const withTotal = rows.some((row) => row.total !== undefined);
  return (
    <details className="chart-table">
      <summary>Table view</summary>
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
    </details>
  );
}
