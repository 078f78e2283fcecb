import type { AppRouter } from "@pledgewatch/api";
import { STAGE_DEFINITIONS, STAGE_LABELS } from "@pledgewatch/domain";
import { useInfiniteQuery } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { StatusBadge } from "../../components/status-badge.tsx";
import { useTRPC } from "../../lib/trpc.ts";

type CommitmentRow = inferRouterOutputs<AppRouter>["commitment"]["list"]["items"][number];

const PAGE_SIZE = 100;

export function CommitmentList() {
  const trpc = useTRPC();
  // Oldest first, so an untouched statement's commitments read in the order they were logged.
  const { data, error, isPending, refetch, hasNextPage, fetchNextPage, isFetchingNextPage } =
    useInfiniteQuery(
      trpc.commitment.list.infiniteQueryOptions(
        { sort: "updatedAt", order: "asc", limit: PAGE_SIZE },
        { getNextPageParam: (page) => page.nextCursor ?? undefined },
      ),
    );

  if (isPending) return <ListSkeleton />;
  if (error) {
    return (
      <section className="error-state" role="alert">
        <h2>The commitments could not be loaded</h2>
        <p>{error.message}</p>
        <button type="button" onClick={() => void refetch()}>
          Try again
        </button>
      </section>
    );
  }
  const rows = data.pages.flatMap((page) => page.items);
  if (rows.length === 0) {
    return (
      <section className="empty-state">
        <h2>No commitments logged yet</h2>
        <p>Log a statement and the commitments it makes; they will be listed here.</p>
      </section>
    );
  }

  const ids = new Set(rows.map((row) => row.id));
  const childrenByParent = new Map<string, CommitmentRow[]>();
  for (const row of rows) {
    if (row.parentId !== null && ids.has(row.parentId)) {
      childrenByParent.set(row.parentId, [...(childrenByParent.get(row.parentId) ?? []), row]);
    }
  }
  const topLevel = rows.filter((row) => row.parentId === null || !ids.has(row.parentId));

  return (
    <>
      <p className="count" aria-live="polite">
        {hasNextPage
          ? `Showing the first ${rows.length} commitments`
          : `${rows.length} commitments`}
      </p>
      <ol className="commitment-list" aria-label="Commitments">
        {topLevel.map((row) => (
          <CommitmentItem key={row.id} row={row} childRows={childrenByParent.get(row.id) ?? []} />
        ))}
      </ol>
      {hasNextPage && (
        <button
          type="button"
          className="load-more"
          disabled={isFetchingNextPage}
          onClick={() => void fetchNextPage()}
        >
          {isFetchingNextPage ? "Loading…" : `Show ${PAGE_SIZE} more`}
        </button>
      )}
    </>
  );
}

function CommitmentItem({ row, childRows }: { row: CommitmentRow; childRows: CommitmentRow[] }) {
  return (
    <li className="commitment" data-testid="commitment">
      <div className="commitment-head">
        <h2 className="commitment-title">
          {row.kind === "initiative" && <span className="kind-tag">Initiative</span>}
          {row.title}
        </h2>
        <StatusBadge status={row.status} />
      </div>
      <p className="parties">
        <strong>{row.committingCountry.name}</strong>
        <span aria-label={row.direction === "mutual" ? "with" : "to"}>
          {row.direction === "mutual" ? " ⇄ " : " → "}
        </span>
        {[...row.counterparts.map((country) => country.name), row.counterpartOther]
          .filter(Boolean)
          .join(", ") || "no counterpart named"}
      </p>
      <dl className="facts">
        <div>
          <dt>Stage</dt>
          <dd title={STAGE_DEFINITIONS[row.stage]}>{STAGE_LABELS[row.stage]}</dd>
        </div>
        <div>
          <dt>Announced</dt>
          <dd>{row.announcedOn ?? "not stated"}</dd>
        </div>
        <div>
          <dt>Deadline</dt>
          <dd>{row.targetOn ?? "none given"}</dd>
        </div>
      </dl>
      {row.themes.length > 0 && (
        <ul className="themes" aria-label="Themes">
          {row.themes.map((theme) => (
            <li key={theme.slug}>{theme.name}</li>
          ))}
        </ul>
      )}
      {row.quotes.map((quote) => (
        <blockquote key={quote.id} className="quote">
          “{quote.text}”
        </blockquote>
      ))}
      {childRows.length > 0 && (
        <ol className="commitment-list children" aria-label={`Part of ${row.title}`}>
          {childRows.map((child) => (
            <CommitmentItem key={child.id} row={child} childRows={[]} />
          ))}
        </ol>
      )}
    </li>
  );
}

function ListSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading commitments">
      {[0, 1, 2].map((index) => (
        <div key={index} className="skeleton-card" />
      ))}
    </div>
  );
}
