import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { idOf, insertLeads, signInAs, signInAsAdmin } from "./admin-helpers";

const CONSULTANT = "priya.raman@meridian-audit.example";

const uniqueCompany = (label: string) => `Inboxfield ${label} ${Date.now().toString(36)}`;

/** How far the page reaches past the window's right edge, in CSS pixels (0 when it fits). */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth);
}

/** Leads due soon and of the highest priority, so they lead the inbox whatever other tests add. */
async function urgentLeads(company: string, count: number) {
  const soon = new Date(Date.now() + 3_600_000).toISOString();
  return insertLeads(
    Array.from({ length: count }, () => ({
      company,
      status: "new" as const,
      priority: 1000,
      slaDueAt: soon,
      firstResponseAt: null,
    })),
  );
}

test("at 1280 px the inbox fits the window and its first lead sits in the first screen", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await urgentLeads(uniqueCompany("Wide"), 3);
  await signInAsAdmin(page, "/admin");
  const first = page.getByTestId("lead-row").first();
  await expect(first).toBeVisible();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  expect((await first.boundingBox())?.y ?? Infinity).toBeLessThan(600);
  await expectNoAxeViolations(page);
});

test("at 1024 px every row shows its SLA state inside the window", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await urgentLeads(uniqueCompany("Narrow"), 2);
  await signInAsAdmin(page, "/admin");
  const sla = page
    .getByTestId("lead-row")
    .first()
    .getByText(/^SLA (Overdue|Due )/);
  await expect(sla).toBeVisible();
  const box = await sla.boundingBox();
  expect((box?.x ?? Infinity) + (box?.width ?? 0)).toBeLessThanOrEqual(1024);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
});

test("the keyboard reaches the first lead in three Tabs through the skip link, and Enter opens it", async ({
  page,
}) => {
  const company = uniqueCompany("Keys");
  const [lead] = await urgentLeads(company, 1);
  await signInAsAdmin(page, `/admin?q=${encodeURIComponent(company)}`);
  // A fresh load, so the keyboard starts at the top of the page as it does on arrival.
  await page.reload();
  await expect(page.getByTestId("lead-row").first()).toBeVisible();
  const firstLink = page.getByTestId("lead-row").first().getByRole("link");
  await expect(firstLink).toContainText(lead?.publicRef ?? "missing");

  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to the leads" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel(`Select ${lead?.publicRef}`)).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(firstLink).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/admin/leads/${lead?.id}\\?.*\\bat=`));
});

test("a click anywhere on a row opens its lead, and its checkbox still only ticks it", async ({ page }) => {
  const company = uniqueCompany("Click");
  const [lead] = await urgentLeads(company, 1);
  await signInAsAdmin(page, `/admin?q=${encodeURIComponent(company)}`);
  const row = page.getByTestId("lead-row").filter({ hasText: lead?.publicRef ?? "missing" });
  await row.getByLabel(`Select ${lead?.publicRef}`).check();
  await expect(page).toHaveURL(/\/admin\?q=/);
  await expect(page.getByTestId("selected-count")).toHaveText("1 lead selected");
  // The row's right edge is plain text: the row's link, stretched over the row, takes the click.
  const box = await row.boundingBox();
  await row.click({ position: { x: (box?.width ?? 100) - 12, y: 12 } });
  await expect(page).toHaveURL(new RegExp(`/admin/leads/${lead?.id}\\?.*\\bat=`));
});

test("a consultant opens the inbox on their own open leads and can switch to all leads", async ({ page }) => {
  // Two signed-in pages with axe on each: more than the default budget on a busy two-core machine.
  test.setTimeout(60_000);
  const company = uniqueCompany("Mine");
  const priya = await idOf("users", CONSULTANT);
  const privacy = await idOf("inboxes", "privacy-data");
  const soon = new Date(Date.now() + 3_600_000).toISOString();
  const [mine, unassigned, won] = await insertLeads(
    (
      [
        { ownerId: priya, status: "contacted" },
        { ownerId: null, status: "new" },
        { ownerId: priya, status: "won" },
      ] as const
    ).map((fields) => ({ ...fields, company, inboxId: privacy, priority: 1000, slaDueAt: soon })),
  );
  await signInAs(page, CONSULTANT, "/admin");
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("link", { name: "My open leads" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("Your open leads", { exact: false })).toBeVisible();
  const rows = page.getByTestId("lead-row");
  await expect(rows.filter({ hasText: mine?.publicRef ?? "missing" })).toHaveCount(1);
  await expect(rows.filter({ hasText: unassigned?.publicRef ?? "missing" })).toHaveCount(0);
  await expect(rows.filter({ hasText: won?.publicRef ?? "missing" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "All leads" }).click();
  await expect(page).toHaveURL(/\/admin\?owner=anyone$/);
  await expect(page.getByRole("link", { name: "All leads" })).toHaveAttribute("aria-current", "page");
  await page.getByLabel(/^Search/).fill(company);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(rows).toHaveCount(3);
  await expectNoAxeViolations(page);
});

test("an administrator opens the inbox on every lead", async ({ page }) => {
  await signInAsAdmin(page, "/admin");
  await expect(page.getByRole("link", { name: "All leads" })).toHaveAttribute("aria-current", "page");
});

test("the selection bar stays in sight while the leads scroll, with its count", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  const company = uniqueCompany("Sticky");
  const leads = await urgentLeads(company, 12);
  await signInAsAdmin(page, `/admin?q=${encodeURIComponent(company)}`);
  await expect(page.getByTestId("selected-count")).toHaveText("No leads selected");
  await page.getByLabel(`Select ${leads[0]?.publicRef}`).check();
  await page.getByLabel(`Select ${leads[11]?.publicRef}`).scrollIntoViewIfNeeded();
  await page.getByLabel(`Select ${leads[11]?.publicRef}`).check();
  await expect(page.getByTestId("selected-count")).toHaveText("2 leads selected");
  await expect(page.getByRole("button", { name: "Review assignment" })).toBeInViewport();
  await expect(page.getByLabel("Change status to")).toBeInViewport();
  await expectNoAxeViolations(page);
});

test("the filters beyond the search fold away and say which are set", async ({ page }) => {
  await signInAsAdmin(page, "/admin?band=High&status=open");
  const more = page.getByText("More filters");
  await expect(page.locator("summary", { hasText: "More filters" })).toContainText("open, High");
  await more.click();
  await expect(page.getByLabel("Band", { exact: true })).toHaveValue("High");
  await expect(page.getByLabel("Status", { exact: true })).toHaveValue("open");
  await expectNoAxeViolations(page);
});
