import { createDatabase } from "~/server/storage/db.server";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { signInAsAdmin } from "./admin-helpers";

/** A delivery that failed for good, as the worker leaves one, listed on the endpoint's page. */
async function insertFailedDelivery(endpointId: number, id: string) {
  const db = createDatabase(process.env.E2E_DATABASE_PATH ?? "");
  try {
    const at = new Date().toISOString();
    await db
      .insertInto("webhook_deliveries")
      .values({
        id,
        endpoint_id: endpointId,
        event_type: "booking.created",
        lead_id: null,
        body: "{}",
        status: "failed",
        attempts: 8,
        response_code: 500,
        last_error: "The receiver answered 500",
        last_attempt_at: at,
        next_attempt_at: at,
        created_at: at,
      })
      .execute();
  } finally {
    await db.destroy();
  }
}

/**
 * A public address that needs no DNS. The endpoint is disabled as soon as it is made and deleted at
 * the end, so nothing is ever sent to it.
 */
const PUBLIC_URL = "https://203.0.114.10/e2e-crm";

test("an administrator adds a webhook endpoint, sees its secret once, disables it, resends a failed delivery, rotates the secret and deletes the endpoint", async ({
  page,
}) => {
  // Five axe runs and eight page loads.
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

  // A failed delivery is listed with its status, response code and a button that queues it again
  // (held while the endpoint is disabled, so nothing is sent).
  const endpointId = Number(/\/admin\/webhooks\/(\d+)/.exec(page.url())?.[1]);
  const deliveryId = `msg_e2e-${Date.now().toString(36)}`;
  await insertFailedDelivery(endpointId, deliveryId);
  await page.reload();
  const row = page.getByTestId("delivery-row").filter({ hasText: deliveryId });
  await expect(row).toContainText("failed");
  await expect(row).toContainText("500");
  await expectNoAxeViolations(page);
  await row.getByRole("button", { name: `Resend booking.created ${deliveryId}` }).click();
  await expect(page.getByTestId("flash")).toContainText("Delivery queued to be sent again.");
  await expect(row).toContainText("pending");

  await page.getByRole("button", { name: "Rotate secret" }).click();
  await expect(page.getByTestId("new-secret")).toHaveText(/^whsec_/);
  await expect(page.getByText("Still signs until")).toBeVisible();

  await page.getByLabel("Delete the endpoint and its delivery history").check();
  await page.getByRole("button", { name: "Delete endpoint" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Webhooks");
  await expect(page.getByRole("link", { name: PUBLIC_URL })).toHaveCount(0);
});
