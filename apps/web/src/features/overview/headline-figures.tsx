import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { filterOfView, type CommitmentView } from "@pledgewatch/domain";
import { commitmentListHref } from "../../lib/commitment-filter-url.ts";
import { useTRPC } from "../../lib/trpc.ts";

/** "100,000", not "100000": research datasets reach six figures. One formatter for every render. */
const count = new Intl.NumberFormat("en").format;

/** The six numbers a reader looks at first; each opens the list behind it. */
export function HeadlineFigures({ view }: { view: CommitmentView }) {
  const trpc = useTRPC();
  const { data, error } = useQuery(trpc.stats.headline.queryOptions(filterOfView(view)));
  if (error) return <p role="alert">The headline figures could not be loaded: {error.message}</p>;
  const figures = data
    ? [
        { label: "Commitments", value: count(data.total), to: view },
        {
          label: "Fulfilled",
          value: data.fulfilledPercent === null ? "–" : `${data.fulfilledPercent}%`,
          note: "of those assessed",
          to: { ...view, statuses: ["fulfilled" as const] },
        },
        {
          label: "In progress",
          value: count(data.inProgress),
          to: { ...view, statuses: ["in_progress" as const] },
        },
        { label: "Overdue", value: count(data.overdue), to: { ...view, overdue: true } },
        {
          label: "Stale",
          value: count(data.stale),
          note: "no news in 180 days",
          to: { ...view, stale: true },
        },
        {
          label: "Not assessed",
          value: count(data.notAssessed),
          note: "not checked yet",
          to: { ...view, statuses: ["not_assessed" as const] },
        },
      ]
    : [];
  return (
    <section aria-label="Headline figures" aria-busy={!data}>
      <ul className="headline-figures">
        {data
          ? figures.map((figure) => (
              <li key={figure.label} data-testid="headline-figure">
                <Link to={commitmentListHref(figure.to)}>
                  <span className="figure-value">{figure.value}</span>
                  <span className="figure-label">{figure.label}</span>
                  {figure.note && <span className="figure-note">{figure.note}</span>}
                </Link>
              </li>
            ))
          : [0, 1, 2, 3, 4, 5].map((index) => <li key={index} className="figure-skeleton" />)}
      </ul>
    </section>
  );
}
