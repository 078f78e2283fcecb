import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./sign-in.ts";

/** Selects `passage` in the statement text as a mouse drag would, across highlight elements. */
async function selectPassage(page: Page, passage: string) {
  await page.getByTestId("statement-text").evaluate((container, wanted) => {
    const start = (container.textContent ?? "").indexOf(wanted);
    if (start === -1) throw new Error(`Not in the statement: ${wanted}`);
    const end = start + wanted.length;
    const range = document.createRange();
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    let position = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = (node as Text).data.length;
      if (start >= position && start < position + length) range.setStart(node, start - position);
      if (end > position && end <= position + length) range.setEnd(node, end - position);
      position += length;
    }
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    container.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
  }, passage);
}

async function openSeedStatement(page: Page) {
  await page.goto("/statements");
  await page.getByRole("link", { name: /Kenya, China forge closer/ }).click();
  await expect(page.getByTestId("statement-text")).toBeVisible();
}

test("an analyst logs a commitment from a selected passage and sees it highlighted", async ({
  page,
}) => {
  await signInAs(page, "analyst");
  await openSeedStatement(page);
  await page.screenshot({ path: "test-results/statement-desktop.png", fullPage: true });

  // The selection spans two existing highlights and carries spaces that must be trimmed.
  await selectPassage(page, " joint security operations and security management ");
  await page.getByRole("button", { name: "Log commitment from selection" }).click();
  const form = page.getByRole("form", { name: "Log a commitment" });
  await expect(form.locator("blockquote")).toHaveText(
    "joint security operations and security management",
  );

  // An empty title is refused beside the field, before anything is sent.
  await form.getByRole("button", { name: "Save commitment" }).click();
  await expect(form.getByText("Give the commitment a short title")).toBeVisible();

  // The form fits a phone screen too.
  const desktop = page.viewportSize()!;
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(
    false,
  );
  await form.screenshot({ path: "test-results/log-commitment-form-phone.png" });
  await page.setViewportSize(desktop);

  await form.getByLabel("Short title").fill("Joint operations and security management with China");
  await form.getByLabel("Counterpart countries").fill("CN");
  await form.getByLabel("Counterpart countries").press("Enter");
  await form.getByLabel("Intelligence sharing").check();
  await form.getByRole("button", { name: "Save commitment" }).click();

  const notice = page.getByRole("status");
  await expect(notice).toContainText("Joint operations and security management with China");
  const logged = page.getByRole("listitem").filter({
    hasText: "“joint security operations and security management”",
  });
  await expect(logged).toContainText("Joint operations and security management with China");

  // The new quote is a highlight of exactly the selected passage, and it opens its commitment.
  const href = await notice.getByRole("link").getAttribute("href");
  const commitmentId = href!.split("/").pop()!;
  const marks = page.locator(`mark[data-commitment-ids~="${commitmentId}"]`);
  await expect(marks.first()).toBeVisible();
  expect((await marks.allTextContents()).join("")).toBe(
    "joint security operations and security management",
  );
  await logged.getByRole("link", { name: /Joint operations/ }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: /Joint operations and security management/ }),
  ).toBeVisible();
  await expect(page.locator(".quote-context mark")).toHaveText(
    "joint security operations and security management",
  );

  // The quote links back to its passage, which the statement page scrolls to and marks.
  await page.getByRole("link", { name: /Kenya, China forge closer/ }).click();
  await expect(page).toHaveURL(/#q-/);
  await expect(page.locator("mark.is-target").first()).toBeInViewport();
});

test("the statement page fits a phone screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openSeedStatement(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > window.innerWidth,
  );
  expect(overflow).toBe(false);
  await page.screenshot({ path: "test-results/statement-phone.png", fullPage: true });
});
