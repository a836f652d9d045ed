import { expect, expectNoAxeViolations, expectNoHorizontalScroll, test } from "./fixtures";
import { insertNewLeads, signInAsAdmin } from "./admin-helpers";

// axe reads every chart and table of a long page: more than the default time on a busy machine.
test.describe.configure({ timeout: 90_000 });

test.beforeAll(async () => {
  await insertNewLeads(`Reportfield ${Date.now().toString(36)}`, 3);
});

const CHARTS = [
  "Leads and qualified leads by week",
  "From assessment to won",
  "Where visitors leave the questionnaire",
  "Articles ranked by qualified leads",
  "First responses against the deadline, by consultant",
];

test("an administrator reads which articles and regulations bring leads, and opens the leads behind a line", async ({
  page,
}) => {
  await signInAsAdmin(page);
  await page.getByRole("link", { name: "Reports" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reports");
  await expect(page.getByRole("table", { name: "By source article" })).toBeVisible();
  await expect(page.getByRole("table", { name: "By exposure band" }).getByRole("row")).not.toHaveCount(1);
  await expectNoAxeViolations(page);

  // A period that ends before it starts is refused with a message at the field.
  await page.getByLabel("From", { exact: true }).fill("2026-06-01");
  await page.getByLabel("To (included)").fill("2026-05-01");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByTestId("report-to-error")).toHaveText("The from date must not be after the to date");
  await expect(page.getByLabel("To (included)")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await page.goBack();
  await page.getByRole("table", { name: "By exposure band" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/admin\?from=.*&band=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inbox");
});

for (const width of [1280, 390]) {
  test(`the charts, their summaries and their numbers fit a ${width} px wide screen and pass axe`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await signInAsAdmin(page, "/admin/reports?preset=12w");
    for (const name of CHARTS) await expect(page.getByRole("img", { name })).toBeVisible();
    await expect(page.getByTestId("weekly-summary")).toContainText("over 12 weeks");
    // The numbers behind each chart open in place.
    for (const disclosure of await page.locator("details > summary").all()) await disclosure.click();
    await expect(page.getByRole("region", { name: "Leads and qualified leads by week: the numbers" })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an administrator picks a period and a topic, and reads the charts the server drew", async ({ page }) => {
    await signInAsAdmin(page, "/admin/reports");
    await page.getByLabel("Period", { exact: true }).selectOption("26w");
    await page.getByLabel("Topic").selectOption("gdpr");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/preset=26w/);
    await expect(page).toHaveURL(/topic=gdpr/);
    await expect(page.getByLabel("Topic")).toHaveValue("gdpr");
    for (const name of CHARTS) await expect(page.getByRole("img", { name })).toBeVisible();
    await expect(page.getByTestId("weekly-summary")).toContainText("26 weeks");
    await page.getByText("The numbers behind “From assessment to won”").click();
    await expect(page.getByRole("region", { name: "From assessment to won: the numbers" })).toBeVisible();

    await page.goto("/admin/reports?topic=astrology");
    await expect(page.getByTestId("report-topic-error")).toContainText("The topic must be one of");
  });
});
