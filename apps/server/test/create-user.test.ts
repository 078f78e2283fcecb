import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createTestDatabase, testProviders, type TestDatabase } from "@pledgewatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn, startTestServer } from "./test-server.ts";

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src/cli/create-user.ts");

describe.each(testProviders)("npm run user:create on %s", (provider) => {
  let database: TestDatabase;

  /** Runs the real CLI against the test database, with `stdin` piped in (not a terminal). */
  function createUser(args: string[], stdin = "") {
    return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        ["--import", "tsx", cli, ...args],
        {
          env: {
            ...process.env,
            DATABASE_URL: database.url,
            AUTH_SECRET: randomBytes(32).toString("base64"),
          },
          timeout: 60_000,
        },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
      child.stdin?.end(stdin);
    });
  }

  beforeAll(async () => {
    database = await createTestDatabase(provider, { migrate: false });
  });
  afterAll(() => database?.drop());

  it("migrates the database and creates an admin who can then sign in", async () => {
    const result = await createUser(
      ["--email", "Chief@Example.org", "--role", "admin", "--name", "Chief Admin"],
      "first-admin-password\n",
    );
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("Created the admin account chief@example.org (Chief Admin)");
    expect(result.code).toBe(0);
    expect(
      await database.db.user.findUnique({ where: { email: "chief@example.org" } }),
    ).toMatchObject({ name: "Chief Admin", role: "admin" });

    const server = await startTestServer(database.db);
    try {
      const cookie = await signIn(server.url, "chief@example.org", "first-admin-password");
      const me = await fetch(`${server.url}/trpc/account.me`, { headers: { cookie } });
      expect(await me.json()).toMatchObject({ result: { data: { role: "admin" } } });
    } finally {
      server.close();
    }
  });

  it("explains a bad email, a short password, an unknown role and a duplicate", async () => {
    const cases: [string[], string, string][] = [
      [["--email", "not-an-email", "--role", "viewer"], "x".repeat(12), "Enter a valid email"],
      [["--email", "new@example.org", "--role", "viewer"], "short\n", "at least 10 characters"],
      [["--email", "new@example.org", "--role", "owner"], "", "--role must be one of viewer"],
      [
        ["--email", "chief@example.org", "--role", "viewer", "--password", "another-password"],
        "",
        "already exists",
      ],
      [["--role", "viewer"], "", "--email and --role are required"],
    ];
    const results = await Promise.all(cases.map(([args, stdin]) => createUser(args, stdin)));
    results.forEach((result, index) => {
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(cases[index]![2]);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    });
    expect(await database.db.user.count()).toBe(1);
  });

  it("changes an existing account's role with --update, but never the last admin's", async () => {
    const lastAdmin = await createUser([
      "--email",
      "chief@example.org",
      "--role",
      "editor",
      "--update",
    ]);
    expect(lastAdmin.code).toBe(1);
    expect(lastAdmin.stderr).toContain("last admin");

    await createUser([
      "--email",
      "ed@example.org",
      "--role",
      "viewer",
      "--password",
      "editor-password",
    ]);
    const promoted = await createUser([
      "--email",
      "ed@example.org",
      "--role",
      "editor",
      "--update",
    ]);
    expect(promoted.stdout).toContain("ed@example.org is now editor");
    const ed = await database.db.user.findUnique({ where: { email: "ed@example.org" } });
    expect(ed?.role).toBe("editor");
    const audit = await database.db.auditEntry.findFirst({ where: { entityId: ed!.id } });
    expect(audit).toMatchObject({ entityType: "user", action: "update", actorId: null });
    expect(JSON.parse(audit!.changes)).toEqual({ role: { before: "viewer", after: "editor" } });
  });

  // Five runs of the CLI, each starting Node with tsx and hashing a password: on a loaded 2-core
  // machine they have taken more than the default minute together. The timeout guards a hang only.
  it("sets a new password with --reset-password, also for an account restored without one", async () => {
    await createUser(["--email", "reset@example.org", "--role", "viewer"], "original-password-1\n");
    const reset = await createUser(
      ["--email", "reset@example.org", "--reset-password"],
      "replacement-password-2\n",
    );
    expect(reset.stderr).toBe("");
    expect(reset.stdout).toContain("reset@example.org has a new password");

    // As a restore without hashes leaves it: the account has no password sign-in at all.
    const noPassword = await createUser(
      ["--email", "restored@example.org", "--role", "viewer"],
      "temporary-password-3\n",
    );
    expect(noPassword.code).toBe(0);
    const restored = await database.db.user.findUniqueOrThrow({
      where: { email: "restored@example.org" },
    });
    await database.db.account.deleteMany({ where: { userId: restored.id } });
    await createUser(
      ["--email", "restored@example.org", "--reset-password"],
      "restored-password-4\n",
    );

    const server = await startTestServer(database.db);
    try {
      await expect(signIn(server.url, "reset@example.org", "original-password-1")).rejects.toThrow(
        "sign-in failed: 401",
      );
      expect(await signIn(server.url, "reset@example.org", "replacement-password-2")).toContain(
        "session_token",
      );
      expect(await signIn(server.url, "restored@example.org", "restored-password-4")).toContain(
        "session_token",
      );
    } finally {
      server.close();
    }

    const unknown = await createUser(
      ["--email", "nobody@example.org", "--reset-password"],
      "whatever-password-5\n",
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("No account has the email nobody@example.org");
  }, 180_000);
});
