import {
  commitmentListInputSchema,
  todayIso,
  type CommitmentExport,
  type CommitmentKind,
  type CommitmentView,
  type Direction,
  type Stage,
  type Status,
  type StatusEventExport,
} from "@pledgewatch/domain";
import type { Db } from "./client.ts";
import { commitmentFilterSql } from "./commitment-filter-sql.ts";
import { followUpFlags, SORT_ORDERS } from "./commitments.ts";
import { Prisma } from "./generated/sqlite/client.ts";
import { keysetAfterSql, keysetOrderBySql, toPage, type KeysetOrder } from "./pagination.ts";

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

const DEFAULT_BATCH_SIZE = 1_000;

interface Country {
  id: string;
  name: string;
}
interface Theme {
  slug: string;
  name: string;
}
interface ExportQuote {
  start: number;
  end: number;
  text: string;
  statement: { id: string; title: string; url: string | null };
}
interface ExportStatusEvent {
  id: string;
  fromStatus: Status | null;
  toStatus: Status;
  occurredOn: string;
  note: string | null;
  evidenceUrl: string | null;
  evidenceStatementId: string | null;
  recordedAt: Date;
  recordedBy: { name: string } | null;
}

/** A commitment's own columns, with its counterpart codes and theme slugs joined by ";". */
interface CommitmentRow {
  id: string;
  title: string;
  kind: CommitmentKind;
  direction: Direction;
  stage: Stage;
  status: Status;
  progress: number | null;
  announcedOn: string | null;
  targetOn: string | null;
  lastEventOn: string | null;
  parentId: string | null;
  counterpartOther: string | null;
  version: number;
  updatedAt: Date;
  externalId: string | null;
  description: string | null;
  startedOn: string | null;
  completedOn: string | null;
  committingCountryId: string;
  counterpartIds: string | null;
  themeSlugs: string | null;
}

/** Rows of a batch's list, grouped by commitment (each query orders them within a commitment). */
function groupByCommitment<Row extends { commitmentId: string }, Item>(
  rows: Row[],
  toItem: (row: Row) => Item,
): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const row of rows) {
    const group = groups.get(row.commitmentId);
    if (group) group.push(toItem(row));
    else groups.set(row.commitmentId, [toItem(row)]);
  }
  return groups;
}

type QuoteRow = {
  commitmentId: string;
  start: number;
  end: number;
  text: string;
  statementId: string;
  statementTitle: string;
  statementUrl: string | null;
};
type StatusEventRow = Omit<ExportStatusEvent, "recordedBy"> & {
  commitmentId: string;
  recordedByName: string | null;
};

/**
 * The quotes and status histories of a batch's commitments, in plain queries: Prisma's nested
 * relation reads cost several times the SQL itself at export sizes.
 */
async function readBatchLists(db: Db, ids: string[], withStatusEvents: boolean) {
  const idList = Prisma.join(ids);
  const [quotes, statusEvents] = await Promise.all([
    db.$queryRaw<QuoteRow[]>`
      SELECT q."commitmentId", q."start", q."end", q."text", s."id" AS "statementId",
        s."title" AS "statementTitle", s."url" AS "statementUrl"
      FROM "Quote" q JOIN "Statement" s ON s."id" = q."statementId"
      WHERE q."commitmentId" IN (${idList}) ORDER BY q."statementId", q."start"`,
    withStatusEvents
      ? db.$queryRaw<StatusEventRow[]>`
          SELECT e."id", e."commitmentId", e."fromStatus", e."toStatus", e."occurredOn",
            e."note", e."evidenceUrl", e."evidenceStatementId", e."recordedAt",
            u."name" AS "recordedByName"
          FROM "StatusEvent" e LEFT JOIN "user" u ON u."id" = e."recordedById"
          WHERE e."commitmentId" IN (${idList})
          ORDER BY e."occurredOn", e."recordedAt", e."id"`
      : [],
  ]);
  return {
    quotes: groupByCommitment(quotes, (row): ExportQuote => ({
      start: row.start,
      end: row.end,
      text: row.text,
      statement: { id: row.statementId, title: row.statementTitle, url: row.statementUrl },
    })),
    statusEvents: groupByCommitment(
      statusEvents,
      ({ commitmentId: _commitmentId, recordedByName, ...event }): ExportStatusEvent => ({
        ...event,
        recordedBy: recordedByName === null ? null : { name: recordedByName },
      }),
    ),
  };
}

/** Looks up a code in a reference table read once per export (a few hundred rows). */
function lookup<T>(byKey: Map<string, T>, key: string): T {
  const found = byKey.get(key);
  if (found === undefined) throw new Error(`Reference row ${key} is missing`);
  return found;
}

const splitList = (joined: string | null): string[] => (joined ? joined.split(";") : []);

/**
 * A batch of the scope's commitments after `cursor`, in the view's order, with their counterpart
 * codes and theme slugs: one statement, where the filter, the keyset and the rows meet.
 * `string_agg … ORDER BY` is PostgreSQL's and SQLite's (3.44+) alike.
 */
