import { expect, test } from "@playwright/test";
import { signInAs } from "./sign-in.ts";

const HEADER =
  "external_id,title,committing_country,counterpart_countries,direction,stage,themes,target_on";
const csvFile = (name: string, ...rows: string[]) => ({
  name,
  mimeType: "text/csv",
  buffer: Buffer.from([HEADER, ...rows].join("\r\n")),
});
const GOOD_ROW =
  "e2e-import-1,Joint coast guard exercise off Lamu,KE,CN;TZ,mutual,agreement,maritime-security,2026";

test("an analyst fixes a bad row, imports the file and finds the commitment", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInAs(page, "analyst");
  await page.goto("/import");
  await expect(
    page.getByRole("heading", { name: "Import commitments from a spreadsheet" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Download the template" })).toHaveAttribute(
    "href",
    "/import/template.csv",
  );
  const fileInput = page.getByLabel(/Choose a CSV file/);

  await fileInput.setInputFiles(
    csvFile(
      "commitments.csv",
      GOOD_ROW,
      "e2e-import-2,Donate radar to the navy,CN,KE;XX,unilateral,pledge,equipment,2025",
    ),
  );
  const problems = page.getByRole("table");
  await expect(page.getByRole("heading", { name: "1 problem to fix" })).toBeVisible();
  await expect(problems.getByRole("row")).toHaveCount(2);
  await expect(problems.getByRole("row").nth(1)).toHaveText(
    /^3counterpart_countries"XX": Use an ISO 3166-1 alpha-2 country code, such as KE$/,
  );
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  await page.screenshot({ path: "test-results/import-errors-desktop.png", fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: "test-results/import-errors-phone.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  await fileInput.setInputFiles(
    csvFile(
      "commitments.csv",
      GOOD_ROW,
      "e2e-import-2,Donate radar to the navy,CN,KE;TZ,unilateral,pledge,equipment,2025",
    ),
  );
  await expect(page.getByRole("heading", { name: "Preview of commitments.csv" })).toBeVisible();
  await expect(page.getByRole("term").filter({ hasText: "new" }).locator("+ dd")).toHaveText("2");
  await page.getByRole("button", { name: "Import 2 rows" }).click();

  await expect(page.getByRole("heading", { name: "Imported commitments.csv" })).toBeVisible();
  await expect(
    page.getByText("2 commitments created, 0 commitments updated and 0 left unchanged"),
  ).toBeVisible();
  await page.screenshot({ path: "test-results/import-done-desktop.png", fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: "test-results/import-done-phone.png", fullPage: true });

  await page.getByRole("link", { name: "See the commitments" }).click();
  await expect(page).toHaveURL(/\/commitments$/);
  await expect(
    page.getByRole("link", { name: "Joint coast guard exercise off Lamu" }),
  ).toBeVisible();
});

test("a viewer is told why the import is not for them", async ({ page }) => {
  await signInAs(page, "viewer");
  await page.goto("/import");
  await expect(
    page.getByRole("heading", { name: "Importing commitments needs an analyst account" }),
  ).toBeVisible();
  await expect(page.getByText("Your account is a viewer.")).toBeVisible();
  await expect(page.getByLabel(/Choose a CSV file/)).toHaveCount(0);
});
