import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";

type Id = number | string;

interface ErrorObject {
  code: number;
  message: string;
  data?: unknown;
}

type Message =
  { id?: Id; method: string; params?: unknown } | { id: Id; result?: unknown; error?: ErrorObject };

/** Lets a method handler call back into the client (the native engine's `print`). */
export interface RpcPeer {
  request(method: string, params: unknown): Promise<unknown>;
}

export type RpcHandler = (method: string, params: unknown, peer: RpcPeer) => Promise<unknown>;

/** Thrown by handlers to answer with a specific JSON-RPC error object. */
export class RpcError extends Error {
  constructor(readonly errorObject: ErrorObject) {
    super(errorObject.message);
  }
}

/**
 * JSON-RPC 2.0 over newline-delimited JSON, as the Prisma CLI speaks it with the native engine.
 * Resolves once the input has ended (or `stop` was aborted) and every request in flight has been
 * answered.
 */
export async function serveJsonRpc(
  input: Readable,
  output: Writable,
  handle: RpcHandler,
  stop: AbortSignal,
): Promise<void> {
  const inFlight = new Set<Promise<void>>();
  const awaitingResponse = new Map<
    Id,
    { resolve(result: unknown): void; reject(error: RpcError): void }
  >();
  let nextRequestId = 1;
  let inputEnded = false;
  const clientGone = () => new RpcError({ code: -32000, message: "The client has gone away." });

  const send = (message: object) =>
    output.write(`${JSON.stringify({ jsonrpc: "2.0", ...message })}\n`);
  const peer: RpcPeer = {
    request(method, params) {
      if (inputEnded) return Promise.reject(clientGone());
      const id = nextRequestId++;
      send({ id, method, params });
      return new Promise((resolve, reject) => awaitingResponse.set(id, { resolve, reject }));
    },
  };

  const answer = async (id: Id | undefined, method: string, params: unknown) => {
    let reply: object;
    try {
      reply = { result: (await handle(method, params, peer)) ?? null };
    } catch (error) {
      reply = {
        error:
          error instanceof RpcError ? error.errorObject : { code: -32603, message: String(error) },
      };
    }
    if (id !== undefined) send({ id, ...reply });
  };

  for await (const line of createInterface({ input, crlfDelay: Infinity, signal: stop })) {
    if (line.trim() === "") continue;
    let message: Message;
    try {
      message = JSON.parse(line) as Message;
    } catch {
      send({ id: null, error: { code: -32700, message: "Parse error" } });
      continue;
    }
    if ("method" in message) {
      const task = answer(message.id, message.method, message.params).finally(() =>
        inFlight.delete(task),
      );
      inFlight.add(task);
    } else {
      const waiting = awaitingResponse.get(message.id);
      awaitingResponse.delete(message.id);
      if (message.error) waiting?.reject(new RpcError(message.error));
      else waiting?.resolve(message.result);
    }
  }

  inputEnded = true;
  for (const waiting of awaitingResponse.values()) waiting.reject(clientGone());
  while (inFlight.size > 0) await Promise.all(inFlight);
}
