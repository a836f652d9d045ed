import AxeBuilder from "@axe-core/playwright";
import axe from "axe-core";
import { type Page, expect, test as base } from "@playwright/test";

/**
 * Every page under test fails on a Content-Security-Policy violation or an uncaught error,
 * so a blocked script or a broken hydration cannot pass unnoticed.
 */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text()))
          problems.push(message.text());
      });
      page.on("pageerror", (error) => problems.push(error.message));
      await use(problems);
      expect(problems, "console errors and CSP violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * The page passes axe's WCAG 2.1 A/AA and best-practice rules.
 *
 * axe is loaded into a document once, here: the builder would send its half a megabyte of script
 * for every check, twice, and the app's client-side navigations keep the document between checks.
 * The builder gets an empty source instead. Legacy mode is one axe.run in the page; the default
 * runs axe per frame and merges the results in a second, blank page that loads axe yet again,
 * for frames the portal does not have.
 */
export async function expectNoAxeViolations(page: Page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  const results = await new AxeBuilder({ page, axeSource: "void 0;" })
    // Only violations are read: axe need not gather every passing element of a large page.
    .options({ resultTypes: ["violations"] })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .setLegacyMode()
    .analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
  expect(summary).toEqual([]);
}

/** The page fits the viewport's width: nothing makes a phone scroll sideways. */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}
