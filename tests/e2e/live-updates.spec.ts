import { expect, expectNoAxeViolations, test } from "./fixtures";
import { signInAsAdmin } from "./admin-helpers";
import { completeQuestionnaire, fillContact, startFromArticle, storedLead, uniqueEmail } from "./flow-helpers";

test("a second browser sees a new lead appear in the inbox without a reload, announced politely", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("live");
  // The inbox searched for the address the visitor is about to use: empty until the lead arrives.
  await signInAsAdmin(page, `/admin?owner=anyone&q=${encodeURIComponent(email)}`);
  await expect(page.getByTestId("lead-row")).toHaveCount(0);
  const navigations: string[] = [];
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });

  // Another browser, with no session of its own: a visitor submitting the public form.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await startFromArticle(visitor);
  await completeQuestionnaire(visitor);
  await fillContact(visitor, email);
  await visitor.getByRole("button", { name: "Review my answers" }).click();
  await visitor.getByRole("button", { name: /Send and see my exposure summary/ }).click();
  await expect(visitor).toHaveURL(/\/assess\/done\//);
  await visitorContext.close();
  const lead = await storedLead(email);

  await expect(page.getByRole("link", { name: lead?.public_ref ?? "missing" }).first()).toBeVisible();
  const announcement = page.getByTestId("live-updates");
  await expect(announcement).toHaveText("1 new lead");
  await expect(announcement).toHaveAttribute("role", "status");
  expect(navigations, "the page was not reloaded").toEqual([]);
  await expectNoAxeViolations(page);
});
