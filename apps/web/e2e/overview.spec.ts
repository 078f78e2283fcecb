import { expect, test, type Page } from "@playwright/test";

// Figures from the seed statement plus the fixture (global-setup.ts): 19 commitments, of which
// 14 not assessed, 1 in progress (and overdue), 1 stalled, 1 partially fulfilled, 1 fulfilled,
// 1 broken. Fulfilled share = 1 of the 5 assessed = 20%.
const figure = (page: Page, label: string) =>
  page.getByTestId("headline-figure").filter({ hasText: label });

test("the overview shows the headline figures and every chart", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Security cooperation commitments",
  );
  await expect(figure(page, "Commitments")).toContainText("19");
  await expect(figure(page, "Fulfilled")).toContainText("20%");
  await expect(figure(page, "In progress")).toContainText("1");
  await expect(figure(page, "Overdue")).toContainText("1");
  await expect(figure(page, "Not assessed")).toContainText("14");
  await expect(figure(page, "Not assessed")).not.toContainText("no progress");

  for (const title of [
    "Status by theme",
    "Status by country",
    "Status by country pair",
    "Status by stage",
    "Status over time",
  ]) {
    const chart = page.getByRole("region", { name: title, exact: true });
    // A chart is drawn when it nears the viewport, as a reader scrolls to it.
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator(".recharts-surface").first()).toBeVisible();
    await expect(chart.locator(".chart[role=img]")).toHaveAttribute(
      "aria-label",
      new RegExp(title),
    );
  }
  const upcoming = page.getByRole("region", { name: "Upcoming deadlines" });
  await expect(upcoming).toBeVisible();

  await page.screenshot({ path: "test-results/overview-desktop.png", fullPage: true });
});

test("a chart segment opens the list behind it", async ({ page }) => {
  await page.goto("/");
  const chart = page.getByRole("region", { name: "Status by country pair", exact: true });
  // The pair chart has two rows: China – Kenya (14 seed commitments name China as counterpart:
  // 12 not assessed, 1 stalled, 1 partially fulfilled) and Kenya – United States (3: in
  // progress, fulfilled, broken). Its first segment drawn is China – Kenya's not-assessed bar.
  await chart.scrollIntoViewIfNeeded();
  await chart.locator(".recharts-bar-rectangle").first().click();
  await expect(page).toHaveURL(/\/commitments\?pair=CN-KE&statuses=not_assessed$/);
  await expect(page.getByTestId("commitment-row")).toHaveCount(12);
  for (const row of await page.getByTestId("commitment-row").all()) {
    await expect(row.locator(".badge")).toHaveText("Not assessed");
  }
});

test("the table view of a chart links each count to its list", async ({ page }) => {
  await page.goto("/");
  const chart = page.getByRole("region", { name: "Status by country pair", exact: true });
  await chart.getByText("Table view").click();
  const row = chart.getByRole("row", { name: /Kenya – United States/ });
  await expect(row.getByRole("cell")).toHaveText(["0", "1", "0", "0", "1", "1", "3"]);
  await row.getByRole("cell").nth(5).getByRole("link").click();
  await expect(page).toHaveURL(/\/commitments\?pair=KE-US&statuses=broken$/);
  await expect(page.getByTestId("commitment-row")).toHaveCount(1);
  await expect(page.getByTestId("commitment-row")).toContainText(
    "Shared maritime domain awareness centre in Mombasa",
  );
});

test("the overview's filters live in the URL and scope every chart", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("combobox", { name: "Country", exact: true }).selectOption("US");
  await expect(page).toHaveURL(/\?countries=US$/);
  await expect(figure(page, "Commitments")).toContainText("3");
  // The same address opened afresh shows the same view.
  await page.goto("/?countries=US");
  await expect(figure(page, "Commitments")).toContainText("3");
  await expect(figure(page, "Fulfilled")).toContainText("33.3%");
});

test("the overview is usable at phone width", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/");
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await expect(figure(page, "Commitments")).toContainText("19");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > window.innerWidth,
  );
  expect(overflow).toBe(false);
  await page.screenshot({ path: "test-results/overview-phone.png", fullPage: true });
});
