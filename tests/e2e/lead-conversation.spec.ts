import { expect, expectNoAxeViolations, test } from "./fixtures";
import { signInAsAdmin } from "./admin-helpers";
import { submitLead, uniqueEmail } from "./flow-helpers";

test("a consultant writes to a lead, the visitor replies from the local mailbox, and the reply is on the lead", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  // A lead sent through the public flow's steps, so it has a real reference and a visitor's address.
  const email = uniqueEmail("conversation");
  const stored = await submitLead(baseURL ?? "", email);
  const lead = { id: stored.id, publicRef: stored.public_ref, company: stored.company, email };
  await signInAsAdmin(page, `/admin/leads/${lead.id}`);
  const conversation = page.locator('section[aria-labelledby="conversation"]');
  await expect(conversation).toContainText("No emails written to this lead yet.");
  await expectNoAxeViolations(page);

  // Start from a first-reply template: the composer opens with it filled in and the lead beside it.
  await page.getByLabel("Start from").selectOption({ label: "Thank them and propose a call" });
  await conversation.getByRole("button", { name: /^Write to / }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/leads/${lead.id}/email\\?template=propose-call`));
  await expect(page.getByLabel("Subject")).toHaveValue(new RegExp(lead.publicRef.replace("-", "\\-")));
  await expect(page.getByLabel("Message")).toHaveValue(/would like to go through them with you/);
  await expect(page.locator('section[aria-labelledby="lead-context"]')).toContainText(lead.company);
  await expectNoAxeViolations(page);

  // An empty message is refused beside the field, and what was typed in the subject is kept.
  await page.getByLabel("Message").fill("");
  await page.getByRole("button", { name: "Send email" }).click();
  await expect(page.getByText("Please write the message")).toBeVisible();
  await expect(page.getByLabel("Message")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await page.getByLabel("Message").fill("Dear Ada,\n\nWould Tuesday at 10:00 suit you?\n\nHelena");
  await page.getByRole("button", { name: "Send email" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/leads/${lead.id}#conversation$`));
  await expect(conversation).toContainText("Would Tuesday at 10:00 suit you?");
  await expect(page.locator('section[aria-labelledby="timeline"]')).toContainText("Email written to the lead");

  // The email reaches the local mailbox once the worker has sent it; the visitor answers it there.
  const subject = page.getByRole("link", { name: new RegExp(`\\[${lead.publicRef}\\]`) });
  await expect(async () => {
    await page.goto("/admin/mailbox");
    await expect(subject).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await subject.click();
  await expect(page.getByRole("heading", { name: "Reply as the visitor" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Reply text").fill("Tuesday works.\n<b>See you then</b>");
  await page.getByRole("button", { name: "Send the reply" }).click();

  await expect(page).toHaveURL(new RegExp(`/admin/leads/${lead.id}#conversation$`));
  const messages = conversation.getByRole("listitem");
  await expect(messages).toHaveCount(2);
  await expect(messages.nth(0)).toContainText("Would Tuesday at 10:00 suit you?");
  await expect(messages.nth(1)).toContainText(`Reply from ${lead.email}`);
  await expect(messages.nth(1)).toContainText("<b>See you then</b>");
  await expect(page.locator('section[aria-labelledby="timeline"]')).toContainText("Reply received");
  await expectNoAxeViolations(page);
});
