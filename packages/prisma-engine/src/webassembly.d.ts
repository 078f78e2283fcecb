// @types/node 20 does not declare the WebAssembly global; this is the part the engine loader uses.
declare namespace WebAssembly {
  class Module {
    constructor(bytes: Uint8Array);
  }
  class Instance {
    constructor(module: Module, imports: Record<string, object>);
    readonly exports: Record<string, unknown>;
  }
  class RuntimeError extends Error {}
}