function readCommitmentBatch(
  db: Db,
  scope: Prisma.Sql,
  order: KeysetOrder,
  cursor: string | undefined,
  take: number,
) {
  return db.$queryRaw<CommitmentRow[]>`
    SELECT c."id", c."title", c."kind", c."direction", c."stage", c."status", c."progress",
      c."announcedOn", c."targetOn", c."lastEventOn", c."parentId", c."counterpartOther",
      c."version", c."updatedAt", c."externalId", c."description", c."startedOn",
      c."completedOn", c."committingCountryId",
      (SELECT string_agg(cc."countryId", ';' ORDER BY cc."countryId")
        FROM "CommitmentCounterpart" cc WHERE cc."commitmentId" = c."id") AS "counterpartIds",
      (SELECT string_agg(ct."themeSlug", ';' ORDER BY ct."themeSlug")
        FROM "CommitmentTheme" ct WHERE ct."commitmentId" = c."id") AS "themeSlugs"
    FROM "Commitment" c
    WHERE ${scope} AND ${keysetAfterSql(order, cursor)}
    ORDER BY ${keysetOrderBySql(order)}
    LIMIT ${take}`;
}

/**
 * The commitments of a scope in keyset batches, in the view's order: a consumer that pulls slowly
 * (a stream with backpressure) holds at most one batch in memory. The filter is commitmentWhere's
 * SQL twin (commitmentFilterSql), so each batch is one query plus its quotes (and history).
 */
async function* exportBatches(db: Db, scope: ExportScope, withStatusEvents: boolean) {
  // The list's own input schema fills in the defaults (sort, order, staleDays) the list uses.
  const input = commitmentListInputSchema.parse(scope.view);
  const order: KeysetOrder = { ...SORT_ORDERS[input.sort], direction: input.order };
  const batchSize = scope.batchSize ?? DEFAULT_BATCH_SIZE;
  const asOf = input.asOf ?? todayIso();
  const conditions = [commitmentFilterSql(input, db.$provider)];
  if (scope.commitmentId !== undefined) conditions.push(Prisma.sql`c."id" = ${scope.commitmentId}`);
  if (scope.withDeadline) conditions.push(Prisma.sql`c."targetOn" IS NOT NULL`);
  const scopeSql = Prisma.join(conditions, " AND ");
  const [countries, themes] = await Promise.all([
    db.country.findMany({ select: { id: true, name: true } }),
    db.theme.findMany({ select: { slug: true, name: true } }),
  ]);
  const countryById = new Map<string, Country>(countries.map((country) => [country.id, country]));
  const themeBySlug = new Map<string, Theme>(themes.map((theme) => [theme.slug, theme]));
  let cursor: string | undefined;
  do {
    const page = toPage(
      await readCommitmentBatch(db, scopeSql, order, cursor, batchSize + 1),
      batchSize,
      order,
    );
    if (page.items.length === 0) return;
    const lists = await readBatchLists(
      db,
      page.items.map((row) => row.id),
      withStatusEvents,
    );
    // Field by field: object rest/spread took a tenth of the export's CPU time here.
    const rows = page.items.map((row) => {
      const { overdue, stale } = followUpFlags(
        row,
        row.lastEventOn ?? row.announcedOn,
        asOf,
        input.staleDays,
      );
      return {
        id: row.id,
        title: row.title,
        kind: row.kind,
        direction: row.direction,
        stage: row.stage,
        status: row.status,
        progress: row.progress,
        announcedOn: row.announcedOn,
        targetOn: row.targetOn,
        lastEventOn: row.lastEventOn,
        parentId: row.parentId,
        counterpartOther: row.counterpartOther,
        version: row.version,
        updatedAt: row.updatedAt,
        externalId: row.externalId,
        description: row.description,
        startedOn: row.startedOn,
        completedOn: row.completedOn,
        committingCountry: lookup(countryById, row.committingCountryId),
        counterparts: splitList(row.counterpartIds).map((id) => lookup(countryById, id)),
        themes: splitList(row.themeSlugs).map((slug) => lookup(themeBySlug, slug)),
        quotes: lists.quotes.get(row.id) ?? [],
        overdue,
        stale,
      };
    });
    yield { rows, statusEvents: lists.statusEvents };
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}

/** The commitments of a scope one at a time, in the view's order, without their status history. */
export async function* exportCommitments(db: Db, scope: ExportScope) {
  for await (const batch of exportBatches(db, scope, false)) yield* batch.rows;
}
export type ExportedCommitment =
  ReturnType<typeof exportCommitments> extends AsyncGenerator<infer Row> ? Row : never;

/** The same, each with its status history (oldest first), for the formats that show it. */
export async function* exportCommitmentsWithHistory(db: Db, scope: ExportScope) {
  for await (const { rows, statusEvents } of exportBatches(db, scope, true)) {
    for (const row of rows) yield { ...row, statusEvents: statusEvents.get(row.id) ?? [] };
  }
}
export type ExportedCommitmentWithHistory = ExportedCommitment & {
  statusEvents: ExportStatusEvent[];
};

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
export function toStatusEventExports(row: ExportedCommitmentWithHistory): StatusEventExport[] {
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
