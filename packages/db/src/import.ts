import {
  AppError,
  assertQuoteMatches,
  importColumnOf,
  MAX_REPORTED_ISSUES,
  readImportRecords,
  toCreateInput,
  toUpdateInput,
  type CommitmentCreate,
  type CommitmentUpdate,
  type ImportIssue,
  type ImportRecord,
  type ImportReport,
  type ImportRow,
  type QuoteInput,
} from "@pledgewatch/domain";
import { parse } from "csv-parse/sync";
import type { Db } from "./client.ts";
import { insertCommitments, updateCommitmentIn } from "./commitments.ts";
import type { Prisma } from "./generated/sqlite/client.ts";

type Tx = Prisma.TransactionClient;

type Operation =
  | { kind: "create"; row: number; input: CommitmentCreate }
  | { kind: "update"; row: number; input: CommitmentUpdate };

/** What an import would do, row by row, judged against the database as it is now. */
interface ImportPlan {
  rows: number;
  operations: Operation[];
  unchanged: number;
  issues: ImportIssue[];
}

/** Ids per `IN (…)` lookup: well under SQLite's and PostgreSQL's parameter limits. */
const LOOKUP_BATCH = 500;
/** One transaction holds every row: allow a 10 MB file to finish (SQLite writers wait meanwhile). */
const IMPORT_TRANSACTION = { maxWait: 10_000, timeout: 10 * 60_000 };

/** The fields an import row can change, to tell an update from an unchanged row. */
const currentSelect = {
  id: true,
  version: true,
  updatedAt: true,
  deletedAt: true,
  externalId: true,
  title: true,
  description: true,
  kind: true,
  parentId: true,
  committingCountryId: true,
  counterpartOther: true,
  direction: true,
  stage: true,
  announcedOn: true,
  targetOn: true,
  counterparts: { select: { countryId: true } },
  themes: { select: { themeSlug: true } },
  quotes: { select: { statementId: true, start: true, end: true, text: true } },
} as const satisfies Prisma.CommitmentSelect;

async function findInBatches<T>(ids: string[], find: (batch: string[]) => Promise<T[]>) {
  const unique = [...new Set(ids)];
  const found: T[] = [];
  for (let start = 0; start < unique.length; start += LOOKUP_BATCH) {
    found.push(...(await find(unique.slice(start, start + LOOKUP_BATCH))));
  }
  return found;
}

async function currentByExternalId(tx: Tx, rows: ImportRow[]) {
  const found = await findInBatches(
    rows.map((row) => row.externalId),
    (externalIds) =>
      tx.commitment.findMany({
        where: { externalId: { in: externalIds } },
        select: currentSelect,
      }),
  );
  return new Map(
    found.map(({ counterparts, themes, ...row }) => [
      row.externalId ?? "",
      {
        ...row,
        counterpartCountryIds: counterparts.map((counterpart) => counterpart.countryId),
        themes: themes.map((theme) => theme.themeSlug),
      },
    ]),
  );
}
type Current = NonNullable<ReturnType<Awaited<ReturnType<typeof currentByExternalId>>["get"]>>;

const sortedUnique = (values: string[]) => [...new Set(values)].sort();
const sortedQuotes = (quotes: QuoteInput[]) =>
  quotes
    .map(({ statementId, start, end, text }) => ({ statementId, start, end, text }))
    .sort((a, b) => a.statementId.localeCompare(b.statementId) || a.start - b.start);

/** A value as it compares: lists as sets (the database keeps no order), absent as null. */
function comparable(field: string, value: unknown): unknown {
  if (!Array.isArray(value)) return value ?? null;
  return JSON.stringify(field === "quotes" ? sortedQuotes(value) : sortedUnique(value));
}

/** Only the fields the row changes, or null when it changes nothing. */
function changesOf(input: CommitmentUpdate, current: Current): CommitmentUpdate | null {
  const { id, version, ...fields } = input;
  const changed = Object.entries(fields).filter(
    ([field, value]) =>
      value !== undefined &&
      comparable(field, value) !== comparable(field, current[field as keyof Current]),
  );
  return changed.length === 0 ? null : { id, version, ...Object.fromEntries(changed) };
}

/** Quotes must point at logged statements and match their text; parents must be initiatives. */
async function referenceIssues(tx: Tx, operations: Operation[]): Promise<ImportIssue[]> {
  const quoted = operations.flatMap((operation) => operation.input.quotes ?? []);
  const statements = await findInBatches(
    quoted.map((quote) => quote.statementId),
    (ids) =>
      tx.statement.findMany({ where: { id: { in: ids } }, select: { id: true, text: true } }),
  );
  const textOf = new Map(statements.map((statement) => [statement.id, statement.text]));
  const parents = await findInBatches(
    operations.flatMap((operation) => operation.input.parentId ?? []),
    (ids) =>
      tx.commitment.findMany({
        where: { id: { in: ids }, deletedAt: null },
        select: { id: true, kind: true },
      }),
  );
  const kindOf = new Map(parents.map((parent) => [parent.id, parent.kind]));

  return operations.flatMap(({ row, input }) => {
    const issues: ImportIssue[] = (input.quotes ?? []).flatMap((quote, index) => {
      const text = textOf.get(quote.statementId);
      const problem =
        text === undefined
          ? `no statement ${quote.statementId} is logged in Pledgewatch; log it first or empty the cell.`
          : quoteProblem(text, quote);
      return problem ? [{ row, column: "quotes", message: `Quote ${index + 1}: ${problem}` }] : [];
    });
    if (input.parentId) {
      const kind = kindOf.get(input.parentId);
      if (kind !== "initiative") {
        const message =
          kind === undefined
            ? `No commitment has the id ${input.parentId}.`
            : `${input.parentId} is not an initiative; only an initiative can have parts.`;
        issues.push({ row, column: "parent_id", message });
      }
    }
    return issues;
  });
}

