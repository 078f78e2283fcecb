import type { Stage, StatusMatrixRow } from "@pledgewatch/domain";
import { useQuery } from "@tanstack/react-query";
import { filterOfView, type CommitmentView } from "@pledgewatch/domain";
import { useTRPC } from "../../lib/trpc.ts";
import { StatusBarChart } from "./status-bar-chart.tsx";
import { StatusOverTimeChart } from "./status-over-time-chart.tsx";
import { UpcomingDeadlines } from "./upcoming-deadlines.tsx";

/** Countries and pairs beyond this many (by number of commitments) are left to the table. */
const TOP_ROWS = 10;

const topRows = <T extends StatusMatrixRow>(rows: T[] | undefined): T[] | undefined =>
  rows && [...rows].sort((a, b) => b.total - a.total).slice(0, TOP_ROWS);

const EMPTY = "No commitments match these filters. Remove a filter to see more.";

/** Every dashboard chart for one view; the overview and the country, pair and theme pages share it. */
export function DashboardCharts({ view }: { view: CommitmentView }) {
  const trpc = useTRPC();
  const filter = filterOfView(view);
  const byTheme = useQuery(trpc.stats.byStatusAndTheme.queryOptions(filter));
  const byCountry = useQuery(trpc.stats.byStatusAndCountry.queryOptions(filter));
  const byPair = useQuery(trpc.stats.byPair.queryOptions(filter));
  const byStage = useQuery(trpc.stats.byStage.queryOptions(filter));

  return (
    <div className="chart-grid">
      <StatusBarChart
        title="Status by theme"
        rowHeading="Theme"
        rows={byTheme.data}
        error={byTheme.error}
        empty={EMPTY}
        rowView={(row) => ({ ...view, themes: [row.id] })}
        drawFirst
      />
      <StatusBarChart
        title="Status by country"
        rowHeading="Country"
        rows={topRows(byCountry.data)}
        error={byCountry.error}
        empty={EMPTY}
        rowView={(row) => ({ ...view, countries: [row.id] })}
      />
      <StatusBarChart
        title="Status by country pair"
        rowHeading="Pair"
        rows={topRows(byPair.data)}
        error={byPair.error}
        empty={EMPTY}
        rowView={(row) => ({ ...view, pair: row.id.split("-") as [string, string] })}
      />
      <StatusBarChart
        title="Status by stage"
        rowHeading="Stage"
        rows={byStage.data}
        error={byStage.error}
        empty={EMPTY}
        rowView={(row) => ({ ...view, stages: [row.id as Stage] })}
      />
      <StatusOverTimeChart view={view} />
      <UpcomingDeadlines view={view} />
    </div>
  );
}
