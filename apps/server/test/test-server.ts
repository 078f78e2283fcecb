import type http from "node:http";
import { createAuth, type Auth } from "@pledgewatch/auth";
import type { Db } from "@pledgewatch/db";
import { createServer, listen } from "../src/server.ts";

/** The address users open; tests reach the server on 127.0.0.1 as a reverse proxy would. */
export const PUBLIC_ORIGIN = "http://pledgewatch.test";
export const TRUSTED_ORIGIN = "https://partner.example.org";

export interface TestServer {
  auth: Auth;
  /** Where the test's requests go. */
  url: string;
  close(): void;
}

/** A real server on a free port with real better-auth, optionally serving a web app folder. */
export async function startTestServer(
  db: Db,
  webDist = "/nonexistent",
  readDb?: Db,
): Promise<TestServer> {
  const auth = createAuth({
    db,
    baseURL: PUBLIC_ORIGIN,
    trustedOrigins: [TRUSTED_ORIGIN],
    secret: "test-secret-that-is-long-enough-for-hmac",
  });
  const server: http.Server = createServer({
    db,
    readDb,
    auth,
    webDist,
    allowedOrigins: [PUBLIC_ORIGIN, TRUSTED_ORIGIN],
    trustProxy: false,
  });
  const port = await listen(server, 0, "127.0.0.1");
  return { auth, url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/** POST as the web app does (JSON, from our own origin unless `headers` say otherwise). */
export function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", origin: PUBLIC_ORIGIN, ...headers },
    body: JSON.stringify(body),
  });
}

/** Signs in over HTTP and returns the Cookie header value for later requests. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const response = await postJson(`${url}/api/auth/sign-in/email`, { email, password });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}
