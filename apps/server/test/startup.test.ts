import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const main = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src/main.ts");

/** Starts the real server process and waits for it to give up (or be killed after `timeoutMs`). */
function startServer(env: Record<string, string>, timeoutMs = 60_000) {
  return new Promise<{ code: number | null; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", main],
      {
        env: { ...process.env, AUTH_SECRET: "test-secret-".padEnd(40, "x"), ...env },
        timeout: timeoutMs,
      },
      (error, _stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stderr }),
    );
  });
}

describe("server start-up errors are clear messages, not stack traces", () => {
  it("explains a DATABASE_URL that names no supported database", async () => {
    const { code, stderr } = await startServer({ DATABASE_URL: "mysql://localhost/x" });
    expect(code).toBe(1);
    expect(stderr).toContain("DATABASE_URL must start with file:");
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("explains a PORT that is not a port", async () => {
    const { code, stderr } = await startServer({ PORT: "eighty" });
    expect(code).toBe(1);
    expect(stderr).toContain("PORT must be a number");
  });

  it("explains an unreachable PostgreSQL server", async () => {
    const { code, stderr } = await startServer({
      DATABASE_URL: "postgresql://nobody:secret@127.0.0.1:1/none",
    });
    expect(code).toBe(1);
    expect(stderr).toContain("Cannot connect to the database");
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("explains a port that is already in use", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    const dir = mkdtempSync(path.join(os.tmpdir(), "pw-port-"));
    try {
      const { code, stderr } = await startServer({
        PORT: String(port),
        DATABASE_URL: `file:${dir}/port.db`,
      });
      expect(code).toBe(1);
      expect(stderr).toContain(`Port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });
});
