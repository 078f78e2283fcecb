import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { StatusBadge } from "../../components/status-badge.tsx";
import { filterOfView, type CommitmentView } from "@pledgewatch/domain";
import { useTRPC } from "../../lib/trpc.ts";
import { ChartFrame } from "./chart-frame.tsx";

/** "today", "tomorrow", "in 5 days": the browser's own wording rules, not a hand-made plural. */
const daysAhead = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

/** Open commitments whose deadline falls in the next 90 days, soonest first. */
export function UpcomingDeadlines({ view }: { view: CommitmentView }) {
  const trpc = useTRPC();
  const { data, error } = useQuery(
    trpc.stats.upcomingDeadlines.queryOptions({ ...filterOfView(view), withinDays: 90 }),
  );
  return (
    <ChartFrame
      title="Upcoming deadlines"
      error={error}
      loading={!data}
      empty={
        data?.length === 0
          ? "No open commitment falls due in the next 90 days. Overdue ones are in the Overdue figure above."
          : null
      }
    >
      <ol className="deadline-list">
        {data?.map((row) => (
          <li key={row.id}>
            <span className="deadline-days">
              {daysAhead.format(row.daysLeft, "day")}
              <small>{row.deadline}</small>
            </span>
            <span>
              <Link to={`/commitments/${row.id}`}>{row.title}</Link>
              <small className="deadline-parties">
                {row.committingCountry.name}
                {row.counterparts.length > 0 &&
                  ` → ${row.counterparts.map((country) => country.name).join(", ")}`}
              </small>
            </span>
            <StatusBadge status={row.status} />
          </li>
        ))}
      </ol>
    </ChartFrame>
  );
}
