import type { Page } from "@playwright/test";
import { createDatabase } from "~/server/storage/db.server";
import { visitorWithSubmittedLead } from "../support/submitted-lead";
import { insertLeads, insertNewLeads, signInAsAdmin } from "./admin-helpers";
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, test } from "./fixtures";

// Each test signs in and runs axe more than once on a long page.
test.setTimeout(90_000);

const company = (label: string) => `Leadwork ${label} ${Date.now().toString(36)}`;

/** A day a few days ahead in the business time zone (Amsterdam), as a date field shows it. */
function daysAhead(days: number) {
  const day = new Date(Date.now() + days * 86_400_000);
  const iso = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(day);
  const [year, month, date] = iso.split("-");
  return { iso, typed: `${month}${date}${year}` };
}

async function stored(leadId: number) {
  const db = createDatabase(process.env.E2E_DATABASE_PATH ?? "");
  try {
    return {
      lead: await db.selectFrom("leads").select(["status"]).where("id", "=", leadId).executeTakeFirstOrThrow(),
      tasks: await db.selectFrom("lead_tasks").select(["due_on", "done_at"]).where("lead_id", "=", leadId).execute(),
    };
  } finally {
    await db.destroy();
  }
}

async function submittedLead(prefix: string) {
  const db = createDatabase(process.env.E2E_DATABASE_PATH ?? "");
  try {
    const baseUrl = `http://127.0.0.1:${process.env.E2E_PORT}`;
    return (await visitorWithSubmittedLead(baseUrl, db, prefix)).lead;
  } finally {
    await db.destroy();
  }
}

/** Presses Tab until the focused element matches, as someone without a mouse would. */
async function tabTo(page: Page, accessibleName: RegExp, limit = 80) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press("Tab");
    const name = await page.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | null;
      if (!element) return "";
      const label = element.labels?.[0]?.textContent ?? element.getAttribute("aria-label") ?? element.textContent;
      return `${element.tagName} ${label ?? ""}`.trim();
    });
    if (accessibleName.test(name)) return;
  }
  throw new Error(`No focusable element matching ${accessibleName} within ${limit} Tabs`);
}

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`the lead page fits ${viewport.width} px without sideways scrolling and passes axe`, async ({ page }) => {
    await page.setViewportSize(viewport);
    // A lead as a visitor sends it: routing trace, emails and timeline, everything the page can show.
    const lead = await submittedLead(`fit${viewport.width}`);
    await signInAsAdmin(page, `/admin/leads/${lead.id}`);
    await expect(page.getByRole("heading", { name: "Log contact" })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
  });
}

test("a consultant logs a call with a follow-up from the keyboard alone; the confirmation shows once", async ({
  page,
}) => {
  const [lead] = await insertNewLeads(company("Keys"), 1);
  await signInAsAdmin(page, `/admin/leads/${lead?.id}`);
  const followUp = daysAhead(3);

  await tabTo(page, /^INPUT Call/);
  await tabTo(page, /^INPUT Reached them/);
  await page.keyboard.press("ArrowRight");
  await expect(page.getByLabel("Left a message")).toBeChecked();
  await page.keyboard.press("Tab");
  await page.keyboard.type("Left a voicemail about the DPIA.");
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("New status")).toHaveValue("contacted");
  await page.keyboard.press("Tab");
  await page.keyboard.type(followUp.typed);
  await expect(page.getByLabel(/Follow up on/)).toHaveValue(followUp.iso);
  await tabTo(page, /^BUTTON Log contact/);
  await page.keyboard.press("Enter");

  const flash = page.getByTestId("flash");
  await expect(flash).toHaveText(`Contact logged, status now Contacted, follow-up on ${followUp.iso}.Dismiss`);
  await expect(flash).toHaveAttribute("aria-live", "polite");
  await expect(page).toHaveURL(new RegExp(`/admin/leads/${lead?.id}#log-contact$`));
  await expect(page.locator("#follow-ups")).toContainText("Follow up: call, left a message");
  expect(await stored(lead?.id ?? 0)).toEqual({
    lead: { status: "contacted" },
    tasks: [{ due_on: followUp.iso, done_at: null }],
  });
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);

  await page.reload();
  await expect(page.getByRole("heading", { name: "Log contact" })).toBeVisible();
  await expect(flash).toHaveText("");
});

