import { expect, test, type Page } from "@playwright/test";
import { serverOrigin, signInAs } from "./sign-in.ts";

const TRAINING = "Kenya will provide maritime security training to the Somali Coast Guard.";
const INTELLIGENCE = "The two sides agreed to share intelligence on terrorist financing.";
const EQUIPMENT = "Kenya will donate surveillance equipment to the Somali National Army.";
const TEXT = [
  "Nairobi, 12 March 2025. Kenya and Somalia held talks on regional security.",
  `${TRAINING} ${INTELLIGENCE} ${EQUIPMENT}`,
  "The ministers thanked their hosts for the hospitality shown to both delegations.",
].join("\n\n");

/** The line a dismissed card shows: the e2e analyst's name (create-user's default) and a date. */
const DISMISSED_BY_ANALYST = /Dismissed by analyst, \d{1,2} [A-Z][a-z]{2} \d{4}/;

/** The text of the marks `selector` finds in the statement text, joined in text order. */
const markedText = (page: Page, selector: string) => () =>
  page
    .getByTestId("statement-text")
    .locator(selector)
    .allTextContents()
    .then((parts) => parts.join(""));

/** A statement of obvious pledges, none logged: the seed statement's are all logged already. */
async function createPledgeStatement(
  page: Page,
  title = "Kenya–Somalia joint statement on maritime security",
  text = TEXT,
): Promise<string> {
  const response = await page.request.post("/trpc/statement.create", {
    data: {
      title,
      kind: "joint_statement",
      speakerCountryId: "KE",
      publishedOn: "2025-03-12",
      text,
    },
    headers: { origin: serverOrigin() },
  });
  expect(response.status(), await response.text()).toBe(200);
  const body = (await response.json()) as { result: { data: { id: string } } };
  return body.result.data.id;
}

