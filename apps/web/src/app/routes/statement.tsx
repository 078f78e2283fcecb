import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { StatusBadge } from "../../components/status-badge.tsx";
import { SuggestionsPanel } from "../../features/intake/suggestions-panel.tsx";
import {
  commitmentPrefill,
  passageKey,
  useSuggestions,
  type Candidate,
} from "../../features/intake/use-suggestions.ts";
import {
  LogCommitmentForm,
  type CommitmentPrefill,
} from "../../features/statements/log-commitment-form.tsx";
import type { Passage } from "../../features/statements/passage-selection.ts";
import { StatementMeta } from "../../features/statements/statement-meta.tsx";
import { StatementText, suggestionAnchorId } from "../../features/statements/statement-text.tsx";
import { useSession } from "../../lib/session.ts";
import { useTRPC } from "../../lib/trpc.ts";

export function Component() {
  const { id = "" } = useParams();
  const trpc = useTRPC();
  const { can } = useSession();
  const statement = useQuery(trpc.statement.get.queryOptions({ id }));
  const suggestions = useSuggestions(id);
  const [selection, setSelection] = useState<Passage | null>(null);
  const [logging, setLogging] = useState<{ passage: Passage; prefill?: CommitmentPrefill } | null>(
    null,
  );
  const [logged, setLogged] = useState<{ id: string; title: string } | null>(null);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);

  if (statement.isPending) return <div className="skeleton-card" aria-label="Loading statement" />;
  if (statement.isError) {
    return (
      <section className="error-state" role="alert">
        <h1>This statement could not be shown</h1>
        <p>{statement.error.message}</p>
        <Link to="/statements">All statements</Link>
      </section>
    );
  }
  const data = statement.data;
  const mayLog = can("analyst");

  const showSuggestion = (candidate: Candidate) => {
    setFocusedKey(passageKey(candidate));
    document.getElementById(suggestionAnchorId(candidate))?.scrollIntoView({ block: "center" });
  };
  const acceptSuggestion = (candidate: Candidate) => {
    setFocusedKey(passageKey(candidate));
    setLogging({
      passage: { start: candidate.start, end: candidate.end, text: candidate.quote },
      prefill: commitmentPrefill(candidate, data.speakerCountry?.id),
    });
  };

  return (
    <article className="statement-page">
      <header className="page-header">
        <p className="section-label">
          <Link to="/statements">Statements</Link>
        </p>
        <h1>{data.title}</h1>
      </header>
      <StatementMeta statement={data} />

      {mayLog && !logging && (
        <div className="selection-bar" aria-live="polite">
          {selection ? (
            <>
              <span className="selection-preview">
                Selected: “
                {selection.text.length > 80 ? `${selection.text.slice(0, 80)}…` : selection.text}”
              </span>
              <button type="button" onClick={() => setLogging({ passage: selection })}>
                Log commitment from selection
              </button>
            </>
          ) : (
            <span>Select a passage of the text to log a commitment from it.</span>
          )}
        </div>
      )}
      {logged && (
        <p className="notice" role="status">
          Logged <Link to={`/commitments/${logged.id}`}>{logged.title}</Link>. Its passage is now
          highlighted.
        </p>
      )}
      {logging && (
        <LogCommitmentForm
          // A new passage is a new form: its fields start from that passage's reading.
          key={passageKey(logging.passage)}
          statementId={data.id}
          passage={logging.passage}
          prefill={logging.prefill}
          speakerCountryId={data.speakerCountry?.id}
          publishedOn={data.publishedOn}
          onLogged={(commitment) => {
            setLogged(commitment);
            setLogging(null);
            setSelection(null);
            void suggestions.refresh();
          }}
          onCancel={() => setLogging(null)}
        />
      )}

      <div className={mayLog ? "statement-workspace" : undefined}>
        <div className="statement-body">
          <h2 className="section-label">Full text</h2>
          <StatementText
            text={data.text}
            quotes={data.quotes}
            suggestions={suggestions.listed.map((candidate) => ({
              start: candidate.start,
              end: candidate.end,
              focused: passageKey(candidate) === focusedKey,
            }))}
            onSelect={mayLog ? setSelection : undefined}
          />
        </div>
        {mayLog && (
          <SuggestionsPanel
            suggestions={suggestions}
            focusedKey={focusedKey}
            onShow={showSuggestion}
            onAccept={acceptSuggestion}
          />
        )}
      </div>

      <section aria-labelledby="passages-heading" className="passages">
        <h2 id="passages-heading" className="section-label">
          Logged passages ({data.quotes.length})
        </h2>
        {data.quotes.length === 0 ? (
          <p className="empty-note">
            No commitment has been logged from this statement yet.
            {mayLog ? " Select a passage above to log one." : ""}
          </p>
        ) : (
          <ol className="passage-list">
            {data.quotes.map((quote) => (
              <li key={quote.id}>
                <a href={`#q-${quote.id}`}>“{quote.text}”</a>
                <span className="passage-commitment">
                  <Link to={`/commitments/${quote.commitment.id}`}>{quote.commitment.title}</Link>{" "}
                  <StatusBadge status={quote.commitment.status} />
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
