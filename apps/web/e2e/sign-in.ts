import { test, type Cookie, type Page } from "@playwright/test";
import { E2E_PASSWORD } from "./global-setup.ts";

/** The origin of the server this spec's project runs against: writes must send it as Origin. */
export const serverOrigin = () => String(test.info().project.use.baseURL);

// Sign-in is rate limited (5 a minute): each role signs in once per worker, then reuses the cookie.
// Kept on globalThis because Playwright loads this module afresh for every spec file.
const store = globalThis as { e2eSessionCookies?: Map<string, Cookie[]> };
const sessionCookies = (store.e2eSessionCookies ??= new Map<string, Cookie[]>());

/** Signs the page's browser context in through better-auth, as the sign-in form does. */
export async function signInAs(page: Page, role: "admin" | "analyst" | "viewer") {
  const key = `${serverOrigin()} ${role}`;
  const cached = sessionCookies.get(key);
  if (cached) {
    await page.context().addCookies(cached);
    return;
  }
  const response = await page.request.post("/api/auth/sign-in/email", {
    data: { email: `${role}@example.org`, password: E2E_PASSWORD },
    headers: { origin: serverOrigin() },
  });
  if (!response.ok()) throw new Error(`Sign-in as ${role} failed: ${response.status()}`);
  sessionCookies.set(key, await page.context().cookies());
}
