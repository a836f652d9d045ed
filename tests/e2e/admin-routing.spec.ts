import { expect, expectNoAxeViolations, test } from "./fixtures";
import { signInAsAdmin } from "./admin-helpers";

test("an administrator reads the routing rules in words and is told what is wrong with an edit", async ({ page }) => {
  // Two full-page accessibility checks of the whole demo ruleset in words, and a round trip of it
  // as JSON, take about 20 s on a quiet machine since the ruleset gained the EU and UK regimes.
  test.setTimeout(60_000);
  await signInAsAdmin(page);
  await page.getByRole("link", { name: "Routing" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Routing rules");
  await expect(page.getByRole("heading", { name: /In force: version/ })).toBeVisible();
  await expect(
    page.getByRole("table", { name: /Stored versions/ }).getByText("In force", { exact: true }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // An edit naming an inbox that does not exist is refused, and nothing changes in force.
  // Other tests may have stored versions before this one: what counts is that none is added.
  const storedBefore = await page.getByTestId("routing-version").count();
  const rules = page.getByLabel("Rules (JSON)");
  const text = await rules.inputValue();
  await rules.fill(text.replace(/"fallbackInbox": "[^"]+"/, '"fallbackInbox": "legal"'));
  await page.getByRole("button", { name: "Save the new version" }).click();
  await expect(page.getByTestId("routing-problems")).toContainText('fallbackInbox: Unknown inbox "legal"');
  await expect(page.getByLabel("Rules (JSON)")).toHaveValue(/"fallbackInbox": "legal"/);
  await expect(page.getByTestId("routing-version")).toHaveCount(storedBefore);
  await expectNoAxeViolations(page);
});
