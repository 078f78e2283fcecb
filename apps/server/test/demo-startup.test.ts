import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDb } from "@pledgewatch/db";
import { existingDataIn } from "@pledgewatch/db/generate";
import { afterAll, describe, expect, it } from "vitest";

const main = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src/main.ts");
const dir = mkdtempSync(path.join(os.tmpdir(), "pw-demo-"));
const realFile = path.join(dir, "real.db");
const demoFile = path.join(dir, "demo.db");

/** Starts `npm start -- --demo` (on a free port) and resolves with its address once it listens. */
function startDemo() {
  const child = spawn(process.execPath, ["--import", "tsx", main, "--demo"], {
    env: {
      ...process.env,
      PORT: "0",
      AUTH_SECRET: "test-secret-".padEnd(40, "x"),
      DATABASE_URL: `file:${realFile}`,
      DEMO_DATABASE_URL: `file:${demoFile}`,
    },
  });
  const listening = new Promise<string>((resolve, reject) => {
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const address = /running at (http:\/\/localhost:\d+)/.exec(output)?.[1];
      if (address) resolve(address.replace("localhost", "127.0.0.1"));
    });
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.on("exit", (code) => reject(new Error(`exited with ${code}: ${errors}`)));
  });
  return { child, listening };
}

describe("npm start -- --demo", () => {
  const demo = startDemo();
  afterAll(() => {
    demo.child.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves generated, fictional data from its own database and never opens the real one", async () => {
    const url = await demo.listening;
    const response = await fetch(`${url}/trpc/reference.dataset`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result: { data: { fictionalStatements: number } } };
    expect(body.result.data.fictionalStatements).toBeGreaterThan(100);

    expect(existsSync(realFile)).toBe(false);
    const db = createDb(`file:${demoFile}`);
    try {
      expect(await db.statusEvent.count()).toBe(12_000);
      // Without the real example statement: every statement is generated.
      expect(await existingDataIn(db)).toEqual({ realStatements: 0, commitments: 1_500 });
      expect(await db.statement.count()).toBe(body.result.data.fictionalStatements);
    } finally {
      await db.$disconnect();
    }
  }, 180_000);
});
