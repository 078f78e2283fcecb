import {
  AppError,
  assertQuoteMatches,
  changedFields,
  isOverdue,
  isStale,
  rolledUpProgress,
  staleVersionError,
  todayIso,
  DEFAULT_STALE_DAYS,
  type CommitmentCreate,
  type CommitmentListInput,
  type CommitmentUpdate,
  type QuoteInput,
} from "@pledgewatch/domain";
import { v7 as uuidv7 } from "uuid";
import { auditEntryRow, listAuditEntries, writeAudit } from "./audit.ts";
import type { Db } from "./client.ts";
import { commitmentFilterSql } from "./commitment-filter-sql.ts";
import { findCommitmentListRows } from "./commitment-list-sql.ts";
import { Prisma } from "./generated/sqlite/client.ts";
import { BulkInserter, NEW_COMMITMENT_TABLES, sqlTimestamp } from "./generate/bulk-insert.ts";
import { keysetAfterSql, keysetOrderBySql, toPage, type KeysetOrder } from "./pagination.ts";
import type { DatabaseProvider } from "./provider.ts";

type Tx = Prisma.TransactionClient;

const countrySelect = { select: { id: true, name: true } } as const;

/** What a list row shows; `satisfies` keeps anything else (text, audit fields) from leaking. */
export const commitmentListSelect = {
  id: true,
  title: true,
  kind: true,
  direction: true,
  stage: true,
  status: true,
  progress: true,
  announcedOn: true,
  targetOn: true,
  lastEventOn: true,
  parentId: true,
  counterpartOther: true,
  version: true,
  updatedAt: true,
  committingCountry: countrySelect,
  counterparts: { select: { country: countrySelect }, orderBy: { countryId: "asc" } },
  themes: {
    select: { theme: { select: { slug: true, name: true } } },
    orderBy: { themeSlug: "asc" },
  },
  quotes: {
    select: { id: true, statementId: true, start: true, end: true, text: true },
    orderBy: { start: "asc" },
  },
} as const satisfies Prisma.CommitmentSelect;

/** A status event's own fields, as the page shows them and the audit trail records them. */
export const statusEventSelect = {
  id: true,
  fromStatus: true,
  toStatus: true,
  occurredOn: true,
  note: true,
  evidenceUrl: true,
  evidenceStatementId: true,
} as const satisfies Prisma.StatusEventSelect;

/** Everything the commitment page shows. */
const commitmentDetailSelect = {
  ...commitmentListSelect,
  description: true,
  progressExplicit: true,
  startedOn: true,
  completedOn: true,
  externalId: true,
  createdAt: true,
  parent: { select: { id: true, title: true, deletedAt: true } },
  children: {
    where: { deletedAt: null },
    select: { id: true, title: true, kind: true, status: true, progress: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  },
  quotes: {
    select: {
      id: true,
      start: true,
      end: true,
      text: true,
      statement: { select: { id: true, title: true } },
    },
    orderBy: [{ statementId: "asc" }, { start: "asc" }],
  },
  statusEvents: {
    select: {
      ...statusEventSelect,
      evidenceStatement: { select: { id: true, title: true } },
      recordedAt: true,
      recordedBy: { select: { id: true, name: true } },
    },
    orderBy: [{ occurredOn: "asc" }, { recordedAt: "asc" }],
  },
} as const satisfies Prisma.CommitmentSelect;

/** Derived follow-up flags, judged on `asOf` by the domain rules. */
export function followUpFlags(
  row: { status: Parameters<typeof isOverdue>[0]["status"]; targetOn: string | null },
  lastActivityOn: string | null,
  asOf: string,
  staleDays: number,
) {
  return {
    overdue: isOverdue(row, asOf),
    stale: isStale({ status: row.status, lastActivityOn }, asOf, staleDays),
  };
}

/** How each list sort maps onto a keyset order (the exports walk the same order). */
export const SORT_ORDERS: Record<CommitmentListInput["sort"], Omit<KeysetOrder, "direction">> = {
  announcedOn: { field: "announcedOn", nullable: true },
  targetOn: { field: "targetOn", nullable: true },
  updatedAt: { field: "updatedAt", nullable: false, isDate: true },
  title: { field: "title", nullable: false },
};

/** A page of the commitments the filter selects, with overdue/stale flags per row. */
export async function listCommitments(db: Db, input: CommitmentListInput) {
  const { sort, order: direction, limit, cursor, ...filter } = input;
  const order: KeysetOrder = { ...SORT_ORDERS[sort], direction };
  const rows = await findCommitmentListRows(db, {
    where: Prisma.sql`${commitmentFilterSql(filter, db.$provider)} AND ${keysetAfterSql(order, cursor)}`,
    orderBy: keysetOrderBySql(order),
    limit: limit + 1,
  });
  const page = toPage(rows, limit, order);
  const asOf = filter.asOf ?? todayIso();
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((row) => ({
      ...row,
      ...followUpFlags(row, row.lastEventOn ?? row.announcedOn, asOf, filter.staleDays),
    })),
  };
}
export type CommitmentListRow = Awaited<ReturnType<typeof listCommitments>>["items"][number];

