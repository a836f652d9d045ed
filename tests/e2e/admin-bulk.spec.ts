import { expect, expectNoAxeViolations, test } from "./fixtures";
import { insertNewLeads, signInAsAdmin, storedState } from "./admin-helpers";

const uniqueCompany = (label: string) => `Bulkfield ${label} ${Date.now().toString(36)}`;

test("a consultant ticks every lead on the page, reviews a status change and confirms it", async ({ page }) => {
  const company = uniqueCompany("Status");
  const leads = await insertNewLeads(company, 3);
  await signInAsAdmin(page, `/admin?q=${encodeURIComponent(company)}`);
  await expect(page.getByTestId("lead-row")).toHaveCount(3);

  await page.getByLabel("Select every lead on this page").check();
  for (const lead of leads) await expect(page.getByLabel(`Select ${lead.publicRef}`)).toBeChecked();
  await page.getByLabel("Change status to").selectOption("contacted");
  await page.getByRole("button", { name: "Review status change" }).click();

  await expect(page).toHaveURL(/\/admin\/bulk\?/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Change the status to Contacted");
  await expect(page.getByTestId("bulk-row")).toHaveCount(3);
  await expectNoAxeViolations(page);
  expect((await storedState(leads.map((lead) => lead.id))).map((lead) => lead.status)).toEqual(["new", "new", "new"]);

  await page.getByRole("button", { name: "Confirm: change the status to Contacted for 3 leads" }).click();
  await expect(page.getByTestId("flash")).toContainText(/3 leads changed\./);
  await expect(page).toHaveURL(new RegExp(`/admin\\?q=${encodeURIComponent(company).replace(/%20/g, "\\+")}`));
  await expect(page.getByTestId("lead-row").filter({ hasText: "Contacted" })).toHaveCount(3);
  expect((await storedState(leads.map((lead) => lead.id))).map((lead) => lead.status)).toEqual([
    "contacted",
    "contacted",
    "contacted",
  ]);

  // Each lead's timeline records the change, as if it had been made on its own page.
  await page.getByRole("link", { name: leads[0]?.publicRef ?? "missing" }).click();
  await expect(page.locator('section[aria-labelledby="timeline"]')).toContainText("Status changed");
  await expect(page.locator('section[aria-labelledby="timeline"]')).toContainText("From New to Contacted");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a consultant assigns one ticked lead after reviewing it, and cancelling changes nothing", async ({ page }) => {
    const company = uniqueCompany("Assign");
    const [first, second] = await insertNewLeads(company, 2);
    await signInAsAdmin(page, `/admin?q=${encodeURIComponent(company)}`);
    await expect(page.getByLabel("Select every lead on this page")).toHaveCount(0);

    // Review, then cancel: nothing changes.
    await page.getByLabel(`Select ${second?.publicRef}`).check();
    await page.getByLabel("Assign to").selectOption({ label: "Amara Okafor" });
    await page.getByRole("button", { name: "Review assignment" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Assign to Amara Okafor");
    await page.getByRole("link", { name: "Cancel" }).click();
    await expect(page.getByTestId("lead-row")).toHaveCount(2);
    expect((await storedState([first?.id ?? 0, second?.id ?? 0])).map((lead) => lead.owner_id)).toEqual([null, null]);

    await page.getByLabel(`Select ${second?.publicRef}`).check();
    await page.getByLabel("Assign to").selectOption({ label: "Amara Okafor" });
    await page.getByRole("button", { name: "Review assignment" }).click();
    await page.getByRole("button", { name: "Confirm: assign to Amara Okafor for 1 lead" }).click();
    await expect(page.getByTestId("flash")).toContainText(/1 lead changed\./);
    await expect(page.getByTestId("lead-row").filter({ hasText: second?.publicRef ?? "missing" })).toContainText(
      "Amara Okafor",
    );
    const owners = (await storedState([first?.id ?? 0, second?.id ?? 0])).map((lead) => lead.owner_id);
    expect(owners[0]).toBeNull();
    expect(owners[1]).not.toBeNull();
  });

  test("marking leads lost asks for the reason on the review page", async ({ page }) => {
    const company = uniqueCompany("Lost");
    const [lead] = await insertNewLeads(company, 1);
    await signInAsAdmin(page, `/admin?q=${encodeURIComponent(company)}`);
    await page.getByLabel(`Select ${lead?.publicRef}`).check();
    await page.getByLabel("Change status to").selectOption("lost");
    await page.getByRole("button", { name: "Review status change" }).click();
    await page.getByLabel("Why were these leads lost?").fill("Budget moved to next year");
    await page.getByRole("button", { name: "Confirm: change the status to Lost for 1 lead" }).click();
    await expect(page.getByTestId("flash")).toContainText("1 lead changed.");
    expect((await storedState([lead?.id ?? 0]))[0]?.status).toBe("lost");
  });
});
