import type http from "node:http";
import type { RestError } from "@pledgewatch/api";

type Headers = Record<string, string>;

export function sendJson(
  res: http.ServerResponse,
  status: number,
  body: string,
  headers: Headers = {},
) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(body);
}

/** The one error shape of the REST API and the feeds: `{ message, code, field? }`. */
export function sendError(
  res: http.ServerResponse,
  status: number,
  error: RestError,
  headers: Headers = {},
) {
  sendJson(res, status, JSON.stringify(error), headers);
}

/** An unexpected failure: logged here, never described to the client. */
export function sendUnexpectedError(res: http.ServerResponse, where: string, error: unknown) {
  console.error(`${where}:`, error);
  if (res.headersSent) return void res.destroy();
  const message = "Something went wrong on the server. Please try again.";
  sendError(res, 500, { message, code: "INTERNAL_SERVER_ERROR" });
}
