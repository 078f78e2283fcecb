import { expect, test } from "@playwright/test";

test("the first page lists the seed statement's commitments", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Commitments" })).toBeVisible();
  await expect(page.getByText("16 commitments")).toBeVisible();
  const source = page.getByTestId("statement-source");
  await expect(source).toContainText("Kenya, China forge closer security cooperation");
  await expect(source).toContainText("Dr. Raymond Omollo, Principal Secretary");
  await expect(source).toContainText("Lianyungang, China");
  await expect(page.getByTestId("commitment")).toHaveCount(16);

  const coastGuard = page
    .getByTestId("commitment")
    .filter({ hasText: "Kenya Coast Guard Service" });
  await expect(coastGuard.getByRole("heading")).toHaveText(
    /Technical assistance and capacity building/,
  );
  await expect(coastGuard.getByText("Not assessed")).toHaveAttribute("title", /nobody has checked/);
  await expect(coastGuard.getByRole("list", { name: "Themes" })).toContainText("Maritime security");

  const initiative = page
    .getByTestId("commitment")
    .filter({ hasText: "Strengthen security cooperation with China" });
  await expect(
    initiative.getByRole("list", { name: /Part of/ }).getByTestId("commitment"),
  ).toHaveCount(3);

  await page.screenshot({ path: "test-results/first-page.png", fullPage: true });
});

test("an unknown address shows a page-not-found message", async ({ page }) => {
  await page.goto("/no/such/page");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Back to the commitments" }).click();
  await expect(page.getByTestId("commitment").first()).toBeVisible();
});

test("the page is usable at phone width", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/");
  await expect(page.getByTestId("commitment").first()).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > window.innerWidth,
  );
  expect(overflow).toBe(false);
  await page.screenshot({ path: "test-results/phone.png" });
});
