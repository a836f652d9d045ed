import { readFile } from "node:fs/promises";
import { BANK_ANSWERS, ELSEWHERE_ANSWERS, summaryAddress } from "./summary-helpers";
import { expect, expectNoAxeViolations, test } from "./fixtures";

for (const javaScript of [true, false]) {
  test.describe(`the exposure summary with JavaScript ${javaScript ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test("opens on the band in words, what applies today, the next date, the penalty for their size and the actions", async ({
      page,
    }) => {
      const { path } = await summaryAddress(BANK_ANSWERS, `first-${javaScript}`);
      await page.goto(path);
      const first = page.getByTestId("first-screen");
      await expect(first.getByTestId("band-words")).toContainText(/Exposure band: (Critical|High|Moderate|Low): /);
      await expect(first.getByTestId("applies-today")).toHaveText(
        /regulations that may concern you apply today: .*GDPR/,
      );
      await expect(first.getByTestId("next-obligation")).toHaveText(/from \d{1,2} \w+ \d{4} \(in \d+ days?\)\.$/);
      await expect(first.getByTestId("penalty-scale")).toContainText(
        "For a company with a turnover of more than €150 million",
      );
      await expect(first.getByTestId("actions").locator("li")).toHaveCount(3);
      for (const id of ["band-words", "applies-today", "next-obligation", "penalty-scale"])
        await expect(first.getByTestId(id)).toBeInViewport();
      // axe runs inside the page, so it needs JavaScript; the HTML is the same either way.
      if (javaScript) await expectNoAxeViolations(page);
    });

    test("gives the timeline as an image with a title and a text equivalent of what is in force and what is coming", async ({
      page,
    }) => {
      const { path } = await summaryAddress(BANK_ANSWERS, `timeline-${javaScript}`);
      await page.goto(path);
      const image = page.getByRole("img", { name: /^Deadline timeline from \d{1,2} \w+ \d{4} to \d{1,2} \w+ \d{4}$/ });
      await expect(image).toBeVisible();
      await expect(image).toHaveAttribute("aria-describedby", "timeline-text");
      const text = page.getByTestId("timeline-text");
      await expect(text.getByRole("heading", { name: "In force today" })).toBeVisible();
      await expect(text).toContainText("GDPR: applies now (since 25 May 2018)");
      await expect(text.getByRole("heading", { name: "Coming" })).toBeVisible();
      await expect(text.locator("ol li").first()).toHaveText(/, from \d{1,2} \w+ \d{4} \(in \d+ days?\)$/);
    });

    test("keeps likely and possible apart, with each regulation's evidence folded until asked for", async ({
      page,
    }) => {
      const { path } = await summaryAddress(BANK_ANSWERS, `groups-${javaScript}`);
      await page.goto(path);
      const likely = page.getByTestId("group-likely");
      await expect(likely.getByRole("heading", { name: /^Likely to apply \(\d+\)$/ })).toBeVisible();
      await expect(
        page.getByTestId("group-possible").getByRole("heading", { name: /^Possibly applies \(\d+\)$/ }),
      ).toBeVisible();
      const gdpr = page.getByTestId("regime-gdpr");
      await expect(gdpr.getByTestId("when")).toHaveText("When: Applies now (since 25 May 2018).");
      await expect(gdpr.getByRole("heading", { name: "What it asks of you" })).toBeHidden();
      await gdpr.getByText("Why we think so and what it asks of you").click();
      await expect(gdpr.getByRole("heading", { name: "What it asks of you" })).toBeVisible();
      // axe runs inside the page, so it needs JavaScript; the HTML is the same either way.
      if (javaScript) await expectNoAxeViolations(page);
    });

    test("downloads the summary as a PDF that names the reference", async ({ page }) => {
      const { path } = await summaryAddress(BANK_ANSWERS, `pdf-${javaScript}`);
      await page.goto(path);
      const reference = (await page.getByTestId("reference").textContent()) ?? "";
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-pdf").click()]);
      expect(download.suggestedFilename()).toBe(`exposure-summary-${reference}.pdf`);
      const bytes = await readFile(await download.path());
      expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(bytes.toString("latin1")).toContain(`Exposure summary ${reference}`);
    });

    test("sends the summary to a colleague at the same domain, and refuses another domain with a message by the field", async ({
      page,
    }) => {
      const { path } = await summaryAddress(BANK_ANSWERS, `share-${javaScript}`);
      await page.goto(path);
      const field = page.getByLabel("Their work email (same domain as yours)");
      await field.fill("someone@elsewhere.example");
      await page.getByRole("button", { name: "Send", exact: true }).click();
      await expect(page.getByTestId("colleague-error")).toHaveText(
        "We can only send it to an address at analytical.example, the domain of the email you gave us.",
      );
      await expect(page.getByLabel("Their work email (same domain as yours)")).toHaveAttribute("aria-invalid", "true");
      if (javaScript) await expectNoAxeViolations(page);
      await page.getByLabel("Their work email (same domain as yours)").fill("cfo@analytical.example");
      await page.getByRole("button", { name: "Send", exact: true }).click();
      await expect(page.getByTestId("colleague-sent")).toHaveText("Sent to cfo@analytical.example.");
    });

    test("tells a company outside what the tool covers so, plainly, and offers the call", async ({ page }) => {
      const { path } = await summaryAddress(ELSEWHERE_ANSWERS, `uk-${javaScript}`);
      await page.goto(path);
      await expect(page.getByTestId("scope-notice")).toContainText("it does not assess the laws of other countries");
      await expect(page.getByTestId("scope-notice")).toBeInViewport();
      await expect(page.getByTestId("next-obligation")).toHaveText("No dated obligation follows from your answers.");
      await page.getByRole("link", { name: "Talk to us about it" }).click();
      await expect(page.getByRole("heading", { name: "This needs a conversation" })).toBeInViewport();
      // axe runs inside the page, so it needs JavaScript; the HTML is the same either way.
      if (javaScript) await expectNoAxeViolations(page);
    });
  });
}
