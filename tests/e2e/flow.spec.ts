import type { Page } from "@playwright/test";
import { createDatabase } from "~/server/db.server";
import { expect, expectNoAxeViolations, test } from "./fixtures";

const CONTACT = { name: "Grace Hopper", company: "Cobol Credit Bank", jobTitle: "Head of Risk" };

/** Every run of a test submits with an address of its own: the e2e database is shared. */
const uniqueEmail = (label: string) => `grace.${label}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@cobol.example`;

/** Answers every shown question with its first option, the way a hurried visitor might. */
async function answerVisibleQuestions(page: Page, { javaScript = true } = {}) {
  // The button closes the form: once it is there, every question has been parsed.
  await expect(page.locator("main form button[type=submit]")).toBeVisible();
  // With JavaScript, wait until the form is enhanced so the clicks reach react-hook-form.
  if (javaScript) await expect(page.locator("main form[data-enhanced]")).toBeVisible();
  for (const fieldset of await page.locator("main form fieldset").all()) {
    if ((await fieldset.locator("input:checked").count()) === 0) await fieldset.locator("input").first().check();
  }
}

async function startFromArticle(page: Page) {
  await page.goto("/insights/credit-scoring-gdpr-ai-act-dora");
  await page.getByTestId("cta").getByRole("link", { name: /Assess your exposure/ }).click();
  await expect(page).toHaveURL(/\/assess\?from=credit-scoring-gdpr-ai-act-dora&topic=gdpr/);
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await expect(page).toHaveURL(/\/assess\/company$/);
}

async function completeQuestionnaire(page: Page, { axe = false, javaScript = true } = {}) {
  for (const step of ["company", "ai-decisions", "data-products-security", "cross-border"]) {
    await expect(page).toHaveURL(new RegExp(`/assess/${step}$`));
    await expect(page.getByTestId("progress")).toContainText(/Step \d of 5/);
    await answerVisibleQuestions(page, { javaScript });
    // A question revealed by an answer on this step is answered too.
    await answerVisibleQuestions(page, { javaScript });
    if (axe) await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Continue" }).click();
  }
  await expect(page).toHaveURL(/\/assess\/contact$/);
}

async function fillContact(page: Page, email: string) {
  await page.getByLabel("Your name").fill(CONTACT.name);
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Company").fill(CONTACT.company);
  await page.getByLabel("Job title").fill(CONTACT.jobTitle);
  await page.getByLabel(/I agree that the firm may store my answers/).check();
  // The contact step refuses forms sent back faster than a person could fill them in.
  await page.waitForTimeout(3_200);
}

async function storedLead(email: string) {
  const db = createDatabase(process.env.E2E_DATABASE_PATH ?? "");
  try {
    return await db.selectFrom("leads").selectAll().where("contact_email", "=", email).executeTakeFirst();
  } finally {
    await db.destroy();
  }
}

test.describe("the qualification flow", () => {
  test("goes from an article's call to action to a stored lead and the summary, with JavaScript", async ({ page }) => {
    // Seven pages are checked with axe on the way.
    test.setTimeout(120_000);
    await startFromArticle(page);
    await completeQuestionnaire(page, { axe: true });
    await expectNoAxeViolations(page);
    const email = uniqueEmail("js");
    await fillContact(page, email);
    await page.getByRole("button", { name: "Review my answers" }).click();
    await expect(page).toHaveURL(/\/assess\/review$/);
    await expect(page.getByText(CONTACT.company)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: /Send and see my exposure summary/ }).click();
    await expect(page).toHaveURL(/\/assess\/done\//);
    const reference = (await page.getByTestId("reference").textContent()) ?? "";
    await expect(page.getByTestId("disclaimer")).toContainText("not legal advice");
    await expectNoAxeViolations(page);

    const lead = await storedLead(email);
    expect(lead).toMatchObject({ public_ref: reference, contact_name: CONTACT.name, company: CONTACT.company, job_title: CONTACT.jobTitle, source_article: "credit-scoring-gdpr-ai-act-dora", source_topic: "gdpr" });
  });

  test("shows inline messages as the visitor goes, and moves focus to the first problem", async ({ page }) => {
    await startFromArticle(page);
    await expect(page.locator("main form[data-enhanced]")).toBeVisible();
    await page.getByRole("button", { name: "Continue" }).click();
    await expectNoAxeViolations(page);
    await expect(page.locator("#establishments-error")).toHaveText(/Please choose at least one option/);
    await expect(page.locator("#establishments-eu-eea")).toBeFocused();
    await page.locator("#establishments-eu-eea").check();
    await expect(page.locator("#establishments-error")).toHaveCount(0);
  });

  test("keeps answers when the visitor goes back", async ({ page }) => {
    await startFromArticle(page);
    await answerVisibleQuestions(page);
    const checked = await page.locator("main form input:checked").evaluateAll((inputs) => inputs.map((input) => input.id));
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(/ai-decisions$/);
    await page.goBack();
    await expect(page).toHaveURL(/company$/);
    for (const id of checked) await expect(page.locator(`#${id}`)).toBeChecked();
  });

  test("keeps boxes ticked before the page finished loading", async ({ page }) => {
    await startFromArticle(page);
    // Hold the scripts back so the visitor answers while the page is still plain HTML.
    let release = () => {};
    const scriptsReleased = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/build/**/*.js", async (route) => {
      await scriptsReleased;
      await route.continue();
    });
    await page.goto("/assess/company", { waitUntil: "commit" });
    await expect(page.locator("main form button[type=submit]")).toBeVisible();
    for (const fieldset of await page.locator("main form fieldset").all()) {
      if ((await fieldset.locator("input:checked").count()) === 0) await fieldset.locator("input").first().check();
    }
    const ticked = await page.locator("main form input:checked").evaluateAll((inputs) => inputs.map((input) => input.id));
    expect(await page.locator("main form[data-enhanced]").count()).toBe(0);
    release();
    await expect(page.locator("main form[data-enhanced]")).toBeVisible();
    for (const id of ticked) await expect(page.locator(`#${id}`)).toBeChecked();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(/\/assess\/ai-decisions$/);
  });

  test("resumes where the visitor stopped after closing the page", async ({ page, context }) => {
    await startFromArticle(page);
    await answerVisibleQuestions(page);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(/ai-decisions$/);
    await page.close();
    const again = await context.newPage();
    await again.goto("/assess");
    await expect(again).toHaveURL(/\/assess\/ai-decisions$/);
  });
});

test.describe("the qualification flow with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("works end to end with plain form posts", async ({ page }) => {
    await startFromArticle(page);
    await completeQuestionnaire(page, { javaScript: false });
    const email = uniqueEmail("nojs");
    await fillContact(page, email);
    await page.getByRole("button", { name: "Review my answers" }).click();
    await expect(page).toHaveURL(/\/assess\/review$/);
    await page.getByRole("button", { name: /Send and see my exposure summary/ }).click();
    await expect(page).toHaveURL(/\/assess\/done\//);
    await expect(page.getByRole("heading", { name: /Likely to apply/ })).toBeVisible();
    expect(await storedLead(email)).toMatchObject({ contact_name: CONTACT.name });
  });

  test("shows field errors from the server", async ({ page }) => {
    await startFromArticle(page);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByTestId("error-summary")).toBeVisible();
    await expect(page.locator("#employees-error")).toHaveText(/Please answer this question/);
  });
});
