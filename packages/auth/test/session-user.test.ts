import { createTestDatabase, testProviders, type TestDatabase } from "@pledgewatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, getSessionUser, type Auth } from "../src/index.ts";

const ORIGIN = "http://localhost:3000";

describe.each(testProviders)("getSessionUser on %s", (provider) => {
  let database: TestDatabase;
  let auth: Auth;

  async function sessionCookie(email: string, password: string): Promise<Headers> {
    const response = await auth.handler(
      new Request(`${ORIGIN}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: ORIGIN },
        body: JSON.stringify({ email, password }),
      }),
    );
    const [cookie] = response.headers.getSetCookie();
    return new Headers({ cookie: cookie!.split(";")[0]! });
  }

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    auth = createAuth({
      db: database.db,
      baseURL: ORIGIN,
      secret: "s".repeat(16) + "ecret-for-tests!",
    });
  });
  afterAll(() => database?.drop());

  it("returns the account's id, email, name and role", async () => {
    const { user } = await auth.api.createUser({
      body: { email: "ed@example.org", password: "editor-password", name: "Ed", role: "editor" },
    });
    const headers = await sessionCookie("ed@example.org", "editor-password");
    expect(await getSessionUser(auth, headers)).toEqual({
      id: user.id,
      email: "ed@example.org",
      name: "Ed",
      role: "editor",
    });
  });

  it("treats a role it does not know as viewer", async () => {
    await auth.api.createUser({
      body: { email: "mo@example.org", password: "moderator-password", name: "Mo" },
    });
    await database.db.user.update({
      where: { email: "mo@example.org" },
      data: { role: "moderator" },
    });
    const headers = await sessionCookie("mo@example.org", "moderator-password");
    expect((await getSessionUser(auth, headers))?.role).toBe("viewer");
  });

  it("returns null without a session or with a forged one", async () => {
    expect(await getSessionUser(auth, new Headers())).toBeNull();
    const forged = new Headers({ cookie: "pledgewatch.session_token=made-up.signature" });
    expect(await getSessionUser(auth, forged)).toBeNull();
  });
});
