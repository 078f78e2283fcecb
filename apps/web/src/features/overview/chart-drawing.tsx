import { Suspense, useRef, type ReactNode } from "react";
import { useNearViewport } from "../../lib/use-near-viewport.ts";

interface ChartDrawingProps {
  /** The chart's text alternative. */
  label: string;
  height: number;
  /** The chart of the first paint: drawn without waiting to learn whether it is in view. */
  drawFirst?: boolean;
  /** The drawing: a lazily loaded chart component. */
  children: ReactNode;
}

/**
 * A chart's drawing area. Its size and text alternative are there at once, so nothing moves when
 * it is drawn; the drawing (and, for some charts, their code) waits until it nears the viewport:
 * on a phone most charts are below the fold, and drawing them would hold up the first one.
 */
export function ChartDrawing({ label, height, drawFirst = false, children }: ChartDrawingProps) {
  const area = useRef<HTMLDivElement>(null);
  const near = useNearViewport(area);
  return (
    <div ref={area} className="chart" role="img" aria-label={label} style={{ height }}>
      {(drawFirst || near) && (
        <Suspense fallback={<div className="chart-skeleton" style={{ height: "100%" }} />}>
          {children}
        </Suspense>
      )}
    </div>
  );
}
