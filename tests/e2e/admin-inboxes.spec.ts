import { expect, expectNoAxeViolations, test } from "./fixtures";
import { signInAsAdmin } from "./admin-helpers";

test("an administrator adds an inbox and sets its members' shares", async ({ page }) => {
  const slug = `desk-${Date.now().toString(36)}`;
  await signInAsAdmin(page);
  await page.getByRole("link", { name: "Inboxes" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inboxes");
  await expectNoAxeViolations(page);

  await page.getByLabel("Name", { exact: true }).fill("Health data desk");
  await page.getByLabel("Short name").fill("Health Data");
  await page.getByLabel("Shared address").fill(`${slug}@meridian-audit.example`);
  await page.getByRole("button", { name: "Add inbox" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Use lowercase letters and digits");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Health data desk");
  await expectNoAxeViolations(page);

  await page.getByLabel("Short name").fill(slug);
  await page.getByRole("button", { name: "Add inbox" }).click();
  await expect(page.getByTestId("flash")).toContainText("Inbox Health data desk added");

  // An existing inbox: change a member's share of new leads.
  await page.getByRole("link", { name: "Sanctions & export controls" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sanctions & export controls");
  await expectNoAxeViolations(page);
  const share = page.getByLabel("Mateo Ruiz");
  await share.fill("3");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("flash")).toContainText("Changes saved.");
  await expect(page.getByLabel("Mateo Ruiz")).toHaveValue("3");
  await share.fill("2");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByLabel("Mateo Ruiz")).toHaveValue("2");
});
