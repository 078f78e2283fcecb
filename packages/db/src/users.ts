import { writeAudit } from "./audit.ts";
import { AppError, roleOrViewer, type SetRoleInput } from "@pledgewatch/domain";
import type { Db } from "./client.ts";
import type { Prisma } from "./generated/sqlite/client.ts";

/** What an admin sees of an account: never password hashes or sessions. */
const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  banned: true,
  createdAt: true,
} satisfies Prisma.UserSelect;

type UserRow = Prisma.UserGetPayload<{ select: typeof userSelect }>;

const withKnownRole = (user: UserRow) => ({ ...user, role: roleOrViewer(user.role) });

export async function listUsers(db: Db) {
  const users = await db.user.findMany({
    select: userSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return users.map(withKnownRole);
}

/**
 * Changes an account's role and records who did it in the audit trail. Refuses to take the admin
 * role from the last admin, which would leave nobody able to manage accounts. `actorId` is null
 * when the change comes from the command line.
 */
export async function setUserRole(db: Db, actorId: string | null, input: SetRoleInput) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: userSelect });
    if (!user) throw new AppError("NOT_FOUND", "No account has this id.", "userId");
    const before = roleOrViewer(user.role);
    if (before === input.role) return withKnownRole(user);
    if (before === "admin" && (await tx.user.count({ where: { role: "admin" } })) <= 1) {
      throw new AppError(
        "CONFLICT",
        "This is the last admin account: make another account admin first.",
        "role",
      );
    }
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { role: input.role },
      select: userSelect,
    });
    await writeAudit(tx, {
      entityType: "user",
      entityId: user.id,
      action: "update",
      actorId,
      changes: { role: { before: user.role, after: input.role } },
    });
    return withKnownRole(updated);
  });
}
