import { existsSync } from "node:fs";
import http from "node:http";
import { appRouter, createContextInner, PAGE_FETCH_LIMIT, RateLimiter } from "@pledgewatch/api";
import { getSessionUser, type Auth } from "@pledgewatch/auth";
import { ReadCache, type Db } from "@pledgewatch/db";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import { fromNodeHeaders, toNodeHandler } from "better-auth/node";
import sirv from "sirv";
import { isExportPath, serveExport } from "./http/exports.ts";
import { createFeedHandler, isFeedRequest } from "./http/feeds.ts";
import { isHealthCheckPath, serveHealthCheck } from "./http/health.ts";
import { isImportTemplatePath, serveImportTemplate } from "./http/import-template.ts";
import { createRestApiHandler, isRestApiRequest } from "./http/rest-api.ts";

export class PortInUseError extends Error {
  override readonly name = "PortInUseError";
}

export interface ServerOptions {
  db: Db;
  /**
   * Where the public reads go — the REST API, exports and feeds — when a PostgreSQL read replica
   * takes them off the primary (DATABASE_REPLICA_URL). They may lag the primary by a moment; the
   * dashboard reads from `db` so an analyst sees their own edit at once.
   */
  readDb?: Db;
  auth: Auth;
  webDist: string;
  /** The server's public origin and any other origins allowed to send mutations. */
  allowedOrigins: string[];
  /** Behind a reverse proxy that sets X-Forwarded-For itself. */
  trustProxy: boolean;
  /** Statement intake may fetch pages on private addresses: tests on loopback only. */
  allowPrivateUrls?: boolean;
}

/**
 * One HTTP server: accounts under /api/auth, the tRPC API under /trpc and the built web app (with
 * SPA fallback) elsewhere.
 */
export function createServer(options: ServerOptions): http.Server {
  const allowedOrigins = new Set(options.allowedOrigins);
  const readDb = options.readDb ?? options.db;
  const readCache = new ReadCache(options.db);
  const pageFetchLimiter = new RateLimiter(PAGE_FETCH_LIMIT);
  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: "/trpc/",
    createContext: async ({ req }) =>
      createContextInner({
        db: options.db,
        user: await getSessionUser(options.auth, fromNodeHeaders(req.headers)),
        readCache,
        allowPrivateUrls: options.allowPrivateUrls,
        pageFetchLimiter,
      }),
  });
  const auth = toNodeHandler(options.auth);
  // The first allowed origin is the public one: links in exports, feeds and the REST document.
  const publicOrigin = options.allowedOrigins[0] ?? "";
  const restApi = createRestApiHandler({
    db: readDb,
    readCache: readDb === options.db ? readCache : new ReadCache(readDb),
    publicOrigin,
    trustProxy: options.trustProxy,
  });
  const feeds = createFeedHandler({ db: readDb, publicOrigin });
  const exportDeps = { db: readDb, publicOrigin };
  const web = existsSync(options.webDist)
    ? sirv(options.webDist, {
        single: true,
        etag: true,
        gzip: true,
        brotli: true,
        setHeaders: cacheControl,
      })
    : undefined;

  const server = http.createServer((req, res) => {
    // better-auth rate-limits by X-Forwarded-For; a client must not be able to choose it.
    if (!options.trustProxy) req.headers["x-forwarded-for"] = req.socket.remoteAddress;
    if (req.url?.startsWith("/api/auth/")) {
      return void auth(req, res).catch((error: unknown) => accountsUnavailable(res, error));
    }
    if (isHealthCheckPath(req.url)) return void serveHealthCheck(res, options.db);
    if (isExportPath(req.url)) return void serveExport(req, res, exportDeps);
    if (isRestApiRequest(req.url)) return void restApi(req, res);
    if (isFeedRequest(req.url)) return void feeds(req, res);
    if (isImportTemplatePath(req.url)) return serveImportTemplate(req, res);
    if (req.url?.startsWith("/trpc/")) {
      if (!isSafeMethod(req.method) && !isFromAllowedOrigin(req, allowedOrigins)) {
        return crossSiteRefused(res);
      }
      return void trpc(req, res);
    }
    if (web) return web(req, res, () => notFound(res));
    res.writeHead(503, { "content-type": "text/plain; charset=utf-8" });
    res.end("The web app is not built yet: run `npm run build` (npm start does it for you).");
  });
  // Node closes an idle kept-alive connection after 5 s, which races a client (or a load
  // balancer) reusing it at that moment: the request fails with ECONNRESET. Clients and proxies
  // give up idle connections well before 65 s, so they close first.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
}

/** A file under /assets/ (a path without an extension there gets the app's index.html instead). */
const HASHED_ASSET = /^\/assets\/[^/]+\.\w+$/;

/**
 * The build names every file under /assets/ by a hash of its content, so a browser may keep it for
 * a year; anything else (index.html above all) is revalidated on each visit, so a new build shows
 * at once.
 */
function cacheControl(res: http.ServerResponse, pathname: string): void {
  res.setHeader(
    "Cache-Control",
    HASHED_ASSET.test(pathname) ? "public, max-age=31536000, immutable" : "no-cache",
  );
}

function isSafeMethod(method: string | undefined): boolean {
  return method === "GET" || method === "HEAD" || method === "OPTIONS";
}

/**
 * CSRF defence for tRPC mutations (the session cookie's SameSite=Lax still sends it on some
 * cross-site requests, e.g. from a sibling subdomain): the browser's Origin header must name us
 * or a trusted origin; without it, the browser must vouch that the request is same-origin.
 */
function isFromAllowedOrigin(req: http.IncomingMessage, allowedOrigins: Set<string>): boolean {
  const origin = req.headers.origin;
  if (origin) return allowedOrigins.has(origin);
  return req.headers["sec-fetch-site"] === "same-origin";
}

function crossSiteRefused(res: http.ServerResponse): void {
  res.writeHead(403, { "content-type": "application/json" });
  res.end(
    JSON.stringify({
      error: {
        message: "This request came from another site, so it was refused.",
        data: { code: "FORBIDDEN", httpStatus: 403, appCode: "FORBIDDEN" },
      },
    }),
  );
}

/** better-auth rejects (instead of answering) when its database is unreachable. */
function accountsUnavailable(res: http.ServerResponse, error: unknown): void {
  console.error("Accounts are unavailable:", error instanceof Error ? error.message : error);
  if (res.headersSent) return void res.destroy();
  res.writeHead(503, { "content-type": "application/json" });
  res.end(
    JSON.stringify({ message: "Accounts are unavailable right now. Please try again shortly." }),
  );
}

function notFound(res: http.ServerResponse): void {
  res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
  res.end("Not found");
}

export function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new PortInUseError(
              `Port ${port} is already in use. Stop the other program or set PORT to a free port, e.g. PORT=3001 npm start`,
            )
          : error,
      );
    });
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    });
  });
}
