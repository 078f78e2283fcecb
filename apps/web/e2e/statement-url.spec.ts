import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { signInAs } from "./sign-in.ts";

// The news article the API's tests extract, served here by a site of the test's own on loopback
// (the e2e servers run with INTAKE_ALLOW_PRIVATE_URLS=true).
const ARTICLE = readFileSync(
  new URL(
    "../../../packages/api/test/fixtures/articles/coast-guard-training.html",
    import.meta.url,
  ),
);
const FIRST_PARAGRAPH =
  "NAIROBI — Kenya and China will expand their maritime security cooperation, with Beijing offering training for officers of the Kenya Coast Guard Service";

let site: http.Server;
let origin: string;

test.beforeAll(async () => {
  site = http.createServer((request, response) => {
    if (request.url !== "/coast-guard") return void response.writeHead(404).end("Not found");
    // Slow enough for the page to show that it is fetching.
    setTimeout(() => response.writeHead(200, { "content-type": "text/html" }).end(ARTICLE), 600);
  });
  await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => site.close(() => resolve())));

test("an analyst fetches a news article, checks it and saves it as a statement", async ({
  page,
}) => {
  await signInAs(page, "analyst");
  await page.goto("/statements/new");
  // Typed before fetching: kept, and replaced only when the analyst asks.
  await page.getByLabel("Title", { exact: true }).fill("My working title");

  await page.getByLabel("Web address to fetch").fill(`${origin}/coast-guard`);
  await page.getByRole("button", { name: "Fetch" }).click();
  await expect(page.getByRole("button", { name: "Fetching…" })).toBeDisabled();
  const notice = page.getByRole("form", { name: "From a web page" }).getByRole("status");
  await expect(notice).toContainText(
    /Text and details taken from 127\.0\.0\.1 \(\d+ words\): check them before saving\./,
  );
  await expect(notice).toContainText("Kept what you had typed in Title.");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("My working title");
  await expect(page.getByLabel("Full text")).toHaveValue(new RegExp(`^${FIRST_PARAGRAPH}`));
  await expect(page.getByLabel("Publisher")).toHaveValue("The Coastal Ledger");
  await expect(page.getByLabel("Byline")).toHaveValue("Amina Wanjiru");
  await expect(page.getByLabel("Web address", { exact: true })).toHaveValue(
    `${origin}/coast-guard`,
  );
  await expect(page.getByLabel(/^Published/)).toHaveValue("2023-09-12");

  await notice.getByRole("button", { name: "Use the page's instead" }).click();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(
    "Kenya, China agree on Coast Guard training",
  );
  await page.getByLabel("Kind").selectOption({ label: "News report" });
  await page.screenshot({ path: "test-results/statement-url.png", fullPage: true });

  await page.getByRole("button", { name: "Save statement" }).click();
  await expect(page).toHaveURL(/\/statements\/[^/]+$/);
  await expect(
    page.getByRole("heading", { name: "Kenya, China agree on Coast Guard training" }),
  ).toBeVisible();
  await expect(page.getByTestId("statement-text")).toContainText(FIRST_PARAGRAPH);
  await expect(page.getByTestId("statement-text")).toContainText(
    "“We will share intelligence on threats at sea,” he said.",
  );
});

test("a bad address or a page that cannot be read is explained next to the field", async ({
  page,
}) => {
  await signInAs(page, "analyst");
  await page.goto("/statements/new");
  const address = page.getByLabel("Web address to fetch");
  const fieldError = page.locator("#source-url-error");

  await address.fill("not a url");
  await page.getByRole("button", { name: "Fetch" }).click();
  await expect(fieldError).toHaveText("Use a full web address starting with http:// or https://");
  await expect(address).toHaveAttribute("aria-invalid", "true");

  await address.fill(`${origin}/no-such-page`);
  await page.getByRole("button", { name: "Fetch" }).click();
  await expect(fieldError).toHaveText("The site answered 404 Not Found: check the address.");
  await expect(page.getByLabel("Full text")).toHaveValue("");
});
