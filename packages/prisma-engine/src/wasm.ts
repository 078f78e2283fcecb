import { readFileSync } from "node:fs";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";

export type SchemaEngineBindings = typeof bindings;
export type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

declare global {
  // The wasm panic hook reports the panic message here before the engine traps.
  var PRISMA_WASM_PANIC_REGISTRY: { set_message(message: string): void };
}

const packageEntry = import.meta.resolve("@prisma/schema-engine-wasm");
let panicMessage: string | undefined;

/** The engine commit the native `schema-engine --version` prints, read without loading the wasm. */
export function engineCommitHash(): string {
  const { version } = JSON.parse(readFileSync(new URL("package.json", packageEntry), "utf8")) as {
    version: string;
  };
  const hash = /\.([0-9a-f]{40})$/.exec(version)?.[1];
  if (!hash)
    throw new Error(`Cannot find the engine commit in @prisma/schema-engine-wasm@${version}`);
  return hash;
}

/**
 * Instantiates the wasm by hand: the package entry imports the `.wasm` file as an ES module,
 * which Node 20 does not support.
 */
export function loadSchemaEngineWasm(): SchemaEngineBindings {
  globalThis.PRISMA_WASM_PANIC_REGISTRY = {
    set_message(message) {
      panicMessage = message;
    },
  };
  const module = new WebAssembly.Module(
    readFileSync(new URL("schema_engine_bg.wasm", packageEntry)),
  );
  const instance = new WebAssembly.Instance(module, { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindings;
}

/** The message of the wasm panic, if one happened: after a panic the engine is unusable. */
export function lastPanicMessage(): string | undefined {
  return panicMessage;
}
