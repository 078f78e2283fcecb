import { readFileSync } from "node:fs";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type {
  CreateMigrationInput,
  DevDiagnosticInput,
  DiagnoseMigrationHistoryInput,
  EvaluateDataLossInput,
  ResetInput,
} from "@prisma/schema-engine-wasm/schema_engine_bg";
import { errorCode } from "./errors.ts";
import type { DatabaseProvider } from "./provider.ts";
import { lastPanicMessage, type SchemaEngine, type SchemaEngineBindings } from "./wasm.ts";
import { devDiagnostic, diagnoseMigrationHistory, withMigrationsSchema } from "./workarounds.ts";

/** JSON-RPC method → wasm `SchemaEngine` method taking the same params. */
const engineMethods = {
  applyMigrations: "applyMigrations",
  createMigration: "createMigration",
  dbExecute: "dbExecute",
  debugPanic: "debugPanic",
  devDiagnostic: "devDiagnostic",
  diagnoseMigrationHistory: "diagnoseMigrationHistory",
  diff: "diff",
  ensureConnectionValidity: "ensureConnectionValidity",
  evaluateDataLoss: "evaluateDataLoss",
  getDatabaseVersion: "version",
  introspect: "introspect",
  introspectSql: "introspectSql",
  markMigrationApplied: "markMigrationApplied",
  markMigrationRolledBack: "markMigrationRolledBack",
  reset: "reset",
  schemaPush: "schemaPush",
} as const satisfies Record<string, keyof SchemaEngine>;

export type EngineMethod = keyof typeof engineMethods;

export function isEngineMethod(method: string): method is EngineMethod {
  return Object.hasOwn(engineMethods, method);
}

/** The JSON-RPC error object the Prisma CLI expects from the native engine. */
export interface EngineErrorObject {
  code: 4466;
  message: string;
  data: { is_panic: boolean; message: string; meta: unknown; error_code: string | null };
}

/** Turns whatever the wasm engine threw into the native engine's JSON-RPC error. */
export function toEngineErrorObject(error: unknown): EngineErrorObject {
  const isPanic = error instanceof WebAssembly.RuntimeError;
  const message =
    (isPanic ? lastPanicMessage() : undefined) ??
    (error instanceof Error ? error.message : String(error));
  const meta = error instanceof Object && "meta" in error ? error.meta : null;
  return {
    code: 4466,
    message,
    data: { is_panic: isPanic, message, meta, error_code: errorCode(error) ?? null },
  };
}

/** A wasm `SchemaEngine`, created on first use and replaced after a reset done outside it. */
export class Engine {
  readonly #bindings: SchemaEngineBindings;
  readonly #datamodels: [string, string][] | undefined;
  readonly #provider: DatabaseProvider;
  readonly #adapterFactory;
  #engine: Promise<SchemaEngine> | undefined;
  #lastCall: Promise<unknown> = Promise.resolve();
  #panic: unknown;
  readonly #panicked: Promise<never>;
  #rejectPanicked!: (panic: unknown) => void;

  constructor(
    bindings: SchemaEngineBindings,
    datamodelPaths: string[],
    provider: DatabaseProvider,
  ) {
    this.#bindings = bindings;
    // An empty list crashes the engine; `undefined` means "no schema".
    this.#datamodels =
      datamodelPaths.length > 0
        ? datamodelPaths.map((file) => [file, readFileSync(file, "utf8")])
        : undefined;
    this.#provider = provider;
    this.#adapterFactory = bindMigrationAwareSqlAdapterFactory(provider.adapterFactory);
    this.#panicked = new Promise<never>((_, reject) => (this.#rejectPanicked = reject));
    this.#panicked.catch(() => {});
  }

  /**
   * Calls are queued: the wasm engine borrows itself mutably across awaits, and overlapping
   * calls abort the process ("recursive use of an object detected").
   */
  call(method: EngineMethod, params: unknown): Promise<unknown> {
    const result = this.#lastCall.then(() =>
      Promise.race([this.#run(method, params), this.#panicked]),
    );
    this.#lastCall = result.catch(() => undefined);
    return result;
  }

  /**
   * For a panic that escaped from an engine callback instead of rejecting the call: fails the
   * call in flight, and every later one, with it. No engine method is safe after a panic.
   */
  failWithPanic(panic: unknown): void {
    this.#panic ??= panic;
    this.#rejectPanicked(this.#panic);
  }

  get panicked(): boolean {
    return this.#panic !== undefined;
  }

  async close(): Promise<void> {
    const engine = this.#engine;
    this.#engine = undefined;
    try {
      if (!this.panicked) (await engine)?.free();
    } finally {
      await this.#provider.close();
    }
  }

  async #run(method: EngineMethod, params: unknown): Promise<unknown> {
    if (method === "reset") return this.#reset(params as ResetInput);
    const engine = await this.#instance();
    switch (method) {
      case "devDiagnostic":
        return devDiagnostic(engine, params as DevDiagnosticInput);
      case "diagnoseMigrationHistory":
        return diagnoseMigrationHistory(engine, params as DiagnoseMigrationHistoryInput);
      case "createMigration":
        return withMigrationsSchema(engine, params as CreateMigrationInput, (input) =>
          engine.createMigration(input),
        );
      case "evaluateDataLoss":
        return withMigrationsSchema(engine, params as EvaluateDataLossInput, (input) =>
          engine.evaluateDataLoss(input),
        );
      default: {
        // Called on the engine itself: the wasm methods need their `this`.
        const run = engine[engineMethods[method]] as (
          this: SchemaEngine,
          input: unknown,
        ) => unknown;
        return run.call(engine, params);
      }
    }
  }

  #instance(): Promise<SchemaEngine> {
    this.#engine ??= this.#bindings.SchemaEngine.new(
      { datamodels: this.#datamodels },
      logEngineEvent,
      this.#adapterFactory,
    );
    return this.#engine;
  }

  async #reset(input: ResetInput): Promise<void> {
    if (!this.#provider.reset) return (await this.#instance()).reset(input);
    await this.close();
    await this.#provider.reset();
  }
}

/** The engine's tracing events are JSON lines like the native engine's log, which the CLI reads. */
function logEngineEvent(event: string): void {
  process.stderr.write(event.endsWith("\n") ? event : `${event}\n`);
}
