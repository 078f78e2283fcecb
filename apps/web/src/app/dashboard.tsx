import { lazy, Suspense, type ReactNode } from "react";
import { Link } from "react-router";
import { CommitmentFilterBar } from "../features/commitments/commitment-filter-bar.tsx";
import { DownloadMenu, type DownloadSubject } from "../features/exports/download-menu.tsx";
import { DashboardCharts } from "../features/overview/dashboard-charts.tsx";
import { HeadlineFigures } from "../features/overview/headline-figures.tsx";
import { type CommitmentView } from "@pledgewatch/domain";
import { useCommitmentFilter } from "../lib/commitment-filter-url.ts";

/** Only scoped pages show the table: the overview does not download the table library. */
const CommitmentTable = lazy(() =>
  import("../features/commitments/commitment-table.tsx").then((module) => ({
    default: module.CommitmentTable,
  })),
);

const SUBJECTS = ["countries", "pair", "themes"] as const;

interface DashboardProps {
  title: string;
  lede: ReactNode;
  /** A country, pair or theme page's subject: always applied, not offered as a filter. */
  scope?: CommitmentView;
}

/** The overview, and the same figures, charts and list scoped to one country, pair or theme. */
export function Dashboard({ title, lede, scope }: DashboardProps) {
  const [view, setView] = useCommitmentFilter();
  const scoped = { ...view, ...scope };
  const fixed = SUBJECTS.filter((key) => scope?.[key] !== undefined);
  return (
    <>
      <header className="page-header">
        <h1>{title}</h1>
        <p className="lede">{lede}</p>
        <PageActions view={scoped} subject={subjectOf(scope)} />
      </header>
      <CommitmentFilterBar view={view} onChange={setView} fixed={fixed} />
      <HeadlineFigures view={scoped} />
      <DashboardCharts view={scoped} />
      {scope && (
        <section className="scoped-list" aria-labelledby="scoped-list-heading">
          <h2 id="scoped-list-heading">The commitments</h2>
          <Suspense fallback={<div className="skeleton-card" aria-busy="true" />}>
            <CommitmentTable
              view={scoped}
              onChange={(next) => setView(withoutScope(next, scope))}
            />
          </Suspense>
        </section>
      )}
    </>
  );
}

/** A pair or theme page's subject: its exports, its calendar and its feed follow it. */
function subjectOf(scope: CommitmentView | undefined): DownloadSubject | undefined {
  if (scope?.pair) return { pair: scope.pair.join("-") };
  if (scope?.themes?.[0]) return { theme: scope.themes[0] };
  return undefined;
}

function feedPath(subject: DownloadSubject | undefined): string | undefined {
  if (subject?.commitmentId) return `/feeds/commitments/${subject.commitmentId}.atom`;
  if (subject?.pair) return `/feeds/pairs/${subject.pair}.atom`;
  if (subject?.theme) return `/feeds/themes/${subject.theme}.atom`;
  return undefined;
}

/** Downloads of exactly what the page shows, and the Atom feed of its status changes. */
export function PageActions({
  view,
  subject,
}: {
  view: CommitmentView;
  subject?: DownloadSubject;
}) {
  const feed = feedPath(subject);
  return (
    <div className="page-actions">
      <DownloadMenu view={view} subject={subject} />
      {feed && (
        <a className="button-quiet" href={feed} type="application/atom+xml">
          Atom feed of status changes
        </a>
      )}
    </div>
  );
}

const withoutScope = (view: CommitmentView, scope: CommitmentView): CommitmentView =>
  Object.fromEntries(Object.entries(view).filter(([key]) => !(key in scope)));

/** What a country, pair or theme page shows for a code or slug that names nothing. */
export function UnknownSubject({ kind, id }: { kind: string; id: string }) {
  return (
    <section className="empty-state">
      <h1>No such {kind}</h1>
      <p>
        “{id}” does not name a {kind} we know. Check the address, or start from the{" "}
        <Link to="/">overview</Link>.
      </p>
    </section>
  );
}
