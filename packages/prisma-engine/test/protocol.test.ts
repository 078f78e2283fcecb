import { type ChildProcessWithoutNullStreams, execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, describe, expect, it } from "vitest";
import { schemaEngineBinaryPath } from "../src/index.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "prisma-engine-protocol-"));
const schemaPath = path.join(dir, "schema.prisma");
const schema = (models: string) => ({
  files: [{ path: schemaPath, content: `datasource db {\n  provider = "sqlite"\n}\n${models}\n` }],
});
writeFileSync(schemaPath, schema("model User {\n  id Int @id\n}").files[0]!.content);
const noFilters = { externalTables: [], externalEnums: [] };
const datasource = (file: string) => JSON.stringify({ url: `file:${path.join(dir, file)}` });

type Message = Record<string, unknown>;

/** `schema-engine --datasource … cli <command>`, as the CLI runs it before the engine. */
function runCliCommand(command: string, databaseFile: string) {
  const args = ["--datasource", datasource(databaseFile), "cli", command];
  return new Promise<{ exitCode: number; stderr: string }>((resolve) =>
    execFile(schemaEngineBinaryPath, args, (error, _stdout, stderr) =>
      resolve({ exitCode: error ? Number(error.code ?? 1) : 0, stderr }),
    ),
  );
}

/** The engine in JSON-RPC mode, as the CLI spawns it. */
class RpcSession {
  readonly child: ChildProcessWithoutNullStreams;
  readonly exited: Promise<number | null>;
  readonly #received: Message[] = [];
  #onMessage = () => {};

  constructor(databaseFile: string) {
    const args = ["--datamodels", schemaPath, "--datasource", datasource(databaseFile)];
    this.child = spawn(schemaEngineBinaryPath, args);
    this.exited = new Promise((resolve) => this.child.on("exit", resolve));
    createInterface({ input: this.child.stdout }).on("line", (line) => {
      this.#received.push(JSON.parse(line) as Message);
      this.#onMessage();
    });
  }

  send(message: object): void {
    this.child.stdin.write(`${JSON.stringify({ jsonrpc: "2.0", ...message })}\n`);
  }

  /** Waits for the next message from the engine that matches. */
  async receive(matches: (message: Message) => boolean): Promise<Message> {
    for (;;) {
      const index = this.#received.findIndex(matches);
      if (index >= 0) return this.#received.splice(index, 1)[0]!;
      await new Promise<void>((resolve) => (this.#onMessage = resolve));
    }
  }

  async close(): Promise<number | null> {
    this.child.stdin.end();
    return this.exited;
  }
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("schema-engine executable", () => {
  it("prints the engine version like the native binary", async () => {
    const stdout = await new Promise<string>((resolve) =>
      execFile(schemaEngineBinaryPath, ["--version"], (_error, out) => resolve(out)),
    );

    expect(stdout).toBe("schema-engine-cli 0edf323efd1d98336f3f0a68684b56f689b900d3\n");
  });

  it("reports a missing database as P1003 on stderr's second line, where the CLI looks", async () => {
    const { exitCode, stderr } = await runCliCommand("can-connect-to-database", "missing.db");
    const lines = stderr
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Message);

    expect(exitCode).toBe(1);
    expect(lines).toMatchObject([
      { level: "INFO" },
      { level: "ERROR", fields: { error_code: "P1003" }, target: "schema_engine::logger" },
    ]);
  });

  it("creates and drops a SQLite database, with its directory", async () => {
    const file = path.join(dir, "nested/created.db");

    expect((await runCliCommand("create-database", "nested/created.db")).exitCode).toBe(0);
    expect(existsSync(file)).toBe(true);
    expect((await runCliCommand("drop-database", "nested/created.db")).exitCode).toBe(0);
    expect(existsSync(file)).toBe(false);
  });

  it("hands the diff to the client in a print request, then answers the exit code", async () => {
    const session = new RpcSession("diff.db");
    const to = { tag: "schemaDatamodel", ...schema("model Post {\n  id Int @id\n}") };
    const params = { from: { tag: "empty" }, to, script: true, exitCode: null, filters: noFilters };
    session.send({ id: 1, method: "diff", params });

    const print = await session.receive((message) => message.method === "print");
    expect(print.params).toEqual({ content: expect.stringContaining('CREATE TABLE "Post"') });
    session.send({ id: print.id, result: {} });
    expect(await session.receive((message) => message.id === 1)).toEqual({
      jsonrpc: "2.0",
      id: 1,
      result: { exitCode: 0 },
    });
    expect(await session.close()).toBe(0);
  });

  it("answers the request in flight when the CLI closes stdin and sends SIGTERM", async () => {
    const session = new RpcSession("sigterm.db");
    session.send({ id: 1, method: "getDatabaseVersion" });
    await session.receive((message) => message.id === 1);

    const push = {
      force: false,
      schema: schema("model User {\n  id Int @id\n}"),
      filters: noFilters,
    };
    session.send({ id: 2, method: "schemaPush", params: push });
    session.child.stdin.end();
    session.child.kill("SIGTERM");

    expect(await session.receive((message) => message.id === 2)).toMatchObject({
      result: { executedSteps: 1 },
    });
    expect(await session.exited).toBe(0);
  });

  it("answers unknown methods and engine errors with JSON-RPC errors", async () => {
    const session = new RpcSession("errors.db");
    session.send({ id: 1, method: "noSuchMethod" });
    const push = { force: false, schema: schema("model {"), filters: noFilters };
    session.send({ id: 2, method: "schemaPush", params: push });

    expect(await session.receive((message) => message.id === 1)).toMatchObject({
      error: { code: -32601 },
    });
    expect(await session.receive((message) => message.id === 2)).toMatchObject({
      error: { code: 4466, data: { is_panic: false, error_code: "P1012" } },
    });
    await session.close();
  });
});
