// The real server as a separate process, for benchmarks and multi-instance tests: the same
// start-up as `npm start` (migrations, seed, HTTP), on a free port, with its pid for RSS readings.
// Tests run the TypeScript source under tsx; benchmarks the compiled build `npm start` runs.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const sourceMain = path.join(serverDir, "src/main.ts");
/** Written by `turbo run build` (apps/server/build.ts), which `npm start` and `npm run bench` run first. */
const compiledMain = path.join(serverDir, "dist/main.js");

export interface ServerProcess {
  /** Where requests go, e.g. http://127.0.0.1:41234 */
  url: string;
  pid: number;
  /** Peak resident memory of the process so far (Linux VmHWM), in bytes. */
  peakRssBytes(): number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function waitUntilListening(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const settle = (error?: Error) => {
      clearTimeout(timer);
      child.stdout?.off("data", read).resume();
      child.stderr?.off("data", read).resume();
      child.off("exit", exited);
      if (error) {
        child.kill("SIGKILL");
        reject(error);
      } else resolve();
    };
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Pledgewatch is running at")) settle();
    };
    const exited = (code: number | null) =>
      settle(new Error(`The server exited with code ${code}:\n${output}`));
    const timer = setTimeout(
      () => settle(new Error(`The server did not start within ${timeoutMs / 1000} s:\n${output}`)),
      timeoutMs,
    );
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("exit", exited);
  });
}

export interface ServerProcessOptions {
  timeoutMs?: number;
  /** Run the compiled build (apps/server/dist/main.js) with plain node instead of tsx. */
  compiled?: boolean;
}

/** Starts the server with `env` (DATABASE_URL at least) and waits until it listens. */
export async function startServerProcess(
  env: Record<string, string>,
  { timeoutMs = 120_000, compiled = false }: ServerProcessOptions = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const args = compiled ? [compiledMain] : ["--import", "tsx", sourceMain];
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      AUTH_SECRET: "benchmark-and-test-secret-".padEnd(40, "x"),
      HOST: "127.0.0.1",
      PORT: String(port),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  await waitUntilListening(child, timeoutMs);
  const pid = child.pid as number;
  return {
    url: `http://127.0.0.1:${port}`,
    pid,
    peakRssBytes() {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const kib = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
      return Number(kib) * 1024;
    },
    stop() {
      return new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      });
    },
  };
}
