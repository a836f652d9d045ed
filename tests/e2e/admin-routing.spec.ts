import { expect, expectNoAxeViolations, expectNoHorizontalScroll, test } from "./fixtures";
import { signInAsAdmin } from "./admin-helpers";

test("an administrator reads the routing rules in words and is told what is wrong with an edit", async ({ page }) => {
  // Two full-page accessibility checks of the whole demo ruleset in words, and a round trip of it
  // as JSON, take about 20 s on a quiet machine since the ruleset gained the EU and UK regimes.
  test.setTimeout(60_000);
  await signInAsAdmin(page);
  await page.getByRole("link", { name: "Routing" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Routing rules");
  await expect(page.getByRole("heading", { name: /In force: version/ })).toBeVisible();
  await expect(
    page.getByRole("table", { name: /Stored versions/ }).getByText("In force", { exact: true }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // An edit naming an inbox that does not exist is refused, and nothing changes in force.
  // Other tests may have stored versions before this one: what counts is that none is added.
  const storedBefore = await page.getByTestId("routing-version").count();
  const rules = page.getByLabel("Rules (JSON)");
  const text = await rules.inputValue();
  await rules.fill(text.replace(/"fallbackInbox": "[^"]+"/, '"fallbackInbox": "legal"'));
  await page.getByRole("button", { name: "Save the new version" }).click();
  await expect(page.getByTestId("routing-problems")).toContainText('fallbackInbox: Unknown inbox "legal"');
  await expect(page.getByLabel("Rules (JSON)")).toHaveValue(/"fallbackInbox": "legal"/);
  await expect(page.getByTestId("routing-version")).toHaveCount(storedBefore);
  await expectNoAxeViolations(page);
});

// On the second server, whose database no other test routes leads through: these tests change
// which rules are in force, so they run one after the other.
test.describe("putting an older version back in force", () => {
  test.describe.configure({ mode: "serial" });
  test.use({ baseURL: `http://127.0.0.1:${process.env.E2E_TRAP_PORT}` });

  for (const javaScript of [true, false]) {
    test.describe(javaScript ? "with JavaScript" : "without JavaScript", () => {
      test.use({ javaScriptEnabled: javaScript });

      test("asks the administrator to confirm before an older version routes new leads", async ({ page }) => {
        await signInAsAdmin(page, "/admin/routing", process.env.E2E_TRAP_DATABASE_PATH);
        const heading = page.getByRole("heading", { name: /In force: version/ });
        const olderVersion = (await heading.textContent())?.replace(/^In force: version /, "") ?? "";

        // A new version stored and put in force, so the one in force becomes an older one.
        const newer = `2027.9.${Date.now() % 100_000}`;
        const rules = page.getByLabel("Rules (JSON)");
        await rules.fill((await rules.inputValue()).replace(/"version": "[^"]+"/, `"version": "${newer}"`));
        await page
          .getByLabel(/^Put in force now/)
          .last()
          .check();
        await page
          .getByLabel(/^Yes, put it in force now/)
          .last()
          .check();
        await page.getByRole("button", { name: "Save the new version" }).click();
        await expect(heading).toHaveText(`In force: version ${newer}`);

        // The older version's action opens a confirmation first; nothing changes until it is given.
        const versions = page.getByRole("table", { name: /Stored versions/ });
        const putInForce = versions.getByRole("button", { name: `Put version ${olderVersion} in force` });
        await expect(putInForce).toBeHidden();
        await versions.getByText(`Put version ${olderVersion} back in force…`).click();
        await expect(
          versions.getByText(`New leads are routed by version ${olderVersion} from the moment`),
        ).toBeVisible();
        // Open, the confirmation still fits a phone's width.
        await page.setViewportSize({ width: 390, height: 844 });
        await expectNoHorizontalScroll(page);

        // Without the tick the server refuses, says so beside the box, and the rules in force stay.
        await putInForce.click();
        const confirm = versions.getByLabel(`Yes, put version ${olderVersion} back in force`);
        await expect(confirm).toHaveAttribute("aria-invalid", "true");
        await expect(confirm).toHaveAccessibleDescription(/Tick the box to confirm/);
        await expect(heading).toHaveText(`In force: version ${newer}`);
        // axe runs in the page, so only where the page runs scripts.
        if (javaScript) await expectNoAxeViolations(page);

        await confirm.check();
        await putInForce.click();
        await expect(heading).toHaveText(`In force: version ${olderVersion}`);
      });
    });
  }
});