/** A commitment that is not deleted, as its page shows it; NOT_FOUND otherwise. */
export async function getCommitment(db: Tx, id: string) {
  const row = await db.commitment.findFirst({
    where: { id, deletedAt: null },
    select: commitmentDetailSelect,
  });
  if (!row) throw new AppError("NOT_FOUND", "No such commitment.", "id");
  const { counterparts, themes, parent, ...rest } = row;
  return {
    ...rest,
    parent: parent && parent.deletedAt === null ? { id: parent.id, title: parent.title } : null,
    counterparts: counterparts.map(({ country }) => country),
    themes: themes.map(({ theme }) => theme),
    rolledUpProgress: rolledUpProgress(row.children.map((child) => child.progress)),
    ...followUpFlags(row, row.lastEventOn ?? row.announcedOn, todayIso(), DEFAULT_STALE_DAYS),
  };
}
export type CommitmentDetail = Awaited<ReturnType<typeof getCommitment>>;

/** Throws the CONFLICT for a stale version, carrying the commitment as it is now. */
export async function versionConflict(db: Tx, id: string): Promise<never> {
  throw staleVersionError("commitment", await getCommitment(db, id));
}

/** Checks each quote against its statement; errors name the quote, e.g. `quotes.1.text`. */
async function assertQuotes(tx: Tx, quotes: QuoteInput[]): Promise<void> {
  const statementIds = [...new Set(quotes.map((quote) => quote.statementId))];
  const statements = await tx.statement.findMany({
    where: { id: { in: statementIds } },
    select: { id: true, text: true },
  });
  const textById = new Map(statements.map((statement) => [statement.id, statement.text]));
  quotes.forEach((quote, index) => {
    const text = textById.get(quote.statementId);
    if (text === undefined) {
      throw new AppError("NOT_FOUND", "No such statement.", `quotes.${index}.statementId`);
    }
    try {
      assertQuoteMatches(text, quote);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      throw new AppError(error.code, error.message, `quotes.${index}.${error.field ?? "text"}`);
    }
  });
}

/** The parent must be a live initiative, and not the commitment itself or one of its descendants. */
async function assertParent(tx: Tx, parentId: string, childId?: string): Promise<void> {
  const parent = await tx.commitment.findFirst({
    where: { id: parentId, deletedAt: null },
    select: { kind: true },
  });
  if (!parent) throw new AppError("NOT_FOUND", "No such parent initiative.", "parentId");
  if (parent.kind !== "initiative") {
    throw new AppError("VALIDATION", "A parent must be an initiative.", "parentId");
  }
  for (let ancestorId: string | null = parentId; ancestorId !== null;) {
    if (ancestorId === childId) {
      throw new AppError(
        "VALIDATION",
        "An initiative cannot be placed inside itself or one of its own parts.",
        "parentId",
      );
    }
    const ancestor: { parentId: string | null } | null = await tx.commitment.findUnique({
      where: { id: ancestorId },
      select: { parentId: true },
    });
    ancestorId = ancestor?.parentId ?? null;
  }
}

async function assertExternalIdFree(tx: Tx, externalId: string, ownId?: string) {
  const holder = await tx.commitment.findUnique({ where: { externalId }, select: { id: true } });
  if (holder && holder.id !== ownId) {
    throw new AppError(
      "CONFLICT",
      `Commitment ${holder.id} already has this external id.`,
      "externalId",
    );
  }
}

