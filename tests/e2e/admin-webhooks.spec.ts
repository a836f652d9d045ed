import { expect, expectNoAxeViolations, test } from "./fixtures";
import { signInAsAdmin } from "./admin-helpers";

/**
 * A public address that needs no DNS. The endpoint is disabled as soon as it is made and deleted at
 * the end, so nothing is ever sent to it.
 */
const PUBLIC_URL = "https://203.0.114.10/e2e-crm";

test("an administrator adds a webhook endpoint, sees its secret once, rotates it, disables and deletes the endpoint", async ({
  page,
}) => {
  // Four axe runs and six page loads.
  test.setTimeout(90_000);
  await signInAsAdmin(page);
  await page.getByRole("link", { name: "Webhooks" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Webhooks");
  await expectNoAxeViolations(page);

  await page.getByLabel("Address").fill("http://crm.example/hooks");
  await page.getByRole("button", { name: "Add endpoint" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Only https:// addresses can receive events.");
  await expect(page.getByTestId("error-summary")).toContainText("Choose at least one event.");
  await expectNoAxeViolations(page);

  await page.getByLabel("Address").fill(PUBLIC_URL);
  await page.getByLabel("Description").fill("End-to-end CRM");
  await page.getByLabel(/booking\.created/).check();
  await page.getByLabel(/booking\.moved/).check();
  await page.getByLabel(/booking\.cancelled/).check();
  await page.getByRole("button", { name: "Add endpoint" }).click();
  await expect(page.getByTestId("new-secret")).toHaveText(/^whsec_/);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: PUBLIC_URL }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(PUBLIC_URL);
  await expect(page.getByText("booking.created, booking.moved, booking.cancelled")).toBeVisible();
  await page.getByRole("button", { name: "Disable endpoint" }).click();
  await expect(page.getByTestId("flash")).toContainText("Endpoint disabled.");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Rotate secret" }).click();
  await expect(page.getByTestId("new-secret")).toHaveText(/^whsec_/);
  await expect(page.getByText("Still signs until")).toBeVisible();

  await page.getByLabel("Delete the endpoint and its delivery history").check();
  await page.getByRole("button", { name: "Delete endpoint" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Webhooks");
  await expect(page.getByRole("link", { name: PUBLIC_URL })).toHaveCount(0);
});
