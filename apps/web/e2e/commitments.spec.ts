import { expect, test, type Page } from "@playwright/test";

// Data: the seed statement plus the fixture described in global-setup.ts (19 commitments).
const rows = (page: Page) => page.getByTestId("commitment-row");

test("the list shows every commitment with status, flags and definitions", async ({ page }) => {
  await page.goto("/commitments");
  await expect(page.getByRole("heading", { level: 1, name: "Commitments" })).toBeVisible();
  await expect(page.getByTestId("result-count")).toHaveText("Showing 19 of 19 commitments");
  await expect(rows(page)).toHaveCount(19);
  const overdue = rows(page).filter({ hasText: "Joint counter-terrorism training" });
  await expect(overdue.getByText("Overdue", { exact: true })).toBeVisible();
  await expect(overdue.getByText("In progress")).toHaveAttribute("title", /work towards/);
  await expect(overdue.getByRole("link", { name: /Joint counter-terrorism/ })).toHaveAttribute(
    "href",
    /^\/commitments\/[\w-]+$/,
  );
  await page.screenshot({ path: "test-results/commitments-desktop.png", fullPage: true });
});

test("a URL with filters reproduces the view", async ({ page }) => {
  await page.goto("/commitments?countries=US&statuses=fulfilled,broken");
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).getByRole("link")).toHaveText(
    // Most recently updated first, the list's default order.
    [
      "Shared maritime domain awareness centre in Mombasa",
      "Deliver patrol helicopters to the Kenya Defence Forces",
    ],
    { useInnerText: true },
  );
  await expect(page.getByRole("combobox", { name: "Country", exact: true })).toHaveValue("US");
  await expect(page.getByRole("combobox", { name: "Status", exact: true })).toHaveValue("several");

  await page.goto("/commitments?statuses=stalled&themes=intelligence-sharing");
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText("Intelligence sharing with China");
  await expect(rows(page).locator(".badge")).toHaveText("Stalled");

  await page.goto("/commitments?overdue=true");
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText(
    "Joint counter-terrorism training for Kenyan police units",
  );
});

test("invalid URL parameters are dropped, valid ones kept", async ({ page }) => {
  await page.goto("/commitments?statuses=bogus&countries=US&announcedFrom=yesterday");
  await expect(page.getByTestId("result-count")).toHaveText("Showing 3 of 3 commitments");
});

test("changing a filter or the order rewrites the URL", async ({ page }) => {
  await page.goto("/commitments");
  await page.getByRole("combobox", { name: "Stage", exact: true }).selectOption("aspiration");
  await expect(page).toHaveURL(/\/commitments\?stages=aspiration$/);
  await page.getByRole("button", { name: /^Commitment/ }).click();
  await expect(page).toHaveURL(/stages=aspiration&sort=title&order=asc$/);
  await expect(rows(page).first()).toContainText("Acquire state-of-the-art surveillance");
  const titles = await rows(page).locator(".cell-title a").allInnerTexts();
  expect(titles.length).toBeGreaterThan(1);
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "en")));
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/commitments\?sort=title&order=asc$/);
  await expect(rows(page).first()).toContainText(
    "Acquire state-of-the-art surveillance equipment through international cooperation",
  );
});

test("a filter that matches nothing says what to do", async ({ page }) => {
  await page.goto("/commitments?countries=FR");
  await expect(page.getByRole("heading", { name: "No commitments match" })).toBeVisible();
});

test("an unknown address shows a page-not-found message", async ({ page }) => {
  await page.goto("/no/such/page");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Go to the overview" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("the list is usable at phone width", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/commitments");
  await expect(rows(page).first()).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > window.innerWidth,
  );
  expect(overflow).toBe(false);
  await page.screenshot({ path: "test-results/commitments-phone.png" });
});