/**
 * Keeps the stored progress of initiatives equal to the roll-up of their children (unless set
 * explicitly), from `initiativeId` up through its ancestors, so lists and stats read one column.
 */
async function refreshRollup(tx: Tx, initiativeId: string | null | undefined): Promise<void> {
  const seen = new Set<string>();
  for (let id = initiativeId ?? null; id !== null && !seen.has(id);) {
    seen.add(id);
    const node: {
      kind: string;
      progressExplicit: boolean;
      parentId: string | null;
      children: { progress: number | null }[];
    } | null = await tx.commitment.findUnique({
      where: { id },
      select: {
        kind: true,
        progressExplicit: true,
        parentId: true,
        children: { where: { deletedAt: null }, select: { progress: true } },
      },
    });
    if (!node || node.kind !== "initiative") return;
    if (!node.progressExplicit) {
      const progress = rolledUpProgress(node.children.map((child) => child.progress));
      await tx.commitment.update({ where: { id }, data: { progress } });
    }
    id = node.parentId;
  }
}

/** The audited view of a commitment's editable fields, lists as sorted ids. */
const auditedSelect = {
  title: true,
  description: true,
  kind: true,
  parentId: true,
  committingCountryId: true,
  counterpartOther: true,
  direction: true,
  stage: true,
  status: true,
  progress: true,
  progressExplicit: true,
  announcedOn: true,
  targetOn: true,
  externalId: true,
  version: true,
  deletedAt: true,
  counterparts: { select: { countryId: true }, orderBy: { countryId: "asc" } },
  themes: { select: { themeSlug: true }, orderBy: { themeSlug: "asc" } },
  quotes: {
    select: { statementId: true, start: true, end: true, text: true },
    orderBy: [{ statementId: "asc" }, { start: "asc" }],
  },
} as const satisfies Prisma.CommitmentSelect;

function toAuditedState(row: Prisma.CommitmentGetPayload<{ select: typeof auditedSelect }>) {
  const { counterparts, themes, ...rest } = row;
  return {
    ...rest,
    counterpartCountryIds: counterparts.map((counterpart) => counterpart.countryId),
    themes: themes.map((theme) => theme.themeSlug),
  };
}

async function auditedState(tx: Tx, id: string) {
  const row = await tx.commitment.findUnique({ where: { id }, select: auditedSelect });
  return row && toAuditedState(row);
}

const sortedUnique = (values: string[]) => [...new Set(values)].sort();

export async function createCommitment(db: Db, input: CommitmentCreate, actorId: string) {
  const id = await db.$transaction((tx) => createCommitmentIn(tx, db.$provider, input, actorId));
  return getCommitment(db, id);
}

/** Creates a commitment (with its audit entry) inside the caller's transaction; returns its id. */
export async function createCommitmentIn(
  tx: Tx,
  provider: DatabaseProvider,
  input: CommitmentCreate,
  actorId: string,
) {
  if (input.parentId) await assertParent(tx, input.parentId);
  if (input.externalId) await assertExternalIdFree(tx, input.externalId);
  await assertQuotes(tx, input.quotes);
  const [id] = await insertCommitments(tx, provider, [input], actorId);
  return id as string;
}

/** Quotes in the order the audited state lists them (auditedSelect: statement, then start). */
const byStatementAndStart = (a: QuoteInput, b: QuoteInput) =>
  a.statementId < b.statementId ? -1 : a.statementId > b.statementId ? 1 : a.start - b.start;

/**
 * What auditedState reads for a commitment just inserted from `input` (the database's defaults for
 * the rest), in the same field order, so the create audit needs no read-back.
 */
function createdState(input: CommitmentCreate): ReturnType<typeof toAuditedState> {
  return {
    title: input.title,
    description: input.description ?? null,
    kind: input.kind,
    parentId: input.parentId ?? null,
    committingCountryId: input.committingCountryId,
    counterpartOther: input.counterpartOther ?? null,
    direction: input.direction,
    stage: input.stage,
    status: "not_assessed",
    progress: null,
    progressExplicit: false,
    announcedOn: input.announcedOn ?? null,
    targetOn: input.targetOn ?? null,
    externalId: input.externalId ?? null,
    version: 1,
    deletedAt: null,
    quotes: [...input.quotes]
      .sort(byStatementAndStart)
      .map(({ statementId, start, end, text }) => ({ statementId, start, end, text })),
    counterpartCountryIds: sortedUnique(input.counterpartCountryIds),
    themes: sortedUnique(input.themes),
  };
}

