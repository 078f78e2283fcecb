import { createTestDatabase, testProviders, type TestDatabase } from "@pledgewatch/db/testing";
import type { Role } from "@pledgewatch/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller, createContextInner, type SessionUser } from "../src/index.ts";

describe.each(testProviders)("account procedures on %s", (provider) => {
  let database: TestDatabase;
  const callerFor = (user: SessionUser | null) =>
    createCaller(createContextInner({ db: database.db, user }));

  async function createAccount(id: string, role: string): Promise<SessionUser> {
    const user = await database.db.user.create({
      data: { id, email: `${id}@example.org`, name: id, role },
    });
    return { id: user.id, email: user.email, name: user.name, role: role as Role };
  }

  let admin: SessionUser;
  let viewer: SessionUser;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    admin = await createAccount("ada", "admin");
    viewer = await createAccount("vic", "viewer");
  });
  afterAll(() => database?.drop());

  it("me returns the signed-in account, or null for a visitor", async () => {
    expect(await callerFor(viewer).account.me()).toEqual(viewer);
    expect(await callerFor(null).account.me()).toBeNull();
  });

  it("lists users for admins only, without secrets", async () => {
    const users = await callerFor(admin).account.listUsers();
    expect(users.map((user) => [user.id, user.role])).toEqual([
      ["ada", "admin"],
      ["vic", "viewer"],
    ]);
    expect(Object.keys(users[0]!).sort()).toEqual([
      "banned",
      "createdAt",
      "email",
      "id",
      "name",
      "role",
    ]);
    await expect(callerFor(viewer).account.listUsers()).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(callerFor(null).account.listUsers()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });

  it("changes a role and records who did it in the audit trail", async () => {
    const updated = await callerFor(admin).account.setRole({ userId: "vic", role: "analyst" });
    expect(updated).toMatchObject({ id: "vic", role: "analyst" });
    const entries = await database.db.auditEntry.findMany({ where: { entityId: "vic" } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ entityType: "user", action: "update", actorId: "ada" });
    expect(JSON.parse(entries[0]!.changes)).toEqual({
      role: { before: "viewer", after: "analyst" },
    });
  });

  it("records nothing when the role does not change", async () => {
    await callerFor(admin).account.setRole({ userId: "vic", role: "analyst" });
    expect(await database.db.auditEntry.count({ where: { entityId: "vic" } })).toBe(1);
  });

  it("refuses to demote the last admin, and allows it once there is another", async () => {
    await expect(
      callerFor(admin).account.setRole({ userId: "ada", role: "editor" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await database.db.user.findUnique({ where: { id: "ada" } })).toMatchObject({
      role: "admin",
    });

    await callerFor(admin).account.setRole({ userId: "vic", role: "admin" });
    const demoted = await callerFor(admin).account.setRole({ userId: "ada", role: "editor" });
    expect(demoted.role).toBe("editor");
    expect(await database.db.auditEntry.count({ where: { entityType: "user" } })).toBe(3);
  });

  it("answers an unknown account with NOT_FOUND and an unknown role with BAD_REQUEST", async () => {
    const caller = callerFor({ ...admin, id: "vic" });
    await expect(
      caller.account.setRole({ userId: "nobody", role: "viewer" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      caller.account.setRole({ userId: "ada", role: "superuser" as Role }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("treats a stored role it does not know as viewer", async () => {
    await createAccount("odd", "moderator");
    const users = await callerFor({ ...admin, id: "vic" }).account.listUsers();
    expect(users.find((user) => user.id === "odd")?.role).toBe("viewer");
  });
});
