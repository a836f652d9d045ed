import { expect, expectNoAxeViolations, test } from "./fixtures";
import { signInAsAdmin } from "./admin-helpers";

test("a view saved from the inbox is confirmed, listed, and still there after signing out and in", async ({ page }) => {
  // Two sign-ins and two accessibility checks of a full inbox: like the other admin specs, more than the default 30 s.
  test.setTimeout(60_000);
  const name = `Fresh high ${Date.now().toString(36)}`;
  await signInAsAdmin(page, "/admin?status=new&band=High");
  await page.getByText("Save or manage views").click();
  await page.getByLabel("Name this view").fill(name);
  await page.getByLabel("Share with the team").check();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Save view" }).click();

  await expect(page).toHaveURL(/\/admin\?status=new&band=High$/);
  await expect(page.getByTestId("flash")).toContainText(`View "${name}" saved and shared with the team.`);
  const savedViews = page.getByRole("navigation", { name: "Saved views" });
  await expect(savedViews.getByRole("link", { name: new RegExp(name) })).toHaveAttribute("aria-current", "page");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/admin\/login/);
  await signInAsAdmin(page, "/admin");
  await page
    .getByRole("navigation", { name: "Saved views" })
    .getByRole("link", { name: new RegExp(name) })
    .click();
  await expect(page).toHaveURL(/\/admin\?status=new&band=High$/);
  await expectNoAxeViolations(page);
});
