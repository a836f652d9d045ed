import { BANK_ANSWERS, summaryAddress } from "./summary-helpers";
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, test } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 } });

for (const javaScript of [true, false]) {
  test.describe(`the exposure summary on a 390 px phone, JavaScript ${javaScript ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test("shows the band, what applies today, the next date, the penalty scale and the three actions on the first screen, and the rest without sideways scrolling", async ({
      page,
    }) => {
      const { path } = await summaryAddress(BANK_ANSWERS, `phone-${javaScript}`);
      await page.goto(path);
      for (const id of ["band-words", "applies-today", "next-obligation", "penalty-scale", "actions"])
        await expect(page.getByTestId(id)).toBeInViewport({ ratio: 1 });
      await expect(page.getByTestId("actions").locator("li")).toHaveCount(3);
      await expect(page.getByTestId("timeline-text")).toContainText("In force today");
      await expectNoHorizontalScroll(page);
      // axe runs inside the page, so it needs JavaScript; the HTML is the same either way.
      if (javaScript) await expectNoAxeViolations(page);
    });
  });
}
