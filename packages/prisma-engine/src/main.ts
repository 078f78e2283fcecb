import { type Datasource, parseInvocation } from "./argv.ts";
import { providerFor } from "./provider.ts";
import type { RpcHandler } from "./rpc-server.ts";

async function main(argv: string[]): Promise<number> {
  const invocation = parseInvocation(argv);
  switch (invocation.kind) {
    case "version": {
      const { engineCommitHash } = await import("./wasm.ts");
      process.stdout.write(`schema-engine-cli ${engineCommitHash()}\n`);
      return 0;
    }
    case "cli": {
      const { runCliCommand } = await import("./cli-commands.ts");
      return runCliCommand(invocation.command, await providerFor(invocation.datasource));
    }
    case "rpc":
      await serveEngine(invocation.datamodelPaths, invocation.datasource);
      return 0;
  }
}

async function serveEngine(
  datamodelPaths: string[],
  datasource: Datasource | undefined,
): Promise<void> {
  const [{ Engine, isEngineMethod, toEngineErrorObject }, { RpcError, serveJsonRpc }, wasm] =
    await Promise.all([import("./engine.ts"), import("./rpc-server.ts"), import("./wasm.ts")]);
  const engine =
    datasource &&
    new Engine(wasm.loadSchemaEngineWasm(), datamodelPaths, await providerFor(datasource));

  // The CLI closes stdin and sends SIGTERM at once: stop reading, but answer what is in flight.
  const stop = new AbortController();
  process.on("SIGTERM", () => stop.abort());
  // A panic inside an engine callback escapes as an uncaught RuntimeError rather than rejecting
  // the call; report it through the call, which the CLI then shows as an engine panic. Whatever
  // the wasm throws after that is an echo of the panic.
  process.on("uncaughtException", (error) => {
    if (engine && (error instanceof WebAssembly.RuntimeError || engine.panicked)) {
      engine.failWithPanic(error);
    } else {
      exitWithError(error);
    }
  });

  const handle: RpcHandler = async (method, params, peer) => {
    if (!isEngineMethod(method))
      throw new RpcError({ code: -32601, message: `Method not found: ${method}` });
    if (!engine)
      throw new RpcError({
        code: -32602,
        message: "No datasource: set `datasource.url` in prisma.config.ts.",
      });
    try {
      const result = await engine.call(method, params);
      if (method !== "diff") return result;
      // The native engine hands the diff to the CLI for printing instead of returning it.
      const { exitCode, stdout } = result as { exitCode: number; stdout: string | null };
      if (stdout) await peer.request("print", { content: stdout });
      return { exitCode };
    } catch (error) {
      throw new RpcError(toEngineErrorObject(error));
    }
  };
  await serveJsonRpc(process.stdin, process.stdout, handle, stop.signal);
  await engine?.close();
}

function exitWithError(error: unknown): never {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
  process.exit(1);
}

main(process.argv.slice(2)).then((exitCode) => process.exit(exitCode), exitWithError);
