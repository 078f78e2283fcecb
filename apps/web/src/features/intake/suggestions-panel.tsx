import { useNames } from "../../lib/use-names.ts";
import { CandidateCard } from "./candidate-card.tsx";
import { passageKey, type Candidate, type Suggestions } from "./use-suggestions.ts";

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

/** What the list says it holds, announced to screen readers as it changes. */
function statusLine({ query, requested, open, dismissed }: Suggestions): string {
  if (!requested) return "";
  if (query.isFetching) return "Reading the statement for commitments…";
  if (query.isError) return "";
  const hidden = dismissed.length ? `, ${dismissed.length} dismissed` : "";
  if (open.length === 0) return `No candidates found${hidden}.`;
  return `${plural(open.length, "candidate")}${hidden}.`;
}

/**
 * "Suggest commitments": the passages of the statement that read as commitments, not yet
 * logged, each to accept into the commitment form, or dismiss.
 */
export function SuggestionsPanel({
  suggestions,
  focusedKey,
  onShow,
  onAccept,
}: {
  suggestions: Suggestions;
  focusedKey: string | null;
  onShow: (candidate: Candidate) => void;
  onAccept: (candidate: Candidate) => void;
}) {
  const names = useNames();
  const { query, requested, open, dismissed, showDismissed } = suggestions;
  const loading = requested && query.isPending;

  const cards = (candidates: Candidate[]) => (
    <ol className="candidate-list">
      {candidates.map((candidate) => (
        <CandidateCard
          key={passageKey(candidate)}
          candidate={candidate}
          names={names}
          focused={focusedKey === passageKey(candidate)}
          dismissal={suggestions.dismissalOf(candidate)}
          error={suggestions.errorFor(candidate)}
          onShow={() => onShow(candidate)}
          onAccept={() => onAccept(candidate)}
          onDismiss={() => suggestions.dismiss(candidate)}
          onRestore={() => suggestions.restore(candidate)}
        />
      ))}
    </ol>
  );

  return (
    <aside className="suggestions-panel" aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading">Suggested commitments</h2>
      <p className="field-hint">
        Passages that read as promises and are not logged yet, found by reading the text here. Check
        each one before you log it.
      </p>
      <button type="button" onClick={suggestions.request} disabled={query.isFetching}>
        {query.isFetching ? "Suggesting…" : "Suggest commitments"}
      </button>
      {/* A live region but not role="status": the page's one status is the logging notice. */}
      <p className="suggestions-status" aria-live="polite">
        {statusLine(suggestions)}
      </p>

      {loading && (
        <div className="candidate-skeletons" aria-hidden="true">
          <div className="skeleton-row" />
          <div className="skeleton-row" />
          <div className="skeleton-row" />
        </div>
      )}
      {query.isError && (
        <div className="form-error" role="alert">
          <p>The suggestions could not be made: {query.error.message}</p>
          <button type="button" className="button-quiet" onClick={suggestions.request}>
            Try again
          </button>
        </div>
      )}
      {query.isSuccess && open.length === 0 && (
        <p className="empty-note">No passage that is not logged yet reads as a commitment.</p>
      )}
      {open.length > 0 && cards(open)}
      {dismissed.length > 0 && (
        <button
          type="button"
          className="button-quiet"
          aria-expanded={showDismissed}
          onClick={() => suggestions.setShowDismissed(!showDismissed)}
        >
          {showDismissed ? "Hide" : "Show"} {dismissed.length} dismissed
        </button>
      )}
      {showDismissed && dismissed.length > 0 && cards(dismissed)}
    </aside>
  );
}
