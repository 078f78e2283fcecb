// Walks the router, so tests that must cover every procedure cover new ones automatically.
import { appRouter, type createCaller } from "../src/index.ts";

type Caller = ReturnType<typeof createCaller>;
type ProcedureType = "query" | "mutation" | "subscription";

export function procedurePaths(type: ProcedureType): string[] {
  return Object.entries(
    appRouter._def.procedures as unknown as Record<string, { _def: { type: ProcedureType } }>,
  )
    .filter(([, procedure]) => procedure._def.type === type)
    .map(([path]) => path)
    .sort();
}

/** Calls `commitment.create` as `caller.commitment.create(input)`. */
export function callProcedure(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const procedure = path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
    input: unknown,
  ) => Promise<unknown>;
  return procedure(input);
}