test("from the inbox, the most urgent lead is opened, its call logged and the next lead opened, all by keyboard", async ({
  page,
}) => {
  const name = company("Queue");
  const soon = new Date(Date.now() + 3_600_000).toISOString();
  const late = new Date(Date.now() - 3_600_000).toISOString();
  const [later, urgent] = await insertLeads(
    [soon, late].map((slaDueAt) => ({
      company: name,
      status: "new" as const,
      priority: 900,
      slaDueAt,
      firstResponseAt: null,
    })),
  );
  await signInAsAdmin(page, "/admin?owner=anyone");
  // The shortcuts work once the page has hydrated; their button shows when they do.
  await expect(page.getByRole("button", { name: /Shortcuts/ })).toBeVisible();

  await page.keyboard.press("/");
  await page.keyboard.type(name);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("lead-row")).toHaveCount(2);
  await expect(page.getByLabel(/^Search/)).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("j");
  await page.keyboard.press("o");
  await expect(page).toHaveURL((url) => url.pathname === `/admin/leads/${urgent?.id}`);

  await tabTo(page, /^INPUT Call/);
  await tabTo(page, /^INPUT Reached them/);
  await page.keyboard.press("Space");
  await page.keyboard.press("n");
  await page.keyboard.type("Walked through the AI Act inventory; sending a proposal.");
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("New status")).toHaveValue("contacted");
  await tabTo(page, /^BUTTON Log contact/);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("flash")).toContainText("Contact logged");
  await expect(page.getByRole("link", { name: /^Next lead:/ })).toContainText(later?.publicRef ?? "missing");

  await page.keyboard.press("j");
  await expect(page).toHaveURL((url) => url.pathname === `/admin/leads/${later?.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByText("The last lead in this list")).toBeVisible();
  expect((await stored(urgent?.id ?? 0)).lead.status).toBe("contacted");
});

test("a refused Log contact says why by the field and changes nothing", async ({ page }) => {
  const [lead] = await insertNewLeads(company("Refused"), 1);
  await signInAsAdmin(page, `/admin/leads/${lead?.id}`);
  await page.getByLabel("New status").selectOption("lost");
  await page.getByRole("button", { name: "Log contact" }).click();
  await expect(page.locator("#contact-note-error")).toHaveText("Error: Please say in the note why the lead was lost");
  await expect(page.getByRole("textbox", { name: /^Note/ })).toHaveAttribute("aria-describedby", "contact-note-error");
  expect(await stored(lead?.id ?? 0)).toEqual({ lead: { status: "new" }, tasks: [] });
  await expectNoAxeViolations(page);
});

test("Due today lists the follow-up of today, and marking it done there confirms it", async ({ page }) => {
  const [lead] = await insertNewLeads(company("Due"), 1);
  await signInAsAdmin(page, `/admin/leads/${lead?.id}`);
  await page.getByLabel("Email", { exact: true }).check();
  await page.getByLabel(/Follow up on/).fill(daysAhead(0).iso);
  await page.getByRole("button", { name: "Log contact" }).click();
  await expect(page.getByTestId("flash")).toContainText("Contact logged");

  await page.getByRole("link", { name: "Due today" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Due today");
  const item = page.getByRole("listitem").filter({ hasText: lead?.publicRef ?? "missing" });
  await expect(item).toContainText("Follow up: email, reached them");
  await expect(item).toContainText("Due today");
  await expectNoAxeViolations(page);
  await item.getByRole("button", { name: /Mark done/ }).click();
  await expect(page.getByTestId("flash")).toContainText("Follow-up done: Follow up: email, reached them.");
  await expect(page.getByRole("listitem").filter({ hasText: lead?.publicRef ?? "missing" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
