import { expect, expectNoAxeViolations, test } from "./fixtures";
import { insertLeads, signInAsAdmin } from "./admin-helpers";

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

const focusedLeadRef = (page: import("@playwright/test").Page) =>
  page.evaluate(
    () => document.activeElement?.closest(".lead-row")?.querySelector("a.lead-open b")?.textContent ?? null,
  );

test("j and k move through the leads, x ticks one, and o opens it", async ({ page }) => {
  const company = `Shortcutfield ${Date.now().toString(36)}`;
  await urgentLeads(company, 3);
  await signInAsAdmin(page, `/admin?q=${encodeURIComponent(company)}`);
  const rows = page.getByTestId("lead-row");
  await expect(rows).toHaveCount(3);
  await expect(page.getByRole("button", { name: /Shortcuts/ })).toBeVisible();
  const refs = await rows.locator("a.lead-open b").allTextContents();

  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("j");
  expect(await focusedLeadRef(page)).toBe(refs[0]);
  await page.keyboard.press("j");
  expect(await focusedLeadRef(page)).toBe(refs[1]);
  await page.keyboard.press("k");
  expect(await focusedLeadRef(page)).toBe(refs[0]);

  await page.keyboard.press("x");
  await expect(rows.first().locator("input.lead-select")).toBeChecked();
  await expect(page.getByTestId("selected-count")).toHaveText("1 lead selected");

  const href = await rows.first().locator("a.lead-open").getAttribute("href");
  await page.keyboard.press("o");
  await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === href);
});

test("on a lead, n goes to Log contact's note and s to the status; g then i goes back to the inbox", async ({
  page,
}) => {
  const [lead] = await urgentLeads(`Shortcutlead ${Date.now().toString(36)}`, 1);
  await signInAsAdmin(page, `/admin/leads/${lead?.id}`);
  await expect(page.getByRole("button", { name: /Shortcuts/ })).toBeVisible();
  await page.keyboard.press("n");
  await expect(page.locator("#contact-note")).toBeFocused();
  // Typing in a field is text, never a shortcut.
  await page.keyboard.type("just spoke");
  await expect(page.locator("#contact-note")).toHaveValue("just spoke");
  await expect(page).toHaveURL(/\/admin\/leads\/\d+/);

  await page.locator("#contact-note").blur();
  await page.keyboard.press("s");
  await expect(page.locator("#status")).toBeFocused();
  await page.locator("#status").blur();
  await page.keyboard.press("g");
  await page.keyboard.press("i");
  await expect(page).toHaveURL(/\/admin$/);
});

test("slash puts the cursor in the search, and ? lists every shortcut in a dialog that Escape closes", async ({
  page,
}) => {
  await signInAsAdmin(page, "/admin/account");
  await expect(page.getByRole("button", { name: /Shortcuts/ })).toBeVisible();
  await page.keyboard.press("/");
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.locator('input[name="q"]')).toBeFocused();
  await page.keyboard.type("j");
  await expect(page.locator('input[name="q"]')).toHaveValue("j");

  await page.locator('input[name="q"]').blur();
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator("dt")).toHaveCount(10);
  await expect(dialog).toContainText("Go to the inbox");
  await expectNoAxeViolations(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});
