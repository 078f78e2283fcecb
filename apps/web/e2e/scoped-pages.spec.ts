import { expect, test, type Page } from "@playwright/test";

const commitmentsFigure = (page: Page) =>
  page.getByTestId("headline-figure").filter({ hasText: "Commitments" });

test("a country page shows that country's commitments", async ({ page }) => {
  await page.goto("/countries/US");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("United States");
  await expect(commitmentsFigure(page)).toContainText("3");
  await expect(page.getByTestId("commitment-row")).toHaveCount(3);
  // The country is the page's subject, not a filter to change.
  await expect(page.getByRole("combobox", { name: "Country", exact: true })).toHaveCount(0);
  await page.screenshot({ path: "test-results/country-desktop.png", fullPage: true });
});

test("a pair page shows commitments in either direction", async ({ page }) => {
  await page.goto("/pairs/KE-US");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kenya – United States");
  // Two made by the United States to Kenya, one by Kenya to the United States.
  await expect(page.getByTestId("commitment-row")).toHaveCount(3);
  await page.goto("/pairs/CN-KE");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("China – Kenya");
  // The seed's 16 commitments less the two that name no Chinese counterpart.
  await expect(commitmentsFigure(page)).toContainText("14");
});

test("a theme page shows the theme's definition and commitments", async ({ page }) => {
  await page.goto("/themes/maritime-security");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Maritime security");
  await expect(page.locator(".lede")).not.toBeEmpty();
  const rows = page.getByTestId("commitment-row");
  await expect(rows.filter({ hasText: "Shared maritime domain awareness centre" })).toHaveCount(1);
  for (const row of await rows.all()) await expect(row).toContainText("Maritime security");
});

test("a scoped page keeps its subject in the list links its charts open", async ({ page }) => {
  await page.goto("/countries/US");
  const chart = page.getByRole("region", { name: "Status by stage", exact: true });
  await chart.getByText("Table view").click();
  await chart
    .getByRole("row", { name: /Pledge/ })
    .getByRole("link")
    .last()
    .click();
  await expect(page).toHaveURL(/\/commitments\?countries=US&stages=pledge$/);
  await expect(page.getByTestId("commitment-row")).toHaveCount(1);
});

test("an unknown country, pair or theme says so", async ({ page }) => {
  await page.goto("/countries/XX");
  await expect(page.getByRole("heading", { name: "No such country" })).toBeVisible();
  await page.goto("/pairs/KE");
  await expect(page.getByRole("heading", { name: "No such country pair" })).toBeVisible();
  await page.goto("/themes/no-such-theme");
  await expect(page.getByRole("heading", { name: "No such theme" })).toBeVisible();
});

test("a scoped page is usable at phone width", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/pairs/CN-KE");
  await expect(page.getByTestId("commitment-row").first()).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > window.innerWidth,
  );
  expect(overflow).toBe(false);
  await page.screenshot({ path: "test-results/pair-phone.png", fullPage: true });
});

test("a pair page downloads exactly its commitments and offers its feed and calendar", async ({
  page,
}) => {
  await page.goto("/pairs/KE-US?statuses=fulfilled");
  await page.getByText("Download", { exact: true }).click();
  const csvLink = page.getByRole("link", { name: "CSV", exact: true });
  const href = (await csvLink.getAttribute("href")) ?? "";
  expect(href).toContain("pair=KE-US");
  expect(href).toContain("statuses=fulfilled");

  // The one fulfilled commitment between Kenya and the United States, and nothing else.
  const csv = await (await page.request.get(href)).text();
  const lines = csv.trim().split("\r\n");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain("fulfilled");

  await expect(page.getByLabel("Subscribe to the deadlines in a calendar app")).toHaveValue(
    /\/calendar\/pairs\/KE-US\.ics$/,
  );
  const feed = await page.request.get(
    (await page.getByRole("link", { name: "Atom feed of status changes" }).getAttribute("href"))!,
  );
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  await page.screenshot({ path: "test-results/pair-downloads-desktop.png" });
});
