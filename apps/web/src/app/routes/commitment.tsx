import {
  DEFAULT_STALE_DAYS,
  STAGE_DEFINITIONS,
  STAGE_LABELS,
  STATUS_DEFINITIONS,
} from "@pledgewatch/domain";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { StatusBadge } from "../../components/status-badge.tsx";
import { AuditHistory } from "../../features/commitment/audit-history.tsx";
import { DeleteCommitment } from "../../features/commitment/delete-commitment.tsx";
import { EditCommitmentForm } from "../../features/commitment/edit-commitment-form.tsx";
import { QuoteInContext } from "../../features/commitment/quote-in-context.tsx";
import { StatusTimeline } from "../../features/commitment/status-timeline.tsx";
import { StatusForm } from "../../features/status/status-form.tsx";
import { useSession } from "../../lib/session.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { PageActions } from "../dashboard.tsx";

const progressText = (progress: number | null) =>
  progress === null ? "Not assessed" : `${progress}%`;

export function Component() {
  const { id = "" } = useParams();
  const trpc = useTRPC();
  const { can } = useSession();
  const query = useQuery(trpc.commitment.get.queryOptions({ id }));
  const [editing, setEditing] = useState(false);

  if (query.isPending) {
    return (
      <>
        <div className="skeleton-card" aria-label="Loading commitment" />
        <div className="skeleton-card" />
      </>
    );
  }
  if (query.isError) {
    return (
      <section className="error-state" role="alert">
        <h1>This commitment could not be shown</h1>
        <p>{query.error.message}</p>
        <Link to="/commitments">All commitments</Link>
      </section>
    );
  }
  const c = query.data;
  const reload = async () => (await query.refetch()).data?.version;
  const progress = c.kind === "initiative" && !c.progressExplicit ? c.rolledUpProgress : c.progress;
  const counterparts = [...c.counterparts.map((country) => country.name), c.counterpartOther]
    .filter(Boolean)
    .join(", ");

  return (
    <article className="commitment-page">
      <header className="page-header">
        <p className="section-label">
          <Link to="/commitments">Commitments</Link>
          {c.parent && (
            <>
              {" / "}
              <Link to={`/commitments/${c.parent.id}`}>{c.parent.title}</Link>
            </>
          )}
        </p>
        <h1>
          {c.kind === "initiative" && <span className="kind-tag">Initiative</span>}
          {c.title}
        </h1>
        <p className="parties">
          <strong>{c.committingCountry.name}</strong>
          {c.direction === "mutual" ? " and " : " to "}
          <strong>{counterparts || "unnamed counterparts"}</strong>
          {c.direction === "mutual" ? " (mutual commitment)" : " (unilateral commitment)"}
        </p>
        <p className="flags">
          <StatusBadge status={c.status} />
          {c.overdue && <span className="flag flag-overdue">Overdue</span>}
          {c.stale && (
            <span className="flag flag-stale">Stale: no news for {DEFAULT_STALE_DAYS} days</span>
          )}
        </p>
        <PageActions view={{}} subject={{ commitmentId: c.id }} />
      </header>

      {c.description && <p className="lede">{c.description}</p>}
      {can("analyst") &&
        (editing ? (
          <EditCommitmentForm commitment={c} onReload={reload} onDone={() => setEditing(false)} />
        ) : (
          <button type="button" className="button-quiet" onClick={() => setEditing(true)}>
            Edit commitment
          </button>
        ))}

      <dl className="detail-grid">
        <div>
          <dt>Status</dt>
          <dd>
            <StatusBadge status={c.status} />
            <p className="definition">{STATUS_DEFINITIONS[c.status]}</p>
          </dd>
        </div>
        <div>
          <dt>Stage</dt>
          <dd>
            {STAGE_LABELS[c.stage]}
            <p className="definition">{STAGE_DEFINITIONS[c.stage]}</p>
          </dd>
        </div>
        <div>
          <dt>Progress</dt>
          <dd>
            {progressText(progress)}
            {c.kind === "initiative" && !c.progressExplicit && (
              <p className="definition">Rolled up from the assessed commitments below.</p>
            )}
          </dd>
        </div>
        <div>
          <dt>Dates</dt>
          <dd>
            <ul className="plain-list">
              <li>Announced: {c.announcedOn ?? "not known"}</li>
              <li>Target: {c.targetOn ?? "none given"}</li>
              {c.startedOn && <li>Started: {c.startedOn}</li>}
              {c.completedOn && <li>Completed: {c.completedOn}</li>}
            </ul>
          </dd>
        </div>
      </dl>

      {c.themes.length > 0 && (
        <ul className="themes" aria-label="Themes">
          {c.themes.map((theme) => (
            <li key={theme.slug}>
              <Link to={`/themes/${theme.slug}`}>{theme.name}</Link>
            </li>
          ))}
        </ul>
      )}

      <section aria-labelledby="quotes-heading">
        <h2 id="quotes-heading">What was said</h2>
        {c.quotes.length === 0 ? (
          <p className="empty-note">No quote from a statement is attached to this commitment.</p>
        ) : (
          c.quotes.map((quote) => <QuoteInContext key={quote.id} quote={quote} />)
        )}
      </section>

      {c.children.length > 0 && (
        <section aria-labelledby="children-heading">
          <h2 id="children-heading">Commitments in this initiative</h2>
          <ul className="child-list">
            {c.children.map((child) => (
              <li key={child.id}>
                <Link to={`/commitments/${child.id}`}>{child.title}</Link>
                <span>
                  <StatusBadge status={child.status} /> {progressText(child.progress)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Status timeline</h2>
        <StatusTimeline events={c.statusEvents} />
      </section>

      {can("analyst") && <StatusForm key={c.id} commitment={c} onReload={reload} />}

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History of changes</h2>
        <AuditHistory commitmentId={c.id} />
      </section>

      {can("admin") && <DeleteCommitment id={c.id} title={c.title} />}
    </article>
  );
}
