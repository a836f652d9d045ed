import {
  CONTACT,
  answerVisibleQuestions,
  completeQuestionnaire,
  fillContact,
  sendThroughReview,
  mailboxFor,
  moveFromEmptyEmailToName,
  openContactStep,
  resumeLinkFor,
  startFromArticle,
  storedLead,
  uniqueEmail,
} from "./flow-helpers";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { signInAsAdmin } from "./admin-helpers";

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
    expect(lead).toMatchObject({
      public_ref: reference,
      contact_name: CONTACT.name,
      company: CONTACT.company,
      job_title: CONTACT.jobTitle,
      source_article: "credit-scoring-gdpr-ai-act-dora",
      source_topic: "gdpr",
    });

    // The server's mail worker delivers the notification and the confirmation to the local mailbox.
    const leadId = lead?.id ?? 0;
    await expect
      .poll(async () => (await mailboxFor(leadId)).map((message) => message.subject).length, { timeout: 15_000 })
      .toBeGreaterThanOrEqual(2);
    const messages = await mailboxFor(leadId);
    const notification = messages.find((message) => message.subject.startsWith("New lead"));
    const confirmation = messages.find((message) => message.to_address === email);
    expect(notification?.subject).toContain(reference);
    expect(notification?.html).toContain(`/admin/leads/${leadId}`);
    expect(notification?.text).toContain(CONTACT.company);
    expect(confirmation?.subject).toContain(reference);
    expect(confirmation?.html).toContain(page.url());
    expect(confirmation?.text).toContain(page.url());
    expect(confirmation?.text).not.toContain(CONTACT.company);
  });

  test.describe("on a server with the time trap on", () => {
    // The second server of playwright.config.ts: the time trap at its longest and a database of its own.
    const trapDatabase = process.env.E2E_TRAP_DATABASE_PATH ?? "";
    test.use({ baseURL: `http://127.0.0.1:${process.env.E2E_TRAP_PORT}` });

    test("keeps a fast, autofilled contact step as an unconfirmed lead that an administrator confirms as genuine", async ({
      page,
      browser,
      baseURL,
    }) => {
      test.setTimeout(90_000);
      await openContactStep(page, baseURL ?? "");
      const email = uniqueEmail("autofill");
      await sendThroughReview(page, email);
      const lead = await storedLead(email, trapDatabase);
      expect(lead?.status).toBe("unconfirmed");

      const admin = await (await browser.newContext({ baseURL })).newPage();
      await signInAsAdmin(admin, `/admin/leads/${lead?.id}`, trapDatabase);
      await expect(admin.getByRole("heading", { name: "Suspected automation" })).toBeVisible();
      await expectNoAxeViolations(admin);
      await admin.getByRole("button", { name: "Confirm as genuine" }).click();
      await expect(admin.getByRole("heading", { name: "Suspected automation" })).toHaveCount(0);
      expect((await storedLead(email, trapDatabase))?.status).toBe("new");
    });
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

  test("keeps focus in the field the visitor moved to when they leave another one empty", async ({ page, baseURL }) => {
    await openContactStep(page, baseURL ?? "");
    await moveFromEmptyEmailToName(page);
    await expect(page.getByLabel("Your name")).toBeFocused();
    await expect(page.getByLabel("Your name")).toHaveValue("Grace");
    await expect(page.locator("#email-error")).toHaveText(/email/i);
    await expect(page.getByTestId("error-summary")).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test("lets a keyboard user tab past an unanswered question without being sent back to the top", async ({ page }) => {
    await startFromArticle(page);
    await expect(page.locator("main form[data-enhanced]")).toBeVisible();
    await page.locator("#establishments-eu-eea").focus();
    // Out of the first question, unanswered, into the next one.
    const firstOfNext = page.locator("fieldset#markets input").first();
    for (
      let presses = 0;
      presses < 20 && !(await firstOfNext.evaluate((input) => input === document.activeElement));
      presses += 1
    ) {
      await page.keyboard.press("Tab");
    }
    await expect(firstOfNext).toBeFocused();
    await expect(page.locator("#establishments-error")).toHaveText(/Please choose at least one option/);
    await expect(page.getByTestId("error-summary")).toHaveCount(0);
  });

  test("ticks only the concern of the article's topic, also once the page is live", async ({ page }) => {
    await page.goto("/assess?from=ai-act-omnibus-new-deadlines&topic=eu-ai-act");
    await page.getByRole("button", { name: "Start the assessment" }).click();
    await expect(page).toHaveURL(/\/assess\/company$/);
    await expect(page.locator("main form[data-enhanced]")).toBeVisible();
    const ticked = () =>
      page
        .locator("input[name=mainConcern]:checked")
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(await ticked()).toEqual(["eu-ai-act"]);
    await page.locator("#mainConcern-unsure").check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.locator("#mainConcern-error")).toHaveText(/cannot be combined with other options/);
  });

  test("says it is calculating the summary while the final answers are being sent", async ({ page, baseURL }) => {
    await openContactStep(page, baseURL ?? "");
    await fillContact(page, uniqueEmail("pending"));
    await page.getByRole("button", { name: "Review my answers" }).click();
    await expect(page).toHaveURL(/\/assess\/review$/);
    await expect(page.locator("main form")).toBeVisible();
    // Hold the submit back long enough to see what the visitor sees meanwhile.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/assess/review.data*", async (route) => {
      if (route.request().method() === "POST") await released;
      await route.continue();
    });
    await page.getByRole("button", { name: /Send and see my exposure summary/ }).click();
    const busy = page.getByRole("button", { name: "Calculating your summary…" });
    await expect(busy).toBeDisabled();
    await expect(busy).toHaveAttribute("aria-busy", "true");
    await expect(page.getByRole("status").filter({ hasText: "Calculating your summary…" })).toHaveCount(1);
    release();
    await expect(page).toHaveURL(/\/assess\/done\//);
  });

  test("shows and hides follow-up questions as answers change", async ({ page }) => {
    await startFromArticle(page);
    await answerVisibleQuestions(page);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(/ai-decisions$/);
    await expect(page.locator("main form[data-enhanced]")).toBeVisible();
    const uses = page.locator("fieldset#aiUses");
    const decides = page.locator("fieldset#decisionRole");
    await page.locator("#aiRoles-none").check();
    await expect(uses).toHaveCount(0);
    await expect(decides).toHaveCount(0);
    await page.locator("#aiRoles-none").uncheck();
    await page.locator("#aiRoles-deployer").check();
    await expect(uses).toBeVisible();
    await expect(decides).toHaveCount(0);
    await page.locator("#aiUses-employment").check();
    await expect(decides).toBeVisible();
  });

  test("keeps answers when the visitor goes back", async ({ page }) => {
    await startFromArticle(page);
    await answerVisibleQuestions(page);
    const checked = await page
      .locator("main form input:checked")
      .evaluateAll((inputs) => inputs.map((input) => input.id));
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(/ai-decisions$/);
    await page.goBack();
    await expect(page).toHaveURL(/company$/);
    await expect(page.locator("main form[data-enhanced]")).toBeVisible();
    for (const id of checked) await expect(page.locator(`#${id}`)).toBeChecked();
    // Each question's first option was the answer: no other box may have been ticked for it.
    expect(
      await page.locator("main form input:checked").evaluateAll((inputs) => inputs.map((input) => input.id)),
    ).toEqual(checked);
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
    // The second option of each question: neither the first radio button nor the first box.
    for (const fieldset of await page.locator("main form fieldset").all()) {
      if ((await fieldset.locator("input:checked").count()) === 0) await fieldset.locator("input").nth(1).check();
    }
    const ticked = await page
      .locator("main form input:checked")
      .evaluateAll((inputs) => inputs.map((input) => input.id));
    expect(await page.locator("main form[data-enhanced]").count()).toBe(0);
    release();
    await expect(page.locator("main form[data-enhanced]")).toBeVisible();
    for (const id of ticked) await expect(page.locator(`#${id}`)).toBeChecked();
    expect(
      await page.locator("main form input:checked").evaluateAll((inputs) => inputs.map((input) => input.id)),
    ).toEqual(ticked);
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

  test("continues in another browser from the emailed link, only once its button is pressed", async ({
    page,
    browser,
  }) => {
    await startFromArticle(page);
    await answerVisibleQuestions(page);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(/ai-decisions$/);
    await page.goto("/assess/later");
    const email = uniqueEmail("later");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a link" }).click();
    await expect(page.getByTestId("resume-sent")).toBeVisible();

    const elsewhere = await browser.newContext();
    const other = await elsewhere.newPage();
    await other.goto(await resumeLinkFor(email));
    await expect(other.getByRole("heading", { name: "Continue your assessment" })).toBeVisible();
    await expectNoAxeViolations(other);
    await other.getByRole("button", { name: "Continue my assessment" }).click();
    await expect(other).toHaveURL(/\/assess\/ai-decisions$/);
    await elsewhere.close();
  });
});

test.describe("the qualification flow with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("works end to end with plain form posts", async ({ page }) => {
    await startFromArticle(page);
    await completeQuestionnaire(page, { javaScript: false });
    const email = uniqueEmail("nojs");
    await sendThroughReview(page, email);
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