/**
 * Writes new commitments with their lists and audit entries as raw multi-row INSERTs (ids made
 * here, so nothing is read back; UUIDv7s grow with time, so rows written in one go keep their input
 * order where the list breaks a tie of updatedAt by id), then refreshes their initiatives' roll-ups; returns their ids in
 * input order. The caller has checked parents, external ids and quotes (createCommitmentIn one by
 * one, the CSV import for the whole file at once).
 */
export async function insertCommitments(
  tx: Tx,
  provider: DatabaseProvider,
  inputs: CommitmentCreate[],
  actorId: string,
): Promise<string[]> {
  const inserter = new BulkInserter(tx, provider, NEW_COMMITMENT_TABLES);
  const now = new Date();
  const ids: string[] = [];
  for (const input of inputs) {
    const id = uuidv7();
    const state = createdState(input);
    await inserter.add("commitment", {
      id,
      title: state.title,
      description: state.description,
      kind: state.kind,
      parentId: state.parentId,
      committingCountryId: state.committingCountryId,
      counterpartOther: state.counterpartOther,
      direction: state.direction,
      stage: state.stage,
      announcedOn: state.announcedOn,
      targetOn: state.targetOn,
      externalId: state.externalId,
      createdAt: sqlTimestamp(now),
      updatedAt: sqlTimestamp(now),
    });
    for (const countryId of state.counterpartCountryIds) {
      await inserter.add("counterpart", { commitmentId: id, countryId });
    }
    for (const themeSlug of state.themes) {
      await inserter.add("theme", { commitmentId: id, themeSlug });
    }
    for (const quote of input.quotes) {
      await inserter.add("quote", { ...quote, id: uuidv7(), commitmentId: id });
    }
    const audit = { entityType: "commitment", entityId: id, action: "create", actorId } as const;
    await inserter.add("auditEntry", auditEntryRow({ ...audit, changes: state }, now));
    ids.push(id);
  }
  await inserter.flush();
  await refreshRollups(
    tx,
    inputs.map((input) => input.parentId),
  );
  return ids;
}

/**
 * refreshRollup for many initiatives at once: one read per level of ancestors and one write per
 * distinct progress, instead of two queries per initiative. A node reached again higher up is
 * refreshed again, after its children, as refreshRollup's walk up each chain does.
 */
async function refreshRollups(tx: Tx, initiativeIds: (string | null | undefined)[]) {
  let level = [...new Set(initiativeIds.filter((id): id is string => Boolean(id)))];
  const visited = new Set<string>();
  // Nesting is acyclic (assertParent), so no chain climbs more levels than it has distinct nodes.
  for (let depth = 0; level.length > 0 && depth <= visited.size; depth++) {
    level.forEach((id) => visited.add(id));
    const nodes = await tx.commitment.findMany({
      where: { id: { in: level }, kind: "initiative" },
      select: {
        id: true,
        progressExplicit: true,
        parentId: true,
        children: { where: { deletedAt: null }, select: { progress: true } },
      },
    });
    const idsByProgress = new Map<number | null, string[]>();
    for (const node of nodes.filter((node) => !node.progressExplicit)) {
      const progress = rolledUpProgress(node.children.map((child) => child.progress));
      const ids = idsByProgress.get(progress) ?? [];
      ids.push(node.id);
      idsByProgress.set(progress, ids);
    }
    for (const [progress, ids] of idsByProgress) {
      await tx.commitment.updateMany({ where: { id: { in: ids } }, data: { progress } });
    }
    level = [...new Set(nodes.flatMap((node) => node.parentId ?? []))];
  }
}

/**
 * Changes the given fields if `version` is still current: the write itself checks the version
 * (`updateMany … where version`), so of two concurrent updates from one version exactly one wins.
 */
export async function updateCommitment(db: Db, input: CommitmentUpdate, actorId: string) {
  await db.$transaction((tx) => updateCommitmentIn(tx, input, actorId));
  return getCommitment(db, input.id);
}

