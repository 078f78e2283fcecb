import type { AuditAction, AuditEntityType, FieldChanges } from "@pledgewatch/domain";
import { v7 as uuidv7 } from "uuid";
import { sqlTimestamp, type NEW_COMMITMENT_TABLES, type RowIn } from "./generate/bulk-insert.ts";
import type { Prisma } from "./generated/sqlite/client.ts";

export interface AuditRecord {
  entityType: AuditEntityType;
  entityId: string;
  action: AuditAction;
  actorId: string | null;
  /** { field: { before, after } } for updates; the record's values for create and delete. */
  changes: FieldChanges | Record<string, unknown>;
}

/** Call inside the transaction that makes the change, so the trail never misses or invents one. */
export async function writeAudit(tx: Prisma.TransactionClient, record: AuditRecord) {
  await writeAudits(tx, [record]);
}

/** Several entries in one INSERT (bulk changes such as an import), in the same transaction. */
export async function writeAudits(tx: Prisma.TransactionClient, records: AuditRecord[]) {
  await tx.auditEntry.createMany({
    data: records.map((record) => ({ ...record, changes: JSON.stringify(record.changes) })),
  });
}

/** An entry as a row for a BulkInserter, for bulk changes written with raw INSERTs. */
export function auditEntryRow(
  record: AuditRecord,
  at: Date,
): RowIn<(typeof NEW_COMMITMENT_TABLES)["auditEntry"]> {
  return {
    ...record,
    id: uuidv7(),
    at: sqlTimestamp(at),
    changes: JSON.stringify(record.changes),
  };
}

/** An entity's audit trail, newest first, with the actor's name. */
export async function listAuditEntries(
  db: Prisma.TransactionClient,
  entityType: AuditEntityType,
  entityId: string,
) {
  const entries = await db.auditEntry.findMany({
    where: { entityType, entityId },
    select: {
      id: true,
      action: true,
      at: true,
      changes: true,
      actor: { select: { id: true, name: true } },
    },
    orderBy: [{ at: "desc" }, { id: "desc" }],
  });
  return entries.map((entry) => ({
    ...entry,
    action: entry.action as AuditAction,
    changes: JSON.parse(entry.changes) as Record<string, unknown>,
  }));
}
