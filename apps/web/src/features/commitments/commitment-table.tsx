import type { AppRouter } from "@pledgewatch/api";
import { STAGE_DEFINITIONS, STAGE_LABELS, type CommitmentSortField } from "@pledgewatch/domain";
import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  useReactTable,
} from "@tanstack/react-table";
import type { inferRouterOutputs } from "@trpc/server";
import { useMemo } from "react";
import { Link } from "react-router";
import { StatusBadge } from "../../components/status-badge.tsx";
import { filterOfView, type CommitmentView } from "@pledgewatch/domain";
import { useTRPC } from "../../lib/trpc.ts";

type CommitmentRow = inferRouterOutputs<AppRouter>["commitment"]["list"]["items"][number];

const PAGE_SIZE = 50;
const column = createColumnHelper<CommitmentRow>();

const partiesOf = (row: CommitmentRow) =>
  [...row.counterparts.map((country) => country.name), row.counterpartOther]
    .filter(Boolean)
    .join(", ") || "no counterpart named";

/** Columns; the ids of sortable ones are the API's sort fields, so sorting happens server-side. */
const columns = [
  column.accessor("title", {
    id: "title",
    header: "Commitment",
    cell: ({ row: { original } }) => (
      <>
        {original.kind === "initiative" && <span className="kind-tag">Initiative</span>}
        <Link to={`/commitments/${original.id}`}>{original.title}</Link>
      </>
    ),
  }),
  column.display({
    id: "parties",
    header: "Parties",
    cell: ({ row: { original } }) => (
      <>
        <strong>{original.committingCountry.name}</strong>
        <span aria-label={original.direction === "mutual" ? "with" : "to"}>
          {original.direction === "mutual" ? " ⇄ " : " → "}
        </span>
        {partiesOf(original)}
      </>
    ),
  }),
  column.display({
    id: "themes",
    header: "Themes",
    cell: ({ row: { original } }) => original.themes.map((theme) => theme.name).join(", ") || "–",
  }),
  column.accessor("stage", {
    header: "Stage",
    cell: ({ getValue }) => (
      <span title={STAGE_DEFINITIONS[getValue()]}>{STAGE_LABELS[getValue()]}</span>
    ),
  }),
  column.accessor("status", {
    header: "Status",
    cell: ({ row: { original } }) => (
      <span className="status-cell">
        <StatusBadge status={original.status} />
        {original.overdue && <span className="flag flag-overdue">Overdue</span>}
        {original.stale && <span className="flag flag-stale">Stale</span>}
      </span>
    ),
  }),
  column.accessor("announcedOn", {
    id: "announcedOn",
    header: "Announced",
    cell: ({ getValue }) => getValue() ?? "–",
  }),
  column.accessor("targetOn", {
    id: "targetOn",
    header: "Deadline",
    cell: ({ getValue }) => getValue() ?? "none given",
  }),
];

const SORTABLE = new Set<string>(["title", "announcedOn", "targetOn"]);

interface CommitmentTableProps {
  view: CommitmentView;
  onChange: (next: CommitmentView) => void;
}

/**
 * The filtered list, a page at a time: the server filters, sorts and pages (keyset cursor), so
 * the table stays fast however many commitments there are.
 */
export function CommitmentTable({ view, onChange }: CommitmentTableProps) {
  const trpc = useTRPC();
  const sort: CommitmentSortField = view.sort ?? "updatedAt";
  const order = view.order ?? "desc";
  const filter = filterOfView(view);
  const total = useQuery(trpc.stats.headline.queryOptions(filter)).data?.total;
  const {
    data,
    error,
    isPending,
    isPlaceholderData,
    refetch,
    hasNextPage,
    fetchNextPage,
    isFetchingNextPage,
  } = useInfiniteQuery(
    trpc.commitment.list.infiniteQueryOptions(
      { ...filter, sort, order, limit: PAGE_SIZE },
      {
        getNextPageParam: (page) => page.nextCursor ?? undefined,
        // The old rows stay while a new order or filter loads, so the focused sort button stays.
        placeholderData: keepPreviousData,
      },
    ),
  );
  // A stable array: a new one each render would make the table recompute, and reset, every time.
  const rows = useMemo(() => data?.pages.flatMap((page) => page.items) ?? [], [data]);
  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    // The server sorts and pages; the table only lays out what it returned.
    manualSorting: true,
    manualPagination: true,
    state: { sorting: [{ id: sort, desc: order === "desc" }] },
  });

  if (isPending) return <TableSkeleton />;
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
  if (rows.length === 0) {
    return (
      <section className="empty-state">
        <h2>No commitments match</h2>
        <p>
          Remove a filter or clear them all to see more; an analyst logs new commitments from a
          statement.
        </p>
      </section>
    );
  }

  const sortBy = (field: CommitmentSortField) =>
    onChange({
      ...view,
      sort: field,
      order: field === sort && order === "asc" ? "desc" : "asc",
    });

  return (
    <>
      <p className="count" aria-live="polite" data-testid="result-count">
        {total === undefined
          ? `Showing ${rows.length}`
          : `Showing ${rows.length} of ${total} ${total === 1 ? "commitment" : "commitments"}`}
      </p>
      <table className="commitment-table" aria-busy={isPlaceholderData}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const label = flexRender(header.column.columnDef.header, header.getContext());
                const sorted = header.column.id === sort;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted ? (order === "asc" ? "ascending" : "descending") : undefined}
                  >
                    {SORTABLE.has(header.column.id) ? (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={() => sortBy(header.column.id as CommitmentSortField)}
                      >
                        {label}
                        <span aria-hidden="true">
                          {sorted ? (order === "asc" ? " ▲" : " ▼") : " ↕"}
                        </span>
                      </button>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} data-testid="commitment-row">
              {row.getVisibleCells().map((cell) => (
                <td
                  key={cell.id}
                  data-label={String(cell.column.columnDef.header)}
                  className={`cell-${cell.column.id}`}
                >
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {hasNextPage && (
        <button
          type="button"
          className="load-more"
          disabled={isFetchingNextPage}
          onClick={() => void fetchNextPage()}
        >
          {isFetchingNextPage ? "Loading…" : `Load ${PAGE_SIZE} more`}
        </button>
      )}
    </>
  );
}

function TableSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading commitments">
      {[0, 1, 2, 3].map((index) => (
        <div key={index} className="skeleton-row" />
      ))}
    </div>
  );
}