/** Updates a commitment (with its audit entry) inside the caller's transaction. */
export async function updateCommitmentIn(tx: Tx, input: CommitmentUpdate, actorId: string) {
  const { id, version, counterpartCountryIds, themes, quotes, progress, ...fields } = input;
  const before = await auditedState(tx, id);
  if (!before || before.deletedAt) throw new AppError("NOT_FOUND", "No such commitment.", "id");
  if (before.version !== version) await versionConflict(tx, id);

  const kind = fields.kind ?? before.kind;
  if (fields.parentId) await assertParent(tx, fields.parentId, id);
  if (fields.externalId) await assertExternalIdFree(tx, fields.externalId, id);
  if (quotes) await assertQuotes(tx, quotes);
  if (kind !== "initiative" && before.kind === "initiative") {
    const children = await tx.commitment.count({ where: { parentId: id, deletedAt: null } });
    if (children > 0) {
      throw new AppError(
        "VALIDATION",
        "This initiative still has parts; move them out before making it a single commitment.",
        "kind",
      );
    }
  }
  // Progress set on an initiative overrides its roll-up; clearing it returns to the roll-up.
  const progressData =
    progress === undefined
      ? {}
      : { progress, progressExplicit: kind === "initiative" && progress !== null };

  const { count } = await tx.commitment.updateMany({
    where: { id, version, deletedAt: null },
    data: { ...fields, ...progressData, version: { increment: 1 } },
  });
  if (count === 0) await versionConflict(tx, id);

  if (counterpartCountryIds) {
    await tx.commitmentCounterpart.deleteMany({ where: { commitmentId: id } });
    await tx.commitmentCounterpart.createMany({
      data: sortedUnique(counterpartCountryIds).map((countryId) => ({
        commitmentId: id,
        countryId,
      })),
    });
  }
  if (themes) {
    await tx.commitmentTheme.deleteMany({ where: { commitmentId: id } });
    await tx.commitmentTheme.createMany({
      data: sortedUnique(themes).map((themeSlug) => ({ commitmentId: id, themeSlug })),
    });
  }
  if (quotes) {
    await tx.quote.deleteMany({ where: { commitmentId: id } });
    await tx.quote.createMany({ data: quotes.map((quote) => ({ ...quote, commitmentId: id })) });
  }
  await refreshRollup(tx, id);
  await refreshRollup(tx, before.parentId);
  if (fields.parentId !== undefined) await refreshRollup(tx, fields.parentId);

  const after = await auditedState(tx, id);
  await writeAudit(tx, {
    entityType: "commitment",
    entityId: id,
    action: "update",
    actorId,
    changes: changedFields(before, after ?? {}),
  });
}

/** Soft delete (admin): the row stays for the audit trail but leaves every list and page. */
export async function deleteCommitment(db: Db, id: string, actorId: string) {
  await db.$transaction(async (tx) => {
    const before = await auditedState(tx, id);
    if (!before || before.deletedAt) throw new AppError("NOT_FOUND", "No such commitment.", "id");
    const deletedAt = new Date();
    await tx.commitment.update({
      where: { id },
      data: { deletedAt, version: { increment: 1 } },
    });
    await writeAudit(tx, {
      entityType: "commitment",
      entityId: id,
      action: "delete",
      actorId,
      changes: { ...before, deletedAt },
    });
    await refreshRollup(tx, before.parentId);
  });
}

/** Undoes a soft delete (admin). */
export async function restoreCommitment(db: Db, id: string, actorId: string) {
  await db.$transaction(async (tx) => {
    const before = await auditedState(tx, id);
    if (!before?.deletedAt)
      throw new AppError("NOT_FOUND", "No deleted commitment with this id.", "id");
    await tx.commitment.update({
      where: { id },
      data: { deletedAt: null, version: { increment: 1 } },
    });
    await writeAudit(tx, {
      entityType: "commitment",
      entityId: id,
      action: "restore",
      actorId,
      changes: changedFields(before, { deletedAt: null, version: before.version + 1 }),
    });
    await refreshRollup(tx, before.parentId);
  });
  return getCommitment(db, id);
}

/** The audit trail of a commitment, deleted or not, newest first. */
export async function commitmentHistory(db: Db, id: string) {
  const exists = await db.commitment.count({ where: { id } });
  if (exists === 0) throw new AppError("NOT_FOUND", "No such commitment.", "id");
  return listAuditEntries(db, "commitment", id);
}
