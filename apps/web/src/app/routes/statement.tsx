import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { StatusBadge } from "../../components/status-badge.tsx";
import { LogCommitmentForm } from "../../features/statements/log-commitment-form.tsx";
import type { Passage } from "../../features/statements/passage-selection.ts";
import { StatementMeta } from "../../features/statements/statement-meta.tsx";
import { StatementText } from "../../features/statements/statement-text.tsx";
import { useSession } from "../../lib/session.ts";
import { useTRPC } from "../../lib/trpc.ts";

export function Component() {
  const { id = "" } = useParams();
  const trpc = useTRPC();
  const { can } = useSession();
  const statement = useQuery(trpc.statement.get.queryOptions({ id }));
  const [selection, setSelection] = useState<Passage | null>(null);
  const [logging, setLogging] = useState<Passage | null>(null);
  const [logged, setLogged] = useState<{ id: string; title: string } | null>(null);

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
              <button type="button" onClick={() => setLogging(selection)}>
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
          statementId={data.id}
          passage={logging}
          speakerCountryId={data.speakerCountry?.id}
          publishedOn={data.publishedOn}
          onLogged={(commitment) => {
            setLogged(commitment);
            setLogging(null);
            setSelection(null);
          }}
          onCancel={() => setLogging(null)}
        />
      )}

      <h2 className="section-label">Full text</h2>
      <StatementText
        text={data.text}
        quotes={data.quotes}
        onSelect={mayLog ? setSelection : undefined}
      />

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
