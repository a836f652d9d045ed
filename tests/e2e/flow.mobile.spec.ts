import { expectNoHorizontalScroll, expect, test } from "./fixtures";
import {
  answerVisibleQuestions,
  fillContact,
  moveFromEmptyEmailToName,
  openContactStep,
  startFromArticle,
  storedLead,
  uniqueEmail,
} from "./flow-helpers";

test.describe("the qualification flow on a phone", () => {
  test("fits the screen at every step and ends with the summary", async ({ page }) => {
    test.setTimeout(90_000);
    await startFromArticle(page);
    for (const step of ["company", "ai-decisions", "data-products-security", "cross-border"]) {
      await expect(page).toHaveURL(new RegExp(`/assess/${step}$`));
      await answerVisibleQuestions(page);
      await answerVisibleQuestions(page);
      await expectNoHorizontalScroll(page);
      await page.getByRole("button", { name: "Continue" }).click();
    }
    await expect(page).toHaveURL(/\/assess\/contact$/);
    await expectNoHorizontalScroll(page);
    const email = uniqueEmail("phone");
    await fillContact(page, email);
    await page.getByRole("button", { name: "Review my answers" }).click();
    await expect(page).toHaveURL(/\/assess\/review$/);
    await expectNoHorizontalScroll(page);
    await page.getByRole("button", { name: /Send and see my exposure summary/ }).click();
    await expect(page).toHaveURL(/\/assess\/done\//);
    await expectNoHorizontalScroll(page);
    expect(await storedLead(email)).toBeTruthy();
  });

  test("keeps the tapped field focused, with what is typed, after leaving another one empty", async ({
    page,
    baseURL,
  }) => {
    await openContactStep(page, baseURL ?? "");
    await moveFromEmptyEmailToName(page);
    await expect(page.getByLabel("Your name")).toBeFocused();
    await expect(page.getByLabel("Your name")).toHaveValue("Grace");
  });
});
