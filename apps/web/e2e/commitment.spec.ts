import { expect, test, type Page } from "@playwright/test";
import { serverOrigin, signInAs } from "./sign-in.ts";

async function openCommitment(page: Page, title: string) {
  await page.goto("/statements");
  await page.getByRole("link", { name: /Kenya, China forge closer/ }).click();
  await page
    .getByRole("region", { name: /Logged passages/ })
    .getByRole("link", { name: title, exact: true })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

test("an analyst records a status change with evidence and it appears on the timeline", async ({
  page,
}) => {
  await signInAs(page, "analyst");
  await openCommitment(page, "Intelligence sharing with China");
  await expect(page.locator(".flags")).toContainText("Stalled");
  await expect(page.getByRole("button", { name: "Delete commitment" })).toHaveCount(0);

  const form = page.getByRole("form", { name: "Update status" });
  await form.getByLabel("New status").selectOption("fulfilled");
  await form.getByLabel("When it happened").fill("2026-03-15");
  await form.getByRole("button", { name: "Save status" }).click();
  await expect(form.locator("#evidenceUrl-error")).toHaveText(
    /Marking it fulfilled needs evidence/,
  );

  await form.getByLabel("Evidence (web address)").fill("https://example.org/intelligence-pact");
  await form.getByLabel("Note").fill("Intelligence-sharing pact signed in Nairobi.");
  await form.getByRole("button", { name: "Save status" }).click();

  const timeline = page.getByTestId("status-timeline");
  const event = timeline.getByRole("listitem").filter({ hasText: "2026-03-15" });
  await expect(event).toContainText("Intelligence-sharing pact signed in Nairobi.");
  await expect(event.locator(".badge").last()).toHaveText("Fulfilled");
  await expect(
    event.getByRole("link", { name: "https://example.org/intelligence-pact" }),
  ).toHaveAttribute("rel", "noopener noreferrer nofollow");
  await expect(event).toContainText("Recorded by");
  await expect(page.locator(".flags .badge")).toHaveText("Fulfilled");
  await expect(form.getByLabel("Evidence (web address)")).toHaveValue("");
  await expect(form.getByLabel("Note")).toHaveValue("");
  const history = page.getByRole("region", { name: "History of changes" });
  await expect(history).toContainText("Status changed by");
  await expect(history).toContainText("Stalled → Fulfilled");
  await page.screenshot({ path: "test-results/commitment-desktop.png", fullPage: true });
});

test("an initiative shows its commitments and a progress that is not assessed, not 0", async ({
  page,
}) => {
  await signInAs(page, "admin");
  await openCommitment(page, "Strengthen security cooperation with China");
  const children = page.getByRole("region", { name: "Commitments in this initiative" });
  await expect(children.getByRole("listitem")).toHaveCount(3);
  // Nobody has assessed any child's progress, so the roll-up has nothing to average.
  const progress = page
    .locator(".detail-grid > div")
    .filter({ has: page.locator("dt", { hasText: /^Progress$/ }) });
  await expect(progress.locator("dd")).toContainText("Not assessed");
  await expect(progress).not.toContainText("0%");
  await expect(children.getByRole("listitem").first()).toContainText("Not assessed");
  await expect(page.getByRole("button", { name: "Delete commitment" })).toBeVisible();

  await page.setViewportSize({ width: 375, height: 800 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > window.innerWidth,
  );
  expect(overflow).toBe(false);
  await page.screenshot({ path: "test-results/commitment-phone.png", fullPage: true });
});

test("an edit from a stale version says so, keeps the typing, and saves after a reload", async ({
  page,
}) => {
  await signInAs(page, "analyst");
  await openCommitment(page, "Joint security operations with China");
  const id = page.url().split("/").pop()!;
  await page.getByRole("button", { name: "Edit commitment" }).click();
  const form = page.getByRole("form", { name: "Edit commitment" });

  // Someone else saves first, moving the commitment from version 1 to 2.
  const elsewhere = await page.request.post("/trpc/commitment.update", {
    data: { id, version: 1, description: "Changed in another tab." },
    headers: { origin: serverOrigin() },
  });
  expect(elsewhere.status(), await elsewhere.text()).toBe(200);

  await form.getByLabel("Short title").fill("Joint security operations and patrols with China");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByRole("alert")).toContainText("Someone else changed this commitment");
  await expect(form.getByLabel("Short title")).toHaveValue(
    "Joint security operations and patrols with China",
  );

  await form.getByRole("button", { name: "Reload the commitment" }).click();
  await expect(page.locator(".lede")).toHaveText("Changed in another tab.");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Joint security operations and patrols with China",
    }),
  ).toBeVisible();
  // Only the title was sent: the other tab's description survives.
  await expect(page.locator(".lede")).toHaveText("Changed in another tab.");
});

test("an analyst changes counterparts and themes by searching, and the page shows them", async ({
  page,
}) => {
  await signInAs(page, "analyst");
  await openCommitment(page, "Cooperation with China on security management");
  await page.getByRole("button", { name: "Edit commitment" }).click();
  const form = page.getByRole("form", { name: "Edit commitment" });

  const counterparts = form.getByLabel("Counterpart countries");
  await counterparts.fill("tanzania");
  await counterparts.press("Enter");
  await expect(form.getByRole("button", { name: "Remove Tanzania" })).toBeVisible();
  await counterparts.fill("XQ");
  await counterparts.press("Enter");
  await expect(counterparts).toHaveValue("XQ");
  await expect(form.getByText("No country matches “XQ”")).toBeVisible();
  await form.getByRole("button", { name: "Remove China" }).click();
  await form.getByLabel("Border management").check();
  await form.screenshot({ path: "test-results/commitment-edit-form.png" });
  await form.getByRole("button", { name: "Save changes" }).click();

  const parties = page.locator(".parties");
  await expect(parties).toContainText("Tanzania");
  await expect(parties).not.toContainText("China");
  await expect(page.getByRole("link", { name: "Border management" })).toBeVisible();
});

test("an analyst names a counterpart that is not a country, and a too-long name is refused beside the field", async ({
  page,
}) => {
  await signInAs(page, "analyst");
  const title = "More bilateral and multilateral security agreements with China and other partners";
  await openCommitment(page, title);
  await page.getByRole("button", { name: "Edit commitment" }).click();
  const form = page.getByRole("form", { name: "Edit commitment" });
  const other = form.getByLabel("Other counterpart");
  await expect(other).toHaveValue("other partners");

  await other.fill("A".repeat(301));
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.locator("#edit-counterpartOther-error")).toHaveText(
    /Use at most 300 characters/,
  );
  await expect(other).toHaveValue("A".repeat(301));

  await other.fill("the African Union");
  await form.getByRole("button", { name: "Save changes" }).click();
  const parties = page.locator(".parties");
  await expect(parties).toContainText("the African Union");
  await expect(parties).not.toContainText("other partners");
  // The history names the field as the form does, and the change in words.
  const history = page.getByRole("region", { name: "History of changes" });
  const change = history.locator(".audit-changes div", {
    has: page.locator("dt", { hasText: "Other counterpart" }),
  });
  await expect(change.first().locator("dd")).toHaveText("other partners → the African Union");
});
