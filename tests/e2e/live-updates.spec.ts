import { expect, expectNoAxeViolations, test } from "./fixtures";
import { signInAsAdmin } from "./admin-helpers";
import { submitLead, uniqueEmail } from "./flow-helpers";

test("an open inbox shows a lead submitted meanwhile without a reload, announced politely", async ({
  page,
  baseURL,
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

  // A visitor with no session of the consultant's submits the public form.
  const lead = await submitLead(baseURL ?? "", email);

  await expect(page.getByRole("link", { name: lead.public_ref }).first()).toBeVisible();
  const announcement = page.getByTestId("live-updates");
  await expect(announcement).toHaveText("1 new lead");
  await expect(announcement).toHaveAttribute("role", "status");
  expect(navigations, "the page was not reloaded").toEqual([]);
  await expectNoAxeViolations(page);
});
