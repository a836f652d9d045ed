import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { insertNewLeads, signInAsAdmin } from "./admin-helpers";

test.use({ viewport: { width: 390, height: 844 } });

/** How far the page reaches past the window's right edge, in CSS pixels (0 when it fits). */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth);
}

test("on a 390 px phone each lead is a card that fits the screen and opens its lead", async ({ page }) => {
  const company = `Cardfield ${Date.now().toString(36)}`;
  const [lead] = await insertNewLeads(company, 2);
  await signInAsAdmin(page, `/admin?q=${encodeURIComponent(company)}`);
  const card = page.getByTestId("lead-row").filter({ hasText: lead?.publicRef ?? "missing" });
  await expect(card).toBeVisible();
  const box = await card.boundingBox();
  expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? Infinity) <= 390).toBe(true);
  const sla = card.getByText(/^SLA (Overdue|Due |No deadline|Answered)/);
  await sla.scrollIntoViewIfNeeded();
  await expect(sla).toBeInViewport();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  await card.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/admin/leads/${lead?.id}\\?.*\\bat=`));
});

test("no admin page scrolls sideways on a 390 px phone", async ({ page }) => {
  test.setTimeout(90_000);
  const company = `Phonefield ${Date.now().toString(36)}`;
  const [lead] = await insertNewLeads(company, 1);
  await signInAsAdmin(page, "/admin");
  const pages = [
    "/admin",
    `/admin?q=${encodeURIComponent(company)}`,
    `/admin/bulk?do=status&status=contacted&lead=${lead?.id}&back=`,
    "/admin/users",
    "/admin/inboxes",
    "/admin/routing",
    "/admin/reports",
    "/admin/mailbox",
    "/admin/exports",
    "/admin/account",
  ];
  const wide: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await horizontalOverflow(page);
    if (overflow > 0) wide.push(`${path}: ${overflow} px too wide`);
  }
  // The pages each user and inbox has, reached from their lists.
  await page.goto("/admin/users");
  await page.locator('main a[href^="/admin/users/"]').first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  if ((await horizontalOverflow(page)) > 0) wide.push(`${page.url()}: too wide`);
  await page.goto("/admin/inboxes");
  await page.locator('main a[href^="/admin/inboxes/"]').first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  if ((await horizontalOverflow(page)) > 0) wide.push(`${page.url()}: too wide`);
  expect(wide).toEqual([]);
});
