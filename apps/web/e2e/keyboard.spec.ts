import { expect, test, type Page } from "@playwright/test";

interface Focused {
  text: string;
  tag: string;
  inMain: boolean;
  outline: string;
}

/** What has the keyboard focus, and whether it is drawn so a sighted keyboard user can see it. */
const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    return {
      text: (element.getAttribute("aria-label") ?? element.textContent ?? "").trim(),
      tag: `${element.tagName} ${element.getAttribute("type") ?? ""}`.trim(),
      inMain: Boolean(element.closest("main")),
      outline:
        style.outlineStyle === "none" ? "none" : `${style.outlineWidth} ${style.outlineStyle}`,
    };
  });

/**
 * Presses Tab until the focused element's text matches, checking on the way that every stop shows
 * a visible focus ring. Fails if the target is not reachable within `limit` presses.
 */
async function tabTo(page: Page, wanted: RegExp, limit = 80): Promise<Focused> {
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    // Tab lands on a date input's day/month/year field, which Chromium highlights itself.
    if (now.tag !== "INPUT date") {
      expect(now.outline, `focus ring on <${now.tag}> “${now.text}”`).not.toBe("none");
    }
    if (wanted.test(now.text)) return now;
  }
  throw new Error(`${wanted} was not reached with ${limit} presses of Tab`);
}

test("the overview, the list and a commitment can be used with the keyboard alone", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByTestId("headline-figure").first()).toBeVisible();

  // The first stop skips the navigation.
  await page.keyboard.press("Tab");
  expect((await focused(page)).text).toBe("Skip to content");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeInViewport();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  expect((await focused(page)).inMain).toBe(true);

  // A headline figure opens the list behind it.
  await tabTo(page, /^1\s*Overdue/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/commitments\?overdue=true$/);
  await expect(page.locator("tbody tr")).toHaveCount(1);

  // Sorting is a button; a row's title is a link.
  await tabTo(page, /^Deadline/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sort=targetOn/);
  const title = await tabTo(page, /^Joint counter-terrorism training/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title.text);
});

test("a chart's figures are reachable as a table from the keyboard", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await tabTo(page, /^Table view/);
  await page.keyboard.press("Enter");
  const table = page.getByRole("region", { name: "Status by theme", exact: true }).locator("table");
  await expect(table).toBeVisible();
  // The first cell link in the opened table leads to the list it counts.
  await tabTo(page, /^\d+$/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/commitments\?themes=.+&statuses=.+/);
});
