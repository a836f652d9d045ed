import { callMessages } from "./booking-helpers";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { BANK_ANSWERS, summaryAddress } from "./summary-helpers";

for (const javaScript of [true, false]) {
  test.describe(`booking a call, JavaScript ${javaScript ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled: javaScript, timezoneId: "Europe/London" });

    test("books from the summary, the .ics reaches the local mailbox, then the call is moved and cancelled from its link", async ({
      page,
    }) => {
      test.setTimeout(60_000);
      const { path, email } = await summaryAddress(BANK_ANSWERS, `book-${javaScript}`);
      await page.goto(path);
      await page.getByTestId("book-call").click();
      await expect(page.getByRole("heading", { level: 1, name: /^Book a call with / })).toBeVisible();
      if (javaScript) {
        // The browser's own zone is picked up without asking.
        await expect(page).toHaveURL(/tz=Europe%2FLondon/);
        await expectNoAxeViolations(page);
      } else {
        await page.getByLabel("Times are shown in").selectOption("Europe/London");
        await page.getByRole("button", { name: "Show" }).click();
      }
      await expect(page.getByLabel("Times are shown in")).toHaveValue("Europe/London");
      await page.getByRole("radio").first().check();
      await page.getByRole("button", { name: "Book this time" }).click();
      await expect(page.getByTestId("booking-notice")).toHaveText(
        "Your call is booked. We have emailed you the invitation.",
      );
      await expect(page.getByTestId("call-time")).toContainText("(Europe/London)");
      if (javaScript) await expectNoAxeViolations(page);

      await expect.poll(async () => (await callMessages(email)).length, { timeout: 15_000 }).toBe(2);
      const [toVisitor] = (await callMessages(email)).filter((message) => message.to_address === email);
      expect(toVisitor?.subject).toMatch(/^Call booked: .*\(Europe\/London\)/);
      expect(toVisitor?.attachments[0]?.filename).toBe("call.ics");
      expect(toVisitor?.attachments[0]?.content).toContain("METHOD:REQUEST");
      expect(toVisitor?.attachments[0]?.content).toContain("BEGIN:VEVENT");
      expect(toVisitor?.reply_to).toMatch(/@/);

      const before = (await page.getByTestId("call-time").textContent()) ?? "";
      await page.getByRole("radio").nth(2).check();
      await page.getByRole("button", { name: "Move to this time" }).click();
      await expect(page.getByTestId("booking-notice")).toHaveText(
        "Your call is moved. We have emailed you the new invitation.",
      );
      await expect(page.getByTestId("call-time")).not.toHaveText(before);

      await page.getByRole("button", { name: "Cancel the call" }).click();
      await expect(page.getByTestId("call-ended")).toContainText("is cancelled");
      await expect.poll(async () => (await callMessages(email)).length, { timeout: 15_000 }).toBe(6);
      const cancellation = (await callMessages(email)).find(
        (message) => message.subject.startsWith("Call cancelled") && message.to_address === email,
      );
      expect(cancellation?.attachments[0]?.content).toContain("METHOD:CANCEL");
    });
  });
}
