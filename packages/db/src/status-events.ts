import {
  AppError,
  assertStatusChange,
  changedFields,
  statusAfterEvent,
  statusInEffectOn,
  todayIso,
  type SetStatusInput,
} from "@pledgewatch/domain";
import { writeAudit } from "./audit.ts";
import type { Db } from "./client.ts";
import { getCommitment, statusEventSelect, versionConflict } from "./commitments.ts";

/**
 * Records a status change as an event. The commitment takes the status of its latest event by
 * occurredOn, so a back-dated event adds history without overriding a newer one.
 */
export async function setCommitmentStatus(db: Db, input: SetStatusInput, actorId: string) {
  const { id, version, to, occurredOn, note, evidenceUrl, evidenceStatementId } = input;
  await db.$transaction(async (tx) => {
    const current = await tx.commitment.findFirst({
      where: { id, deletedAt: null },
      select: {
        status: true,
        version: true,
        lastEventOn: true,
        statusEvents: { select: { fromStatus: true, toStatus: true, occurredOn: true } },
      },
    });
    if (!current) throw new AppError("NOT_FOUND", "No such commitment.", "id");
    if (current.version !== version) await versionConflict(tx, id);
    if (evidenceStatementId) {
      const found = await tx.statement.count({ where: { id: evidenceStatementId } });
      if (found === 0) throw new AppError("NOT_FOUND", "No such statement.", "evidenceStatementId");
    }

    const from = statusInEffectOn(current.statusEvents, occurredOn, current.status);
    assertStatusChange({ from, to, occurredOn, evidenceUrl, evidenceStatementId }, todayIso());
    const latestOccurredOn =
      current.statusEvents
        .map((event) => event.occurredOn)
        .sort()
        .at(-1) ?? null;
    const next = statusAfterEvent({ to, occurredOn }, { status: current.status, latestOccurredOn });

    const { count } = await tx.commitment.updateMany({
      where: { id, version, deletedAt: null },
      data: { ...next, version: { increment: 1 } },
    });
    if (count === 0) await versionConflict(tx, id);
    const event = await tx.statusEvent.create({
      data: {
        commitmentId: id,
        fromStatus: from,
        toStatus: to,
        occurredOn,
        note,
        evidenceUrl,
        evidenceStatementId,
        recordedById: actorId,
      },
      select: statusEventSelect,
    });
    await writeAudit(tx, {
      entityType: "commitment",
      entityId: id,
      action: "status_change",
      actorId,
      changes: {
        ...changedFields(
          { status: current.status, lastEventOn: current.lastEventOn, version },
          { ...next, version: version + 1 },
        ),
        statusEvent: { before: null, after: event },
      },
    });
  });
  return getCommitment(db, id);
}
