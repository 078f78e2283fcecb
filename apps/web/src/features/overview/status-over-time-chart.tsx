import { STATUS_LABELS, STATUSES } from "@pledgewatch/domain";
import { useQuery } from "@tanstack/react-query";
import { lazy } from "react";
import { useNavigate } from "react-router";
import { filterOfView, type CommitmentView } from "@pledgewatch/domain";
import { commitmentListHref } from "../../lib/commitment-filter-url.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { ChartDrawing } from "./chart-drawing.tsx";
import { ChartFrame } from "./chart-frame.tsx";
import { StatusTableView } from "./status-table-view.tsx";

const StatusAreas = lazy(() =>
  import("./status-areas.tsx").then((module) => ({ default: module.StatusAreas })),
);

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
      <ChartDrawing label={`${TITLE}. ${summary}.`} height={280}>
        <StatusAreas
          data={months.map((month) => ({ month: month.month, ...month.atMonthEnd }))}
          onStatusClick={(status) =>
            void navigate(commitmentListHref({ ...view, statuses: [status] }))
          }
        />
      </ChartDrawing>
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
