import { AppError, assertEndsInText, type PassageRef } from "@pledgewatch/domain";
import { writeAudit } from "./audit.ts";
import type { Db } from "./client.ts";
import type { Prisma } from "./generated/sqlite/client.ts";

/** A dismissal as the suggestions panel shows it: which passage, who dismissed it and when. */
const dismissalSelect = {
  start: true,
  end: true,
  dismissedAt: true,
  dismissedBy: { select: { id: true, name: true } },
} as const satisfies Prisma.DismissedPassageSelect;

/** The passages of a statement dismissed from its suggestions, in text order. */
export function listDismissedPassages(db: Prisma.TransactionClient, statementId: string) {
  return db.dismissedPassage.findMany({
    where: { statementId },
    select: dismissalSelect,
    orderBy: [{ start: "asc" }, { end: "asc" }],
  });
}

/**
 * Records that the actor dismissed a suggested passage, for the whole team. Dismissing it again
 * keeps the first dismissal: who judged it first, and when.
 */
export async function dismissPassage(db: Db, passage: PassageRef, actorId: string) {
  try {
    await db.$transaction(async (tx) => {
      const statement = await tx.statement.findUnique({
        where: { id: passage.statementId },
        select: { text: true },
      });
      if (!statement) throw new AppError("NOT_FOUND", "No such statement.", "statementId");
      // The schema has checked that the passage starts before it ends.
      assertEndsInText(statement.text, passage.end, "The passage");
      const { statementId, start, end } = passage;
      const where = { statementId_start_end: { statementId, start, end } };
      if (await tx.dismissedPassage.findUnique({ where, select: { id: true } })) return;
      await tx.dismissedPassage.create({ data: { ...passage, dismissedById: actorId } });
      await auditDismissal(tx, passage, actorId, "dismiss");
    });
  } catch (error) {
    // A colleague dismissed the same passage at the same moment: it is dismissed, as asked.
    if (!isUniqueViolation(error)) throw error;
  }
}

/** Offers a dismissed passage again; restoring one that is not dismissed changes nothing. */
export async function restorePassage(db: Db, passage: PassageRef, actorId: string) {
  await db.$transaction(async (tx) => {
    const { statementId, start, end } = passage;
    const { count } = await tx.dismissedPassage.deleteMany({ where: { statementId, start, end } });
    if (count > 0) await auditDismissal(tx, passage, actorId, "restore");
  });
}

/** Recorded in the statement's trail: a dismissal changes what intake offers on it. */
function auditDismissal(
  tx: Prisma.TransactionClient,
  { statementId, start, end }: PassageRef,
  actorId: string,
  change: "dismiss" | "restore",
) {
  const dismissed = { start, end };
  return writeAudit(tx, {
    entityType: "statement",
    entityId: statementId,
    action: "update",
    actorId,
    changes: {
      dismissedPassage:
        change === "dismiss"
          ? { before: null, after: dismissed }
          : { before: dismissed, after: null },
    },
  });
}

const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
