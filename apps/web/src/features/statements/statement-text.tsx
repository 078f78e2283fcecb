import type { Status } from "@pledgewatch/domain";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { useLocation, useNavigate } from "react-router";
import { selectedPassage, type Passage } from "./passage-selection.ts";

export interface HighlightedQuote {
  id: string;
  start: number;
  end: number;
  commitment: { id: string; title: string; status: Status };
}

interface Segment {
  start: number;
  end: number;
  quotes: HighlightedQuote[];
  /** Quotes that begin here: their `q-<id>` anchors go on this segment. */
  opening: HighlightedQuote[];
}

/** Cuts the text at every quote boundary, so overlapping quotes each keep their own span. */
function segmentsOf(length: number, quotes: readonly HighlightedQuote[]): Segment[] {
  const cuts = [...new Set([0, length, ...quotes.flatMap((quote) => [quote.start, quote.end])])]
    .filter((cut) => cut >= 0 && cut <= length)
    .sort((a, b) => a - b);
  return cuts.slice(0, -1).map((start, index) => {
    const end = cuts[index + 1] ?? length;
    return {
      start,
      end,
      // The shortest quote first: a click on overlapping highlights opens the most specific one.
      quotes: quotes
        .filter((quote) => quote.start <= start && quote.end >= end)
        .sort((a, b) => a.end - a.start - (b.end - b.start)),
      opening: quotes.filter((quote) => quote.start === start),
    };
  });
}

/**
 * The statement's full text, verbatim (white-space: pre-wrap keeps its paragraphs), with each
 * logged quote marked. The container holds nothing but the text, so selections map to offsets.
 */
export function StatementText({
  text,
  quotes,
  onSelect,
}: {
  text: string;
  quotes: readonly HighlightedQuote[];
  onSelect?: (passage: Passage | null) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  const { hash } = useLocation();
  const [targetId, setTargetId] = useState<string | null>(null);

  // The text arrives after the page, so the browser's own jump to `#q-…` finds nothing: do it here.
  useEffect(() => {
    if (!hash.startsWith("#q-")) return;
    const id = decodeURIComponent(hash.slice(1));
    const element = document.getElementById(id);
    if (!element) return;
    element.scrollIntoView({ block: "center" });
    setTargetId(id.slice(2));
  }, [hash, quotes]);

  const reportSelection = () => {
    if (onSelect && container.current) onSelect(selectedPassage(container.current, text));
  };
  const open = (quote: HighlightedQuote) => void navigate(`/commitments/${quote.commitment.id}`);
  const openOnKey = (event: KeyboardEvent, quote: HighlightedQuote) => {
    if (event.key === "Enter") open(quote);
  };

  return (
    <div
      ref={container}
      className="statement-text"
      data-testid="statement-text"
      onMouseUp={reportSelection}
      onKeyUp={reportSelection}
    >
      {segmentsOf(text.length, quotes).map((segment) => {
        const content = text.slice(segment.start, segment.end);
        const [first] = segment.quotes;
        if (!first) return <span key={segment.start}>{content}</span>;
        const [anchor, ...otherAnchors] = segment.opening;
        const isTarget = segment.quotes.some((quote) => quote.id === targetId);
        return (
          <mark
            key={segment.start}
            id={anchor ? `q-${anchor.id}` : undefined}
            className={[
              "quote-mark",
              segment.quotes.length > 1 && "is-overlap",
              isTarget && "is-target",
            ]
              .filter(Boolean)
              .join(" ")}
            data-commitment-ids={segment.quotes.map((quote) => quote.commitment.id).join(" ")}
            role="link"
            tabIndex={anchor ? 0 : -1}
            title={segment.quotes.map((quote) => quote.commitment.title).join("\n")}
            onClick={() => {
              // A click that ends a selection is for logging, not for navigating.
              if (window.getSelection()?.isCollapsed !== false) open(first);
            }}
            onKeyDown={(event) => openOnKey(event, first)}
          >
            {otherAnchors.map((other) => (
              <span key={other.id} id={`q-${other.id}`} />
            ))}
            {content}
          </mark>
        );
      })}
    </div>
  );
}
