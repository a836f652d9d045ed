import { expect, expectNoAxeViolations, test } from "./fixtures";
import { signInAsAdmin } from "./admin-helpers";

test("an administrator invites someone, then plans their time away and makes them inactive", async ({ page }) => {
  const email = `nadia.${Date.now().toString(36)}@firm.example`;
  await signInAsAdmin(page, "/admin/users");
  await page.getByLabel("Name").fill("Nadia Berg");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByTestId("flash")).toContainText(`Invitation sent to ${email}`);

  await page
    .getByRole("row", { name: new RegExp(email.replace(/\./g, "\\.")) })
    .getByRole("link", { name: "Nadia Berg" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nadia Berg");
  await expect(page.getByText("Invitation pending")).toBeVisible();
  await expectNoAxeViolations(page);

  // A mistake first: the last day away before the first.
  await page.getByLabel("First day away").fill("2026-12-28");
  await page.getByLabel("Last day away").fill("2026-12-21");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("The last day away must not be before the first");
  await expectNoAxeViolations(page);

  await page.getByLabel("Last day away").fill("2027-01-04");
  await page.getByLabel("Open leads at most").fill("8");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("flash")).toContainText("Changes saved.");
  await expect(page.getByLabel("First day away")).toHaveValue("2026-12-28");
  await expect(page.getByLabel("Last day away")).toHaveValue("2027-01-04");
  await expect(page.getByLabel("Open leads at most")).toHaveValue("8");

  await page.getByRole("checkbox", { name: "Active" }).uncheck();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("flash")).toContainText("Changes saved.");
  await expect(page.getByRole("checkbox", { name: "Active" })).not.toBeChecked();
  await page.getByRole("link", { name: "All users" }).click();
  await expect(page.getByRole("row", { name: new RegExp(email.replace(/\./g, "\\.")) })).toContainText("Inactive");
});

test("a signed-in person plans their own days away on their account page", async ({ page }) => {
  await signInAsAdmin(page);
  await page.getByRole("link", { name: "Your account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");
  await expectNoAxeViolations(page);

  await page.getByLabel("First day away").fill("2027-08-02");
  await page.getByRole("button", { name: "Save days away" }).click();
  await expect(page.getByTestId("error-summary")).toContainText(
    "Give both the first and the last day away, or neither",
  );
  await expectNoAxeViolations(page);

  await page.getByLabel("Last day away").fill("2027-08-13");
  await page.getByRole("button", { name: "Save days away" }).click();
  await expect(page.getByTestId("flash")).toContainText("Your days out of office are saved.");
  await expect(page.getByLabel("Last day away")).toHaveValue("2027-08-13");

  await page.getByLabel("First day away").fill("");
  await page.getByLabel("Last day away").fill("");
  await page.getByRole("button", { name: "Save days away" }).click();
  await expect(page.getByLabel("First day away")).toHaveValue("");
});
