import { expect, expectNoAxeViolations, test } from "./fixtures";
import { ADMIN, PASSWORD, giveAdminPassword } from "./admin-helpers";
import { completeQuestionnaire, fillContact, startFromArticle, storedLead, uniqueEmail } from "./flow-helpers";

test.beforeAll(giveAdminPassword);

test("a consultant signs in, finds a new lead in the inbox and opens it", async ({ page, browser }) => {
  test.setTimeout(120_000);
  // A visitor submits a lead through the public flow.
  const visitor = await browser.newPage();
  const email = uniqueEmail("admin");
  await startFromArticle(visitor);
  await completeQuestionnaire(visitor);
  await fillContact(visitor, email);
  await visitor.getByRole("button", { name: "Review my answers" }).click();
  await visitor.getByRole("button", { name: /Send and see my exposure summary/ }).click();
  await expect(visitor).toHaveURL(/\/assess\/done\//);
  const lead = await storedLead(email);
  await visitor.close();

  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/login/);
  await expectNoAxeViolations(page);
  await page.getByLabel("Email").fill(ADMIN);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("link", { name: lead?.public_ref ?? "missing" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page
    .getByRole("link", { name: lead?.public_ref ?? "missing" })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/admin/leads/${lead?.id}(\\?.*)?$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(lead?.company ?? "missing");
  await expectNoAxeViolations(page);

  // Work the lead: a note, a status change and a reassignment, each shown on the timeline.
  await page.getByLabel("Add a note").fill("Called the CTO.\nSending a proposal next week.");
  await page.getByLabel("This note records contact with the lead").check();
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByText("Sending a proposal next week.")).toBeVisible();
  await page.getByLabel("Move to", { exact: true }).selectOption("contacted");
  await page.getByRole("button", { name: "Change status" }).click();
  await expect(page.locator('section[aria-labelledby="timeline"]')).toContainText("Status changed");
  const other = page
    .getByLabel("Reassign to")
    .locator("option:not([disabled])")
    .filter({ hasNotText: "Helena Vos" })
    .first();
  const otherName = (await other.textContent()) ?? "";
  await page.getByLabel("Reassign to").selectOption({ label: otherName });
  await page.getByRole("button", { name: "Reassign" }).click();
  await expect(page.locator('section[aria-labelledby="timeline"]')).toContainText("Reassigned");
  await expect(page.locator('section[aria-labelledby="timeline"]')).toContainText("Note added");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Users");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Mailbox" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Local mailbox");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/admin\/login/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/login/);
});
