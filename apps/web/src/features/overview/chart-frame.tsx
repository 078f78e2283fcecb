import { useDeferredValue, type ReactNode } from "react";

interface ChartFrameProps {
  title: string;
  error: { message: string } | null;
  loading: boolean;
  /** What to say when there is nothing to chart; null when there is. */
  empty: string | null;
  children: ReactNode;
  /**
   * Drawn as soon as its data is there. The other charts are drawn just after, in a background
   * render the browser may interrupt, so they never hold up the first chart or the page's input.
   */
  drawFirst?: boolean;
}

/** A chart card: its heading, then the chart, a loading skeleton, an error or an empty note. */
export function ChartFrame({
  title,
  error,
  loading,
  empty,
  children,
  drawFirst = false,
}: ChartFrameProps) {
  const headingId = `chart-${title.toLowerCase().replace(/\W+/g, "-")}`;
  const drawnLater = useDeferredValue(!loading, false);
  const waiting = drawFirst ? loading : !drawnLater;
  return (
    <section className="chart-card" aria-labelledby={headingId} aria-busy={waiting}>
      <h2 id={headingId}>{title}</h2>
      {error ? (
        <p role="alert" className="chart-note">
          This chart could not be loaded: {error.message}
        </p>
      ) : waiting ? (
        <div className="chart-skeleton" />
      ) : empty ? (
        <p className="chart-note">{empty}</p>
      ) : (
        children
      )}
    </section>
  );
}
