import { expect, test } from "@playwright/test";
import { E2E_PASSWORD } from "./global-setup.ts";
import { signInAs } from "./sign-in.ts";

test("signing in returns to the page the user came from and shows the role", async ({ page }) => {
  await page.goto("/about");
  await page.getByRole("link", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await page.screenshot({ path: "test-results/sign-in-desktop.png", fullPage: true });

  await page.getByLabel("Email").fill("analyst@example.org");
  await page.getByLabel("Password").fill("wrong-password-123");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toHaveText(
    "That email and password do not match an account.",
  );

  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/about$/);
  await expect(page.locator(".account-menu")).toContainText("analyst");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("a viewer sees no edit controls", async ({ page }) => {
  await signInAs(page, "viewer");
  await page.goto("/statements");
  await expect(page.locator(".account-menu")).toContainText("viewer");
  await expect(page.getByRole("link", { name: "Add a statement" })).toHaveCount(0);

  await page.getByRole("link", { name: /Kenya, China forge closer/ }).click();
  await expect(page.getByTestId("statement-text")).toBeVisible();
  await expect(page.getByText("Select a passage of the text")).toHaveCount(0);

  await page.locator("mark.quote-mark").first().click();
  await expect(page.getByRole("heading", { name: "Status timeline" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Update status" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete commitment" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Edit commitment" })).toHaveCount(0);
});

test("the sign-in and about pages fit a phone screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const [path, name] of [
    ["/sign-in", "sign-in-phone"],
    ["/about", "about-phone"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth > window.innerWidth,
    );
    expect(overflow).toBe(false);
    await page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/about");
  await expect(page.getByRole("heading", { name: "Statuses" })).toBeVisible();
  await expect(page.getByText(/no evidence of movement for a long time/)).toBeVisible();
  await page.screenshot({ path: "test-results/about-desktop.png", fullPage: true });
});
