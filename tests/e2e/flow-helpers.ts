/** Steps a visitor takes through the qualification flow, shared by the flow specs. */
import type { Page } from "@playwright/test";
import { createDatabase } from "~/server/storage/db.server";
import { FlowVisitor, VALID_CONTACT, answersFixture } from "../support/flow-client";
import { expect, expectNoAxeViolations } from "./fixtures";

export const CONTACT = { name: "Grace Hopper", company: "Cobol Credit Bank", jobTitle: "Head of Risk" };

/** Every run of a test submits with an address of its own: the e2e database is shared. */
export const uniqueEmail = (label: string) =>
  `grace.${label}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@cobol.example`;

/** Answers every shown question with its first option, the way a hurried visitor might. */
export async function answerVisibleQuestions(page: Page, { javaScript = true } = {}) {
  // The button closes the form: once it is there, every question has been parsed.
  await expect(page.locator("main form button[type=submit]")).toBeVisible();
  // With JavaScript, wait until the form is enhanced so the clicks reach react-hook-form.
  if (javaScript) await expect(page.locator("main form[data-enhanced]")).toBeVisible();
  for (const fieldset of await page.locator("main form fieldset").all()) {
    if ((await fieldset.locator("input:checked").count()) === 0) await fieldset.locator("input").first().check();
  }
}

export async function startFromArticle(page: Page) {
  await page.goto("/insights/credit-scoring-gdpr-ai-act-dora");
  await page
    .getByTestId("cta")
    .getByRole("link", { name: /Assess your exposure/ })
    .click();
  await expect(page).toHaveURL(/\/assess\?from=credit-scoring-gdpr-ai-act-dora&topic=gdpr/);
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await expect(page).toHaveURL(/\/assess\/company$/);
}

/** Leaves Work email empty for Your name and types there, as a visitor tapping from field to field does. */
export async function moveFromEmptyEmailToName(page: Page) {
  await expect(page.locator("main form[data-enhanced]")).toBeVisible();
  await page.getByLabel("Work email").click();
  await page.getByLabel("Your name").click();
  await page.keyboard.type("Grace");
}

export async function completeQuestionnaire(page: Page, { axe = false, javaScript = true } = {}) {
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

/**
 * Fills the contact step. The browser tests' server has the time trap off, so nothing waits here
 * for a person's typing time; flow.spec.ts sends one fast contact step to a server with the trap on.
 */
export async function fillContact(page: Page, email: string) {
  await page.getByLabel("Your name").fill(CONTACT.name);
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Company").fill(CONTACT.company);
  await page.getByLabel("Job title").fill(CONTACT.jobTitle);
  await page.getByLabel(/I agree that the firm may store my answers/).check();
}

/** Fills the contact step, goes on to the review and sends it, ending on the visitor's summary. */
export async function sendThroughReview(page: Page, email: string) {
  await fillContact(page, email);
  await page.getByRole("button", { name: "Review my answers" }).click();
  await expect(page).toHaveURL(/\/assess\/review$/);
  await page.getByRole("button", { name: /Send and see my exposure summary/ }).click();
  await expect(page).toHaveURL(/\/assess\/done\//);
}

/**
 * A visitor who answered every question with plain form posts, as a browser without JavaScript
 * sends them. Tests of a later step start here: the walk through the questions in a browser is
 * what the flow specs test, and doing it again costs each test many page loads.
 */
async function visitorPastTheQuestions(baseURL: string): Promise<FlowVisitor> {
  const visitor = new FlowVisitor(baseURL);
  await visitor.start();
  await visitor.answerAllSteps(answersFixture("eu-bank-credit-scoring"));
  return visitor;
}

/** Gives the page the visitor's draft cookie and opens `path` of the flow with it. */
async function continueInPage(page: Page, visitor: FlowVisitor, path: string) {
  const [name = "", value = ""] = visitor.cookie.split(/=(.*)/s);
  await page.context().addCookies([{ name, value, url: visitor.baseUrl }]);
  await page.goto(path);
  await expect(page).toHaveURL(new RegExp(`${path}$`));
}

/** Opens the contact step with every question answered, and waits until its form is live. */
export async function openContactStep(page: Page, baseURL: string) {
  await continueInPage(page, await visitorPastTheQuestions(baseURL), "/assess/contact");
  await expect(page.locator("main form[data-enhanced]")).toBeVisible();
}

/**
 * Submits a lead for `email` over HTTP, through the same server and the same steps as a visitor,
 * and returns it as stored. For tests of what happens to a lead once it has arrived.
 */
export async function submitLead(baseURL: string, email: string) {
  const visitor = await visitorPastTheQuestions(baseURL);
  await visitor.submitContact({
    ...VALID_CONTACT,
    name: CONTACT.name,
    company: CONTACT.company,
    jobTitle: CONTACT.jobTitle,
    email,
  });
  const sent = await visitor.post("/assess/review", {});
  if (!sent.location?.startsWith("/assess/done/")) throw new Error(`The review step answered ${sent.response.status}`);
  const lead = await storedLead(email);
  if (!lead) throw new Error(`No lead was stored for ${email}`);
  return lead;
}

/** The lead stored for an address, in the browser tests' database (or the one named). */
export async function storedLead(email: string, databasePath = process.env.E2E_DATABASE_PATH ?? "") {
  const db = createDatabase(databasePath);
  try {
    return await db.selectFrom("leads").selectAll().where("contact_email", "=", email).executeTakeFirst();
  } finally {
    await db.destroy();
  }
}

/** The messages the server's mail worker has delivered to the local mailbox about a lead. */
export async function mailboxFor(leadId: number) {
  const db = createDatabase(process.env.E2E_DATABASE_PATH ?? "");
  try {
    return await db.selectFrom("mailbox_messages").selectAll().where("lead_id", "=", leadId).orderBy("id").execute();
  } finally {
    await db.destroy();
  }
}

/** The continue-later link the server's mail worker delivered to an address, as a path. */
export async function resumeLinkFor(email: string): Promise<string> {
  const db = createDatabase(process.env.E2E_DATABASE_PATH ?? "");
  try {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const message = await db
        .selectFrom("mailbox_messages")
        .select("text")
        .where("to_address", "=", email)
        .executeTakeFirst();
      const path = message?.text.match(/\/assess\/resume\/[A-Za-z0-9_-]+/)?.[0];
      if (path) return path;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`No continue-later email reached ${email}`);
  } finally {
    await db.destroy();
  }
}
