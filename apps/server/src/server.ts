import { existsSync } from "node:fs";
import http from "node:http";
import { appRouter, createContextInner } from "@pledgewatch/api";
import type { Db } from "@pledgewatch/db";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import sirv from "sirv";

export class PortInUseError extends Error {
  override readonly name = "PortInUseError";
}

/** One HTTP server: the tRPC API under /trpc and the built web app (with SPA fallback) elsewhere. */
export function createServer(options: { db: Db; webDist: string }): http.Server {
  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: "/trpc/",
    createContext: () => createContextInner({ db: options.db }),
  });
  const web = existsSync(options.webDist)
    ? sirv(options.webDist, { single: true, etag: true, gzip: true })
    : undefined;

  return http.createServer((req, res) => {
    if (req.url?.startsWith("/trpc/")) return void trpc(req, res);
    if (web) return web(req, res, () => notFound(res));
    res.writeHead(503, { "content-type": "text/plain; charset=utf-8" });
    res.end("The web app is not built yet: run `npm run build` (npm start does it for you).");
  });
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
