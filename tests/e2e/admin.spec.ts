import { expect, expectNoAxeViolations, test } from "./fixtures";
import { ADMIN, PASSWORD, giveAdminPassword } from "./admin-helpers";
import { submitLead, uniqueEmail } from "./flow-helpers";

test.beforeAll(giveAdminPassword);

test("a consultant signs in, finds a new lead in the inbox and opens it", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const lead = await submitLead(baseURL ?? "", uniqueEmail("admin"));

  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/login/);
  await expectNoAxeViolations(page);
  await page.getByLabel("Email").fill(ADMIN);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("link", { name: lead.public_ref })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: lead.public_ref }).first().click();
  await expect(page).toHaveURL(new RegExp(`/admin/leads/${lead.id}(\\?.*)?$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(lead.company);
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
    // Someone other than the owner shown as chosen.
    .locator("option:not([disabled]):not(:checked)")
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
