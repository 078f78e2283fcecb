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

/** A passage suggested as a commitment but not logged: marked more lightly than a quote. */
export interface SuggestedPassage {
  start: number;
  end: number;
  focused: boolean;
}

/** The id of the anchor where a suggested passage begins, to scroll to it. */
export const suggestionAnchorId = (passage: { start: number; end: number }) =>
  `s-${passage.start}-${passage.end}`;

interface Segment {
  start: number;
  end: number;
  quotes: HighlightedQuote[];
  /** Quotes that begin here: their `q-<id>` anchors go on this segment. */
  opening: HighlightedQuote[];
  suggestions: SuggestedPassage[];
  /** Suggestions that begin here: their `s-<start>-<end>` anchors go on this segment. */
  openingSuggestions: SuggestedPassage[];
}

/**
 * Cuts the text at every quote and suggestion boundary, so overlapping passages each keep their
 * own span.
 */
function segmentsOf(
  length: number,
  quotes: readonly HighlightedQuote[],
  suggestions: readonly SuggestedPassage[],
): Segment[] {
  const passages = [...quotes, ...suggestions];
  const cuts = [
    ...new Set([0, length, ...passages.flatMap((passage) => [passage.start, passage.end])]),
  ]
    .filter((cut) => cut >= 0 && cut <= length)
    .sort((a, b) => a - b);
  return cuts.slice(0, -1).map((start, index) => {
    const end = cuts[index + 1] ?? length;
    const covers = (passage: { start: number; end: number }) =>
      passage.start <= start && passage.end >= end;
    return {
      start,
      end,
      // The shortest quote first: a click on overlapping highlights opens the most specific one.
      quotes: quotes.filter(covers).sort((a, b) => a.end - a.start - (b.end - b.start)),
      opening: quotes.filter((quote) => quote.start === start),
      suggestions: suggestions.filter(covers),
      openingSuggestions: suggestions.filter((suggestion) => suggestion.start === start),
    };
  });
}

/**
 * The statement's full text, verbatim (white-space: pre-wrap keeps its paragraphs), with each
 * logged quote marked, and each suggested passage more lightly where no quote covers it. The
 * container holds nothing but the text, so selections map to offsets.
 */
export function StatementText({
  text,
  quotes,
  suggestions = [],
  onSelect,
}: {
  text: string;
  quotes: readonly HighlightedQuote[];
  suggestions?: readonly SuggestedPassage[];
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
      {segmentsOf(text.length, quotes, suggestions).map((segment) => {
        const content = text.slice(segment.start, segment.end);
        const suggestionAnchors = segment.openingSuggestions.map((suggestion) => (
          <span key={suggestionAnchorId(suggestion)} id={suggestionAnchorId(suggestion)} />
        ));
        const [first] = segment.quotes;
        if (!first && segment.suggestions.length > 0) {
          const focused = segment.suggestions.some((suggestion) => suggestion.focused);
          return (
            <mark
              key={segment.start}
              className={focused ? "suggestion-mark is-focused" : "suggestion-mark"}
              title="Suggested commitment (not logged)"
            >
              {suggestionAnchors}
              {content}
            </mark>
          );
        }
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
            {suggestionAnchors}
            {content}
          </mark>
        );
      })}
    </div>
  );
}
