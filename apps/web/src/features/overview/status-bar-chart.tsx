import { STATUSES, type Status, type StatusMatrixRow } from "@pledgewatch/domain";
import { lazy, type ReactNode } from "react";
import { Link, useNavigate } from "react-router";
import { type CommitmentView } from "@pledgewatch/domain";
import { commitmentListHref } from "../../lib/commitment-filter-url.ts";
import { ChartDrawing } from "./chart-drawing.tsx";
import { ChartFrame } from "./chart-frame.tsx";
import { loadStatusBars } from "./load-status-bars.ts";
import { StatusTableView } from "./status-table-view.tsx";

// Requested as soon as the dashboard loads (if no route loader did earlier), not when the first
// figures arrive.
const statusBars = loadStatusBars();
const StatusBars = lazy(() => statusBars.then((module) => ({ default: module.StatusBars })));

const ROW_HEIGHT = 34;

interface StatusBarChartProps {
  title: string;
  /** Names what a row is ("Theme", "Country") in the table view. */
  rowHeading: string;
  rows: StatusMatrixRow[] | undefined;
  error: { message: string } | null;
  /** The list behind a row; a segment narrows it to the segment's status. */
  rowView: (row: StatusMatrixRow) => CommitmentView;
  empty: string;
  /** See ChartFrame: the chart of the first paint. */
  drawFirst?: boolean;
}

/** Stacked horizontal bars of status counts per row; every segment and table cell is a link. */
export function StatusBarChart({
  title,
  rowHeading,
  rows,
  error,
  rowView,
  empty,
  drawFirst,
}: StatusBarChartProps) {
  const navigate = useNavigate();
  const viewOf = (row: StatusMatrixRow, status?: Status): CommitmentView =>
    status ? { ...rowView(row), statuses: [status] } : rowView(row);
  const shown = rows?.filter((row) => row.total > 0);
  const data = shown?.map((row) => ({ ...row.counts, id: row.id, label: row.label }));
  const summary = shown?.map((row) => `${row.label}: ${row.total}`).join("; ");

  return (
    <ChartFrame
      title={title}
      error={error}
      loading={!rows}
      empty={shown?.length === 0 ? empty : null}
      drawFirst={drawFirst}
    >
      {shown && data && (
        <>
          <ChartDrawing
            label={`${title}. ${summary}. The table view below lists every count.`}
            height={shown.length * ROW_HEIGHT + 70}
            drawFirst={drawFirst}
          >
            <StatusBars
              data={data}
              onSegmentClick={(index, status) => {
                const row = shown[index];
                if (row) void navigate(commitmentListHref(viewOf(row, status)));
              }}
            />
          </ChartDrawing>
          <StatusTableView
            rowHeading={rowHeading}
            rows={shown.map((row) => ({
              id: row.id,
              label: row.label,
              cells: Object.fromEntries(
                STATUSES.map((status) => [
                  status,
                  row.counts[status] > 0 ? (
                    <Link to={commitmentListHref(viewOf(row, status))}>{row.counts[status]}</Link>
                  ) : (
                    0
                  ),
                ]),
              ) as Record<Status, ReactNode>,
              total: <Link to={commitmentListHref(viewOf(row))}>{row.total}</Link>,
            }))}
          />
        </>
      )}
    </ChartFrame>
  );
}
