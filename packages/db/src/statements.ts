import {
  AppError,
  changedFields,
  staleVersionError,
  type StatementData,
  type StatementListInput,
  type StatementUpdate,
} from "@pledgewatch/domain";
import { writeAudit } from "./audit.ts";
import type { Db } from "./client.ts";
import type { Prisma } from "./generated/sqlite/client.ts";
import { containsText } from "./commitment-filter.ts";
import { sha256 } from "./seed/seed.ts";
import { keysetAfter, keysetOrderBy, toPage, type KeysetOrder } from "./pagination.ts";

/** Statement metadata: what lists show and what the audit trail records (the text by its hash). */
const statementMetadataSelect = {
  id: true,
  title: true,
  kind: true,
  publisher: true,
  url: true,
  publishedOn: true,
  byline: true,
  eventName: true,
  eventLocation: true,
  eventOn: true,
  speakerName: true,
  speakerTitle: true,
  speakerOrganisation: true,
  language: true,
  version: true,
  createdAt: true,
  speakerCountry: { select: { id: true, name: true } },
} as const satisfies Prisma.StatementSelect;

/** Quotes of commitments that are not deleted. */
const liveQuotes = { commitment: { deletedAt: null } } as const satisfies Prisma.QuoteWhereInput;

const NEWEST_FIRST: KeysetOrder = {
  field: "createdAt",
  direction: "desc",
  nullable: false,
  isDate: true,
};

/** Statements newest first, optionally searched by title, speaker or event. */
export async function listStatements(db: Db, input: StatementListInput) {
  const { search, limit, cursor } = input;
  const text = search === undefined ? undefined : containsText(db, search);
  const rows = await db.statement.findMany({
    where: {
      AND: [
        text ? { OR: [{ title: text }, { speakerName: text }, { eventName: text }] } : {},
        keysetAfter(NEWEST_FIRST, cursor),
      ],
    },
    select: {
      ...statementMetadataSelect,
      _count: { select: { quotes: { where: liveQuotes } } },
    },
    orderBy: keysetOrderBy(NEWEST_FIRST),
    take: limit + 1,
  });
  const page = toPage(rows, limit, NEWEST_FIRST);
  return {
    nextCursor: page.nextCursor,
    items: page.items.map(({ _count, ...row }) => ({ ...row, quoteCount: _count.quotes })),
  };
}

/** A statement with its full text and the quotes taken from it, in text order. */
export async function getStatement(db: Prisma.TransactionClient, id: string) {
  const statement = await db.statement.findUnique({
    where: { id },
    select: {
      ...statementMetadataSelect,
      text: true,
      textSha256: true,
      retrievedAt: true,
      updatedAt: true,
      quotes: {
        where: liveQuotes,
        select: {
          id: true,
          start: true,
          end: true,
          text: true,
          commitment: { select: { id: true, title: true, status: true } },
        },
        orderBy: [{ start: "asc" }, { end: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!statement) throw new AppError("NOT_FOUND", "No such statement.", "id");
  return statement;
}

async function assertTextIsNew(tx: Prisma.TransactionClient, textSha256: string) {
  const existing = await tx.statement.findUnique({ where: { textSha256 }, select: { id: true } });
  if (existing) {
    throw new AppError(
      "CONFLICT",
      `This text is already logged as statement ${existing.id}.`,
      "text",
      { existingId: existing.id },
    );
  }
}

/** The audited form of a statement: its fields, with the text recorded by its hash and length. */
async function auditedState(tx: Prisma.TransactionClient, id: string) {
  const row = await tx.statement.findUnique({
    where: { id },
    omit: { id: true, createdAt: true, updatedAt: true },
  });
  if (!row) return null;
  const { text, ...fields } = row;
  return { ...fields, textLength: text.length };
}

export async function createStatement(db: Db, input: StatementData, actorId: string) {
  const textSha256 = sha256(input.text);
  const id = await db.$transaction(async (tx) => {
    await assertTextIsNew(tx, textSha256);
    const created = await tx.statement.create({
      data: { ...input, textSha256 },
      select: { id: true },
    });
    await writeAudit(tx, {
      entityType: "statement",
      entityId: created.id,
      action: "create",
      actorId,
      changes: (await auditedState(tx, created.id)) ?? {},
    });
    return created.id;
  });
  return getStatement(db, id);
}

/**
 * Changes the given fields if `version` is still current. The text can change only while no
 * commitment quotes it, because quotes are offsets into it.
 */
export async function updateStatement(db: Db, input: StatementUpdate, actorId: string) {
  const { id, version, text, ...fields } = input;
  await db.$transaction(async (tx) => {
    const before = await auditedState(tx, id);
    if (!before) throw new AppError("NOT_FOUND", "No such statement.", "id");
    const conflict = async () => {
      throw staleVersionError("statement", await getStatement(tx, id));
    };
    if (before.version !== version) await conflict();

    const textSha256 = text === undefined ? undefined : sha256(text);
    const textChanges = textSha256 !== undefined && textSha256 !== before.textSha256;
    if (textChanges) {
      const quotes = await tx.quote.count({ where: { statementId: id } });
      if (quotes > 0) {
        throw new AppError(
          "VALIDATION",
          `The text cannot change: ${quotes} quotes point into it. Log the new text as a new statement.`,
          "text",
        );
      }
      await assertTextIsNew(tx, textSha256);
      // Dismissed suggestions are offsets into the old text: the new text gets suggested afresh.
      await tx.dismissedPassage.deleteMany({ where: { statementId: id } });
    }
    const { count } = await tx.statement.updateMany({
      where: { id, version },
      data: { ...fields, ...(textChanges ? { text, textSha256 } : {}), version: { increment: 1 } },
    });
    if (count === 0) await conflict();
    await writeAudit(tx, {
      entityType: "statement",
      entityId: id,
      action: "update",
      actorId,
      changes: changedFields(before, (await auditedState(tx, id)) ?? {}),
    });
  });
  return getStatement(db, id);
}
