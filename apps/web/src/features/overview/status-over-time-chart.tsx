import { STATUS_LABELS, STATUSES } from "@pledgewatch/domain";
import { useQuery } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import {
  Area,
  AreaChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { filterOfView, type CommitmentView } from "@pledgewatch/domain";
import { commitmentListHref } from "../../lib/commitment-filter-url.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { ChartFrame } from "./chart-frame.tsx";
import { byStatusOrder, STATUS_COLOURS } from "./status-colours.ts";
import { StatusTableView } from "./status-table-view.tsx";

const TITLE = "Status over time";

/** How many commitments stood in each status at the end of every month, stacked. */
export function StatusOverTimeChart({ view }: { view: CommitmentView }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { data, error } = useQuery(trpc.stats.overTime.queryOptions(filterOfView(view)));
  const months = data?.months ?? [];
  const latest = months.at(-1);
  const summary = latest
    ? `At the end of ${latest.month}: ` +
      STATUSES.map((status) => `${STATUS_LABELS[status]} ${latest.atMonthEnd[status]}`).join(", ")
    : "";

  return (
    <ChartFrame
      title={TITLE}
      error={error}
      loading={!data}
      empty={months.length === 0 ? "No dated commitments match these filters." : null}
    >
      <div
        className="chart"
        role="img"
        aria-label={`${TITLE}. ${summary}.`}
        style={{ height: 280 }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart
            data={months.map((month) => ({ month: month.month, ...month.atMonthEnd }))}
            margin={{ left: 0, right: 12 }}
          >
            <CartesianGrid vertical={false} stroke="#e2dfd6" />
            <XAxis dataKey="month" tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} width={44} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={byStatusOrder} />
            {STATUSES.map((status) => (
              <Area
                key={status}
                dataKey={status}
                name={STATUS_LABELS[status]}
                stackId="status"
                type="stepAfter"
                stroke={STATUS_COLOURS[status]}
                fill={STATUS_COLOURS[status]}
                fillOpacity={0.75}
                cursor="pointer"
                isAnimationActive={false}
                onClick={() => void navigate(commitmentListHref({ ...view, statuses: [status] }))}
              />
            ))}
          </AreaChart>
        </ResponsiveContainer>
      </div>
      <StatusTableView
        rowHeading="Month"
        rows={months.map((month) => ({
          id: month.month,
          label: month.month,
          cells: month.atMonthEnd,
        }))}
      />
      {data && data.undated > 0 && (
        <p className="chart-note">
          {data.undated} commitments have no date and are not shown over time.
        </p>
      )}
    </ChartFrame>
  );
}
