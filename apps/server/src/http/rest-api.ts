// The open REST API under /api/v1: read-only, open to any origin (CORS), rate-limited per client.
// The endpoints are the tRPC procedures of restRouter, served by trpc-to-openapi.
import type http from "node:http";
import {
  createContextInner,
  openApiDocument,
  RateLimiter,
  restRouter,
  type RestError,
} from "@pledgewatch/api";
import type { Db, ReadCache } from "@pledgewatch/db";
import type { NodeHTTPResponse } from "@trpc/server/adapters/node-http";
import { createOpenApiNodeHttpHandler, type NodeHTTPRequest } from "trpc-to-openapi";
import { renderApiReference } from "./rest-api-page.ts";
import { sendError, sendJson, sendUnexpectedError } from "./responses.ts";

export const REST_API_PATH = "/api/v1";

/** Per client address and server instance: bursts of up to 120 requests, 120 a minute after that. */
export const REST_RATE_LIMIT = { capacity: 120, refillPerSecond: 2 };

export interface RestApiOptions {
  db: Db;
  readCache?: ReadCache;
  /** The address users open, for the OpenAPI document and the examples. */
  publicOrigin: string;
  /** Behind a reverse proxy: the client is the address the proxy appended to X-Forwarded-For. */
  trustProxy: boolean;
}

export const isRestApiRequest = (url: string | undefined): boolean =>
  url !== undefined && /^\/api\/v1(?:[/?]|$)/.test(url);

/** How trpc-to-openapi answers an error (the tRPC error shape plus its own fields). */
interface GeneratedError {
  message: string;
  code: string;
  data?: { appCode?: string | null; field?: string | null };
  issues?: { message: string; path: PropertyKey[] }[];
}

/** Our error shape: the message and the parameter at fault, nothing internal. */
function restError(body: GeneratedError): RestError {
  const [issue] = body.issues ?? [];
  if (issue) {
    const field = String(issue.path[0] ?? "");
    return { message: `Parameter "${field}": ${issue.message}`, code: body.code, field };
  }
  if (body.code === "NOT_FOUND" && !body.data?.appCode) {
    return { message: `No such endpoint; see ${REST_API_PATH}/ for the list.`, code: body.code };
  }
  const field = body.data?.field;
  return { message: body.message, code: body.code, ...(field ? { field } : {}) };
}

function clientAddress(req: http.IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? req.headers["x-forwarded-for"] : undefined;
  const proxied = typeof forwarded === "string" ? forwarded.split(",").at(-1)?.trim() : undefined;
  return proxied || (req.socket.remoteAddress ?? "unknown");
}

export function createRestApiHandler(options: RestApiOptions) {
  const document = openApiDocument(`${options.publicOrigin}${REST_API_PATH}`);
  const documentJson = JSON.stringify(document);
  const referencePage = renderApiReference(document);
  const limiter = new RateLimiter(REST_RATE_LIMIT);
  // Built once: trpc-to-openapi's fetch adapter builds it per request, which outside production
  // re-validates the whole router every time (~9 ms a request).
  const openApi = createOpenApiNodeHttpHandler({
    router: restRouter,
    createContext: () => createContextInner({ db: options.db, readCache: options.readCache }),
    onError: ({ error }) => {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error("REST API:", error.cause);
    },
  });

  /**
   * Runs the endpoint at `url` (under /api/v1). As in the library's own fetch adapter, the handler
   * gets a web Request and a stand-in response that captures its answer, so that errors can be
   * put in our shape before anything is sent.
   */
  function answer(url: URL): Promise<{ status: number; body: string }> {
    const endpoint = new URL(url.pathname.slice(REST_API_PATH.length) + url.search, url.origin);
    return new Promise((resolve, reject) => {
      const captured = {
        statusCode: 200,
        setHeader: () => captured,
        end: (body: string) => resolve({ status: captured.statusCode, body }),
      };
      openApi(
        new Request(endpoint) as unknown as NodeHTTPRequest,
        captured as unknown as NodeHTTPResponse,
      ).catch(reject);
    });
  }

  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    // Public data, no cookies involved: any site may read it.
    res.setHeader("access-control-allow-origin", "*");
    if (req.method === "OPTIONS") {
      res.writeHead(204, {
        "access-control-allow-methods": "GET, OPTIONS",
        "access-control-allow-headers": req.headers["access-control-request-headers"] ?? "",
        "access-control-max-age": "86400",
      });
      return void res.end();
    }
    if (req.method !== "GET") {
      const message = "The REST API is read-only: use GET.";
      return sendError(
        res,
        405,
        { message, code: "METHOD_NOT_SUPPORTED" },
        { allow: "GET, OPTIONS" },
      );
    }
    const waitSeconds = limiter.take(clientAddress(req, options.trustProxy));
    if (waitSeconds > 0) {
      const message = `Too many requests: at most ${REST_RATE_LIMIT.refillPerSecond * 60} a minute. Try again in ${waitSeconds} s.`;
      return sendError(
        res,
        429,
        { message, code: "TOO_MANY_REQUESTS" },
        { "retry-after": String(waitSeconds) },
      );
    }

    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === REST_API_PATH || url.pathname === `${REST_API_PATH}/`) {
      res.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
      });
      return void res.end(referencePage);
    }
    if (url.pathname === `${REST_API_PATH}/openapi.json`) return sendJson(res, 200, documentJson);

    try {
      const { status, body } = await answer(url);
      sendJson(
        res,
        status,
        status < 400 ? body : JSON.stringify(restError(JSON.parse(body) as GeneratedError)),
      );
    } catch (error) {
      sendUnexpectedError(res, "REST API", error);
    }
  };
}
