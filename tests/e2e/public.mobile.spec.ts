import { expect, expectNoAxeViolations, expectNoHorizontalScroll, test } from "./fixtures";

test.describe("on a phone", () => {
  test("the home page fits the screen and passes axe", async ({ page }) => {
    await page.goto("/");
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
  });

  test("an article fits the screen and its call to action is reachable", async ({ page }) => {
    await page.goto("/insights");
    await page.locator("main article").first().getByRole("link").click();
    await expect(page).toHaveURL(/\/insights\/[a-z0-9-]+$/);
    await expect(page.locator("article header")).toBeVisible();
    await expectNoHorizontalScroll(page);
    await page.getByTestId("cta").scrollIntoViewIfNeeded();
    await expect(page.getByTestId("cta").getByRole("link", { name: /Assess your exposure/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
