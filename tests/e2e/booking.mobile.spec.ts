import { expect, expectNoAxeViolations, expectNoHorizontalScroll, test } from "./fixtures";
import { BANK_ANSWERS, summaryAddress } from "./summary-helpers";

test.use({ viewport: { width: 390, height: 844 } });

for (const javaScript of [true, false]) {
  test.describe(`booking a call on a 390 px phone, JavaScript ${javaScript ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test("picks a time and books it without sideways scrolling", async ({ page }) => {
      // axe reads every zone in the list and every slot's radio button: slow on a small machine.
      test.setTimeout(60_000);
      const { path } = await summaryAddress(BANK_ANSWERS, `phone-book-${javaScript}`);
      await page.goto(`${path}/call?tz=Europe/Amsterdam`);
      await expectNoHorizontalScroll(page);
      if (javaScript) await expectNoAxeViolations(page);
      await page.getByRole("radio").first().check();
      await page.getByRole("button", { name: "Book this time" }).click();
      await expect(page.getByTestId("booking-notice")).toBeVisible();
      await expectNoHorizontalScroll(page);
    });
  });
}
