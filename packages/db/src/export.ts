import {
  commitmentListInputSchema,
  todayIso,
  type CommitmentExport,
  type CommitmentView,
  type StatusEventExport,
} from "@pledgewatch/domain";
import type { Db } from "./client.ts";
import { commitmentWhere } from "./commitment-filter.ts";
import {
  commitmentListSelect,
  followUpFlags,
  SORT_ORDERS,
  statusEventSelect,
} from "./commitments.ts";
import type { Prisma } from "./generated/sqlite/client.ts";
import { keysetAfter, keysetOrderBy, toPage, type KeysetOrder } from "./pagination.ts";

/** Which commitments an export holds. */
export interface ExportScope {
  /** The filtered, sorted view (as a dashboard link carries it): the export follows its order. */
  view: CommitmentView;
  /** Only this commitment, if it is in the view. */
  commitmentId?: string;
  /** Only commitments with a deadline (calendars). */
  withDeadline?: boolean;
  /** Rows read per query: memory stays bounded by one batch whatever the export's size. */
  batchSize?: number;
}

const DEFAULT_BATCH_SIZE = 500;

/** Everything any export format needs: the list row, its texts, quotes and status history. */
const exportSelect = {
  ...commitmentListSelect,
  externalId: true,
  description: true,
  startedOn: true,
  completedOn: true,
  quotes: {
    select: {
      start: true,
      end: true,
      text: true,
      statement: { select: { id: true, title: true, url: true } },
    },
    orderBy: [{ statementId: "asc" }, { start: "asc" }],
  },
  statusEvents: {
    select: { ...statusEventSelect, recordedAt: true, recordedBy: { select: { name: true } } },
    orderBy: [{ occurredOn: "asc" }, { recordedAt: "asc" }, { id: "asc" }],
  },
} as const satisfies Prisma.CommitmentSelect;

/**
 * The commitments of a scope one at a time, read in keyset batches in the view's order: a consumer
 * that pulls slowly (a stream with backpressure) holds at most one batch in memory.
 */
export async function* exportCommitments(db: Db, scope: ExportScope) {
  // The list's own input schema fills in the defaults (sort, order, staleDays) the list uses.
  const input = commitmentListInputSchema.parse(scope.view);
  const order: KeysetOrder = { ...SORT_ORDERS[input.sort], direction: input.order };
  const batchSize = scope.batchSize ?? DEFAULT_BATCH_SIZE;
  const asOf = input.asOf ?? todayIso();
  const where: Prisma.CommitmentWhereInput = {
    AND: [
      commitmentWhere(db, input),
      scope.commitmentId === undefined ? {} : { id: scope.commitmentId },
      scope.withDeadline ? { targetOn: { not: null } } : {},
    ],
  };
  let cursor: string | undefined;
  do {
    const rows = await db.commitment.findMany({
      where: { AND: [where, keysetAfter(order, cursor)] },
      select: exportSelect,
      orderBy: keysetOrderBy(order),
      take: batchSize + 1,
    });
    const page = toPage(rows, batchSize, order);
    for (const { counterparts, themes, ...row } of page.items) {
      yield {
        ...row,
        counterparts: counterparts.map(({ country }) => country),
        themes: themes.map(({ theme }) => theme),
        ...followUpFlags(row, row.lastEventOn ?? row.announcedOn, asOf, input.staleDays),
      };
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}
export type ExportedCommitment =
  ReturnType<typeof exportCommitments> extends AsyncGenerator<infer Row> ? Row : never;

/** A commitment as a CSV row / JSON export object (see export-columns.ts in domain). */
export function toCommitmentExport(
  row: ExportedCommitment,
  dashboardUrl: string,
): CommitmentExport {
  const firstStatement = row.quotes[0]?.statement;
  return {
    id: row.id,
    external_id: row.externalId,
    title: row.title,
    kind: row.kind,
    parent_id: row.parentId,
    committing_country: row.committingCountry.id,
    counterpart_countries: row.counterparts.map((country) => country.id),
    counterpart_other: row.counterpartOther,
    direction: row.direction,
    themes: row.themes.map((theme) => theme.slug),
    stage: row.stage,
    status: row.status,
    progress: row.progress,
    announced_on: row.announcedOn,
    target_on: row.targetOn,
    started_on: row.startedOn,
    completed_on: row.completedOn,
    last_event_on: row.lastEventOn,
    overdue: row.overdue,
    stale: row.stale,
    statement_id: firstStatement?.id ?? null,
    statement_title: firstStatement?.title ?? null,
    statement_url: firstStatement?.url ?? null,
    quotes: row.quotes.map(({ statement, start, end, text }) => ({
      statement_id: statement.id,
      start,
      end,
      text,
    })),
    description: row.description,
    updated_at: row.updatedAt.toISOString(),
    dashboard_url: dashboardUrl,
  };
}

/** A commitment's status history as rows of the status-history export, oldest first. */
export function toStatusEventExports(row: ExportedCommitment): StatusEventExport[] {
  return row.statusEvents.map((event) => ({
    commitment_id: row.id,
    external_id: row.externalId,
    title: row.title,
    event_id: event.id,
    from_status: event.fromStatus,
    to_status: event.toStatus,
    occurred_on: event.occurredOn,
    note: event.note,
    evidence_url: event.evidenceUrl,
    evidence_statement_id: event.evidenceStatementId,
    recorded_by: event.recordedBy?.name ?? null,
    recorded_at: event.recordedAt.toISOString(),
  }));
}
