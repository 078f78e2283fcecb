// GET /healthz for load balancers and orchestrators: 200 when this instance can reach its
// database, 503 otherwise, so traffic moves to the instances that can answer.
import type http from "node:http";
import type { Db } from "@pledgewatch/db";

export const isHealthCheckPath = (url: string | undefined) => url === "/healthz";

export async function serveHealthCheck(res: http.ServerResponse, db: Db): Promise<void> {
  const headers = { "content-type": "application/json", "cache-control": "no-store" };
  try {
    await db.$queryRaw`SELECT 1`;
    res.writeHead(200, headers).end(JSON.stringify({ status: "ok" }));
  } catch {
    res.writeHead(503, headers).end(JSON.stringify({ status: "database unreachable" }));
  }
}
