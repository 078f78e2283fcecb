import { STATEMENT_KIND_LABELS } from "@pledgewatch/domain";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { useSession } from "../../lib/session.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { useDebouncedValue } from "../../lib/use-debounced-value.ts";

export function Component() {
  const trpc = useTRPC();
  const { can } = useSession();
  const [search, setSearch] = useState("");
  const term = useDebouncedValue(search.trim()) || undefined;
  const statements = useInfiniteQuery(
    trpc.statement.list.infiniteQueryOptions(
      { search: term, limit: 20 },
      {
        getNextPageParam: (page) => page.nextCursor ?? undefined,
        placeholderData: keepPreviousData,
      },
    ),
  );
  const items = statements.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section>
      <header className="page-header">
        <h1>Statements</h1>
        <p className="lede">
          The speeches, joint statements and reports commitments are logged from, newest first.
        </p>
      </header>
      <div className="toolbar">
        <label htmlFor="statement-search" className="visually-hidden">
          Search statements
        </label>
        <input
          id="statement-search"
          type="search"
          placeholder="Search by title, speaker or event"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        {can("analyst") && (
          <Link to="/statements/new" className="button">
            Add a statement
          </Link>
        )}
      </div>
      {statements.isPending ? (
        <div className="skeleton-card" aria-label="Loading statements" />
      ) : statements.isError ? (
        <p className="error-state" role="alert">
          {statements.error.message}
        </p>
      ) : items.length === 0 ? (
        <div className="empty-state">
          <p>
            {term
              ? `No statement matches “${term}”. Try a speaker's surname or the event's name.`
              : "No statement has been added yet."}
          </p>
        </div>
      ) : (
        <ul className="statement-list">
          {items.map((statement) => (
            <li key={statement.id} className="source">
              <p className="source-kind">{STATEMENT_KIND_LABELS[statement.kind]}</p>
              <p className="source-title">
                <Link to={`/statements/${statement.id}`}>{statement.title}</Link>
              </p>
              <p className="source-meta">
                {[
                  statement.speakerName,
                  statement.eventName,
                  statement.eventOn ?? statement.publishedOn,
                ]
                  .filter(Boolean)
                  .join(" · ")}
                {" · "}
                {statement.quoteCount} logged passages
              </p>
            </li>
          ))}
        </ul>
      )}
      {statements.hasNextPage && (
        <button
          type="button"
          className="load-more"
          disabled={statements.isFetchingNextPage}
          onClick={() => void statements.fetchNextPage()}
        >
          {statements.isFetchingNextPage ? "Loading…" : "Load more"}
        </button>
      )}
    </section>
  );
}
