import { STATUS_LABELS, STATUSES, type Status, type StatusMatrixRow } from "@pledgewatch/domain";
import type { ReactNode } from "react";
import { Link, useNavigate } from "react-router";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { type CommitmentView } from "@pledgewatch/domain";
import { commitmentListHref } from "../../lib/commitment-filter-url.ts";
import { ChartFrame } from "./chart-frame.tsx";
import { byStatusOrder, STATUS_COLOURS } from "./status-colours.ts";
import { StatusTableView } from "./status-table-view.tsx";

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
          <div
            className="chart"
            role="img"
            aria-label={`${title}. ${summary}. The table view below lists every count.`}
            style={{ height: shown.length * ROW_HEIGHT + 70 }}
          >
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={data} layout="vertical" margin={{ left: 0, right: 12 }}>
                <CartesianGrid horizontal={false} stroke="#e2dfd6" />
                <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
                <YAxis
                  type="category"
                  dataKey="label"
                  width={150}
                  tick={{ fontSize: 12 }}
                  interval={0}
                />
                <Tooltip cursor={{ fill: "rgba(29, 78, 216, 0.06)" }} />
                <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={byStatusOrder} />
                {STATUSES.map((status) => (
                  <Bar
                    key={status}
                    dataKey={status}
                    name={STATUS_LABELS[status]}
                    stackId="status"
                    fill={STATUS_COLOURS[status]}
                    cursor="pointer"
                    isAnimationActive={false}
                    onClick={(_item, index) => {
                      const row = shown[index];
                      if (row) void navigate(commitmentListHref(viewOf(row, status)));
                    }}
                  />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
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
