import type { ReactNode } from "react";

interface ChartFrameProps {
  title: string;
  error: { message: string } | null;
  loading: boolean;
  /** What to say when there is nothing to chart; null when there is. */
  empty: string | null;
  children: ReactNode;
}

/** A chart card: its heading, then the chart, a loading skeleton, an error or an empty note. */
export function ChartFrame({ title, error, loading, empty, children }: ChartFrameProps) {
  const headingId = `chart-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section className="chart-card" aria-labelledby={headingId} aria-busy={loading}>
      <h2 id={headingId}>{title}</h2>
      {error ? (
        <p role="alert" className="chart-note">
          This chart could not be loaded: {error.message}
        </p>
      ) : loading ? (
        <div className="chart-skeleton" />
      ) : empty ? (
        <p className="chart-note">{empty}</p>
      ) : (
        children
      )}
    </section>
  );
}
