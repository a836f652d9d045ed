import { expect, expectNoAxeViolations, test } from "./fixtures";
import { giveAdminPassword, insertNewLeads, signInAsAdmin } from "./admin-helpers";

test.beforeAll(giveAdminPassword);

test("an administrator reads which articles and regulations bring leads, and opens the leads behind a line", async ({
  page,
}) => {
  await insertNewLeads(`Reportfield ${Date.now().toString(36)}`, 3);
  await signInAsAdmin(page);
  await page.getByRole("link", { name: "Reports" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reports");
  await expect(page.getByRole("table", { name: "By source article" })).toBeVisible();
  await expect(page.getByRole("table", { name: "By exposure band" }).getByRole("row")).not.toHaveCount(1);
  await expectNoAxeViolations(page);

  // A period that ends before it starts is refused with a message.
  await page.getByLabel("From").fill("2026-06-01");
  await page.getByLabel("To (included)").fill("2026-05-01");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByTestId("error-message")).toContainText("The from date must not be after the to date");

  await page.goBack();
  await page.getByRole("table", { name: "By exposure band" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/admin\?from=.*&band=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inbox");
});