function quoteProblem(statementText: string, quote: QuoteInput): string | null {
  try {
    assertQuoteMatches(statementText, quote);
    return null;
  } catch (error) {
    if (error instanceof AppError) return error.message;
    throw error;
  }
}

const CSV_OPTIONS = {
  bom: true,
  // csv-parse silently drops the row after a stray quote unless quotes are relaxed (STACK.md).
  relax_quotes: true,
  relax_column_count: true,
  skip_empty_lines: false,
  info: true,
} as const;

/** The file's records, numbered as a spreadsheet numbers rows: a multi-line cell is one row. */
export function readCsvRecords(csv: string): ImportRecord[] | ImportIssue {
  try {
    // csv-parse's typings do not model `info: true`, which wraps each record with its position.
    const records = parse(csv, CSV_OPTIONS) as unknown as {
      record: string[];
      info: { records: number };
    }[];
    return records.map(({ record, info }) => ({ row: info.records, cells: record }));
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const where = line === undefined ? "" : ` (near line ${line} of the file)`;
    return {
      row: 1,
      column: null,
      message: `The file is not valid CSV${where}: ${(error as Error).message}`,
    };
  }
}

/** Reads and validates the whole file against the database; writes nothing. */
async function planImport(tx: Tx, csv: string): Promise<ImportPlan> {
  const records = readCsvRecords(csv);
  const file = Array.isArray(records)
    ? readImportRecords(records)
    : { rows: [], issues: [records] };
  const issues = [...file.issues];
  const current = await currentByExternalId(tx, file.rows);
  const operations: Operation[] = [];
  let unchanged = 0;
  for (const row of file.rows) {
    const existing = current.get(row.externalId);
    if (existing?.deletedAt) {
      issues.push({
        row: row.row,
        column: "external_id",
        message: `Commitment ${existing.id}, which has this external_id, was deleted: an admin can restore it, or use another external_id.`,
      });
      continue;
    }
    if (!existing) {
      const created = toCreateInput(row);
      if (created.ok) operations.push({ kind: "create", row: row.row, input: created.input });
      else issues.push(...created.issues);
      continue;
    }
    const updated = toUpdateInput(row, existing);
    if (!updated.ok) {
      issues.push(...updated.issues);
      continue;
    }
    const changes = changesOf(updated.input, existing);
    if (!changes) {
      unchanged += 1;
    } else if (row.exportedAt && existing.updatedAt > new Date(row.exportedAt)) {
      issues.push({
        row: row.row,
        column: "updated_at",
        message: `This commitment was edited in Pledgewatch after this row was exported (${existing.updatedAt.toISOString()}): export it again, or empty this cell to overwrite that edit.`,
      });
    } else {
      operations.push({ kind: "update", row: row.row, input: changes });
    }
  }
  issues.push(...(await referenceIssues(tx, operations)));
  return {
    rows: file.rows.length + new Set(file.issues.map((issue) => issue.row)).size,
    operations,
    unchanged,
    issues,
  };
}

function report(plan: ImportPlan, committed: boolean): ImportReport {
  const issues = [...plan.issues].sort((a, b) => a.row - b.row);
  const rowsWithIssues = new Set(issues.map((issue) => issue.row));
  const valid = plan.operations.filter((operation) => !rowsWithIssues.has(operation.row));
  return {
    committed,
    counts: {
      rows: plan.rows,
      create: valid.filter((operation) => operation.kind === "create").length,
      update: valid.filter((operation) => operation.kind === "update").length,
      unchanged: plan.unchanged,
      error: [...rowsWithIssues].filter((row) => row > 1).length,
    },
    issues: issues.slice(0, MAX_REPORTED_ISSUES),
    issueCount: issues.length,
  };
}

/** What importing the file would do: counts and every problem, without writing anything. */
export async function previewImport(db: Db, csv: string): Promise<ImportReport> {
  return report(await planImport(db, csv), false);
}

/** Thrown inside the transaction to roll it back with the problems that stopped the import. */
class ImportRejected extends Error {
  constructor(readonly plan: ImportPlan) {
    super("Import rejected");
  }
}

/**
 * Validates the file again and writes every row in ONE transaction, or nothing if any row has a
 * problem. Updates apply to the version current inside the transaction, so an edit made while the
 * analyst looked at the preview is kept unless the file changes that same field.
 */
export async function commitImport(db: Db, csv: string, actorId: string): Promise<ImportReport> {
  try {
    return await db.$transaction(async (tx) => {
      const plan = await planImport(tx, csv);
      if (plan.issues.length > 0) throw new ImportRejected(plan);
      // The plan checked every new row's references, so new rows go in together; updates keep
      // their row-by-row version checks and audit diffs.
      const creates: CommitmentCreate[] = [];
      for (const operation of plan.operations) {
        if (operation.kind === "create") {
          creates.push(operation.input);
          continue;
        }
        try {
          await updateCommitmentIn(tx, operation.input, actorId);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          const column = importColumnOf(error.field);
          const issue = { row: operation.row, column, message: error.message };
          throw new ImportRejected({ ...plan, issues: [issue] });
        }
      }
      await insertCommitments(tx, db.$provider, creates, actorId);
      return report(plan, true);
    }, IMPORT_TRANSACTION);
  } catch (error) {
    if (error instanceof ImportRejected) return report(error.plan, false);
    throw error;
  }
}
