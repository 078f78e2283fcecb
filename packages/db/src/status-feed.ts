// The status changes feeds are made of: the latest events first, by the day they happened.
import { AppError, type CommitmentFilter } from "@pledgewatch/domain";
import type { Db } from "./client.ts";
import { commitmentWhere } from "./commitment-filter.ts";
import { statusEventSelect } from "./commitments.ts";
import type { Prisma } from "./generated/sqlite/client.ts";

/** How many status changes a feed carries: enough for a reader that polls now and then. */
export const STATUS_FEED_LENGTH = 50;

const statusChangeSelect = {
  ...statusEventSelect,
  recordedAt: true,
  evidenceStatement: { select: { id: true, title: true } },
  commitment: { select: { id: true, title: true } },
} as const satisfies Prisma.StatusEventSelect;

/** Newest first: by the day it happened, then by when it was recorded; the id keeps ties stable. */
function latest(db: Db, where: Prisma.StatusEventWhereInput) {
  return db.statusEvent.findMany({
    where,
    select: statusChangeSelect,
    orderBy: [{ occurredOn: "desc" }, { recordedAt: "desc" }, { id: "desc" }],
    take: STATUS_FEED_LENGTH,
  });
}
export type StatusChange = Awaited<ReturnType<typeof latest>>[number];

/** The latest status changes of the (not deleted) commitments the filter selects. */
export function latestStatusChanges(db: Db, filter: CommitmentFilter): Promise<StatusChange[]> {
  return latest(db, { commitment: commitmentWhere(db, filter) });
}

/** The latest status changes of one commitment; NOT_FOUND when it does not exist or is deleted. */
export async function latestStatusChangesOf(db: Db, commitmentId: string) {
  const commitment = await db.commitment.findFirst({
    where: { id: commitmentId, deletedAt: null },
    select: { id: true, title: true },
  });
  if (!commitment) throw new AppError("NOT_FOUND", "No such commitment.", "id");
  return { commitment, changes: await latest(db, { commitmentId }) };
}
