import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { insertNewLeads, signInAsAdmin } from "./admin-helpers";

/** Follows the inbox's "Export CSV" link from the keyboard and returns the downloaded file. */
async function exportFromKeyboard(page: Page) {
  const link = page.getByRole("link", { name: /Export CSV/ });
  await link.focus();
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

test("the inbox's Export CSV link downloads the leads of the filtered view", async ({ page }) => {
  const company = `Exportfield ${Date.now().toString(36)}`;
  const leads = await insertNewLeads(company, 3);
  await signInAsAdmin(page, `/admin?q=${encodeURIComponent(company)}`);

  const file = await exportFromKeyboard(page);
  expect(file.name).toMatch(/^leads-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = file.bytes.toString("utf8");
  for (const lead of leads) expect(text).toContain(lead.publicRef);
  expect(text.trimEnd().split("\r\n")).toHaveLength(1 + leads.length);

  await page.getByRole("link", { name: "Exports" }).click();
  await expect(page.getByRole("table", { name: "CSV exports, newest first" })).toContainText(company);
  await expectNoAxeViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the Export CSV link still downloads the file", async ({ page }) => {
    const company = `Plainexport ${Date.now().toString(36)}`;
    const leads = await insertNewLeads(company, 2);
    await signInAsAdmin(page, `/admin?q=${encodeURIComponent(company)}`);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: /Export CSV/ }).click(),
    ]);
    const text = (await readFile(await download.path())).toString("utf8");
    for (const lead of leads) expect(text).toContain(lead.publicRef);
  });
});