test("an analyst accepts one suggested commitment, edits and logs it, and dismisses another", async ({
  page,
  browser,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInAs(page, "analyst");
  const statementId = await createPledgeStatement(page);
  await page.goto(`/statements/${statementId}`);

  const panel = page.getByRole("complementary", { name: "Suggested commitments" });
  const text = page.getByTestId("statement-text");
  const listStatus = panel.locator(".suggestions-status");
  await panel.getByRole("button", { name: "Suggest commitments" }).click();
  await expect(listStatus).toHaveText(/^\d+ candidates?\.$/);

  const card = (sentence: string) => panel.locator("li.candidate-card", { hasText: sentence });
  const training = card("maritime security training");
  const intelligence = card("share intelligence on terrorist financing");
  await expect(training).toBeVisible();
  await expect(intelligence).toBeVisible();

  // The quote is marked in the text as a suggestion; nothing is logged from this statement yet.
  const trainingQuote = await training.locator(".candidate-quote q").innerText();
  expect(TRAINING).toContain(trainingQuote);
  await expect.poll(markedText(page, "mark.suggestion-mark")).toContain(trainingQuote);
  await expect(text.locator("mark.quote-mark")).toHaveCount(0);

  // The quote leads to its passage, which is then marked as the focused one.
  await training.getByRole("button", { name: /Show in the text/ }).click();
  await expect(training).toHaveClass(/is-focused/);
  await expect.poll(markedText(page, "mark.suggestion-mark.is-focused")).toBe(trainingQuote);
  await expect(text.locator("mark.suggestion-mark.is-focused").first()).toBeInViewport();
  await training.getByText("Why").click();
  await expect(training.locator(".candidate-why li").first()).toBeVisible();
  await page.screenshot({ path: "test-results/intake-desktop.png", fullPage: true });

  // Accepting opens the commitment form with the suggestion's reading, for the analyst to edit.
  const fact = (term: string) => training.locator(`dt:text-is('${term}') + dd`).innerText();
  const stage = await fact("Stage");
  const themes = (await fact("Themes")).split(", ");
  const [committing] = (await training.locator(".candidate-parties").innerText()).split(" → ");
  await training.getByRole("button", { name: /^Accept…/ }).click();
  const form = page.getByRole("form", { name: "Log a commitment" });
  await expect(form.locator("blockquote")).toHaveText(trainingQuote);
  await expect(form.getByLabel("Short title")).not.toHaveValue("");
  await expect(form.getByRole("radio", { name: new RegExp(`^${stage}`) })).toBeChecked();
  for (const theme of themes) await expect(form.getByLabel(theme, { exact: true })).toBeChecked();
  await expect(form.getByLabel("Committing country")).toHaveValue(new RegExp(`^${committing}`));
  await form.screenshot({ path: "test-results/intake-accept-form.png" });
  const title = "Coast Guard training for Somalia (checked by hand)";
  await form.getByLabel("Short title").fill(title);
  await form.getByRole("button", { name: "Save commitment" }).click();

  // Logged with the suggestion's offsets: the passage is now a logged quote, no longer suggested.
  const notice = page.getByRole("status");
  await expect(notice).toContainText(title);
  const commitmentId = (await notice.getByRole("link").getAttribute("href"))!.split("/").pop()!;
  const loggedMarks = text.locator(`mark[data-commitment-ids~="${commitmentId}"]`);
  await expect(loggedMarks.first()).toBeVisible();
  expect((await loggedMarks.allTextContents()).join("")).toBe(trainingQuote);
  await expect(training).toHaveCount(0);
  await expect(intelligence).toBeVisible();
  await expect.poll(markedText(page, "mark.suggestion-mark")).not.toContain("maritime security");

  // A dismissed suggestion leaves the list and the text, and stays dismissed after a reload.
  await intelligence.getByRole("button", { name: /^Dismiss/ }).click();
  await expect(intelligence).toHaveCount(0);
  await expect.poll(markedText(page, "mark.suggestion-mark")).not.toContain("share intelligence");
  await page.reload();
  await panel.getByRole("button", { name: "Suggest commitments" }).click();
  await expect(listStatus).toContainText("1 dismissed");
  await expect(intelligence).toHaveCount(0);
  await panel.getByRole("button", { name: "Show 1 dismissed" }).click();
  await expect(intelligence).toContainText(DISMISSED_BY_ANALYST);

  // The dismissal is the team's: another account, in a browser with nothing stored, sees it with
  // who dismissed it, and its Restore brings the suggestion back for everyone.
  const colleague = await browser.newContext({
    baseURL: serverOrigin(),
    viewport: { width: 1280, height: 900 },
  });
  const colleaguePage = await colleague.newPage();
  await signInAs(colleaguePage, "admin");
  await colleaguePage.goto(`/statements/${statementId}`);
  const colleaguePanel = colleaguePage.getByRole("complementary", {
    name: "Suggested commitments",
  });
  await colleaguePanel.getByRole("button", { name: "Suggest commitments" }).click();
  await expect(colleaguePanel.locator(".suggestions-status")).toContainText("1 dismissed");
  await colleaguePanel.getByRole("button", { name: "Show 1 dismissed" }).click();
  const colleagueCard = colleaguePanel.locator("li.candidate-card", {
    hasText: "share intelligence on terrorist financing",
  });
  await expect(colleagueCard).toContainText(DISMISSED_BY_ANALYST);
  await colleagueCard.scrollIntoViewIfNeeded();
  await colleaguePage.screenshot({ path: "test-results/intake-dismissed-card.png" });
  await colleagueCard.getByRole("button", { name: /^Restore/ }).click();
  await expect(colleagueCard.getByRole("button", { name: /^Accept…/ })).toBeVisible();
  await expect(colleaguePanel.getByRole("button", { name: /dismissed/ })).toHaveCount(0);
  await colleague.close();

  await page.reload();
  await panel.getByRole("button", { name: "Suggest commitments" }).click();
  await expect(intelligence.getByRole("button", { name: /^Accept…/ })).toBeVisible();
  await expect(panel.getByRole("button", { name: /dismissed/ })).toHaveCount(0);

  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(
    false,
  );
  await page.screenshot({ path: "test-results/intake-phone.png", fullPage: true });
});

test("an analyst is told once that a statement holds no commitment to suggest", async ({
  page,
}) => {
  await signInAs(page, "analyst");
  const statementId = await createPledgeStatement(
    page,
    "Kenya–Somalia ministers' lunch",
    "Nairobi, 12 March 2025. The two ministers met for lunch and spoke about football. In 2019 the two governments signed a memorandum on police cooperation.",
  );
  await page.goto(`/statements/${statementId}`);
  const panel = page.getByRole("complementary", { name: "Suggested commitments" });
  await panel.getByRole("button", { name: "Suggest commitments" }).click();
  await expect(panel.locator(".suggestions-status")).toHaveText("No candidates found.");
  await expect(
    panel.getByText("No passage that is not logged yet reads as a commitment."),
  ).toBeVisible();
  await expect(panel.getByText(/No candidates found/)).toHaveCount(1);
  await expect(panel.locator("li.candidate-card")).toHaveCount(0);
});

test("a visitor is not offered suggestions", async ({ page }) => {
  await page.goto("/statements");
  await page.getByRole("link", { name: /Kenya, China forge closer/ }).click();
  await expect(page.getByTestId("statement-text")).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Suggested commitments" })).toHaveCount(0);
});
