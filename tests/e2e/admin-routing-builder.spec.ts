import { createDatabase } from "~/server/storage/db.server";
import { type RoutingRule, type RoutingRuleset, parseRoutingRuleset } from "~/domain/routing";
import { signInAsAdmin } from "./admin-helpers";
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, test } from "./fixtures";

/** The rules in force and the inboxes, read from the database the server uses. */
async function stored(version?: string) {
  const db = createDatabase(process.env.E2E_DATABASE_PATH ?? "");
  try {
    const row = await db
      .selectFrom("routing_rulesets")
      .select("ruleset")
      .$call((query) => (version ? query.where("version", "=", version) : query.where("active", "=", 1)))
      .executeTakeFirstOrThrow();
    const inboxes = await db.selectFrom("inboxes").select("slug").execute();
    return { ruleset: JSON.parse(row.ruleset) as RoutingRuleset, inboxes: inboxes.map((inbox) => inbox.slug) };
  } finally {
    await db.destroy();
  }
}

const NEW_RULE: RoutingRule = {
  id: "large-high-priority",
  name: "Large firms with high priority",
  when: [
    { field: "employees", op: "in", value: ["750-plus"] },
    { field: "priority", op: "gte", value: 60 },
  ],
  inbox: "cyber-resilience",
};

for (const javaScript of [true, false]) {
  test.describe(javaScript ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled: javaScript });

    test("an administrator builds a new version with the form, tries it on recent leads and stores the same ruleset as its JSON", async ({
      page,
    }) => {
      // The page lays out every rule in force as a form; each step without JavaScript is a round trip.
      test.setTimeout(240_000);
      const version = `2027.${javaScript ? 7 : 8}.${Date.now() % 100_000}`;
      const { ruleset: inForce, inboxes } = await stored();
      const count = inForce.rules.length;
      await signInAsAdmin(page, "/admin/routing");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Routing rules");
      await page.getByRole("link", { name: "Open the rule builder" }).click();
      const builder = page.getByTestId("rule-builder");

      // A new rule at the end, with two conditions picked from the rules' own choices.
      await builder.getByRole("button", { name: "Add a rule" }).click();
      const added = builder.getByRole("group", { name: new RegExp(`^Rule ${count + 1}`) });
      await added.getByLabel(`Name of rule ${count + 1}`).fill(NEW_RULE.name);
      await added.getByLabel(`Id of rule ${count + 1}`).fill(NEW_RULE.id);
      await added.getByLabel(`New condition for rule ${count + 1}`).selectOption("employees:in");
      await added.getByRole("button", { name: `Add condition to rule ${count + 1}` }).click();
      await builder
        .getByRole("group", { name: "Condition 1: Employees is one of" })
        .last()
        .getByLabel("750 or more")
        .check();
      await added.getByLabel(`New condition for rule ${count + 1}`).selectOption("priority:gte");
      await added.getByRole("button", { name: `Add condition to rule ${count + 1}` }).click();
      await added
        .getByRole("group", { name: "Condition 2: Priority is at least" })
        .getByLabel(/^Value/)
        .fill("60");
      await added.getByLabel(`Inbox for rule ${count + 1}`).selectOption(NEW_RULE.inbox);

      // Up one place, before the last rule in force; and the first rule goes.
      await builder.getByRole("button", { name: `Move rule ${count + 1} up` }).click();
      await expect(builder.getByLabel(`Name of rule ${count}`)).toHaveValue(NEW_RULE.name);
      await builder.getByRole("button", { name: "Remove rule 1", exact: true }).click();
      await expect(builder.getByLabel(`Name of rule ${count - 1}`)).toHaveValue(NEW_RULE.name);
      await builder.getByLabel("Version", { exact: true }).fill(version);

      // A dry run answers beside the form and stores nothing.
      await builder.getByLabel(/^Recent leads to try/).fill("50");
      await builder.getByRole("button", { name: "Try it on recent leads" }).click();
      await expect(page.getByRole("heading", { name: new RegExp(`^Dry run of version ${version}`) })).toBeVisible();
      await expect(builder.getByLabel(`Name of rule ${count - 1}`)).toHaveValue(NEW_RULE.name);
      // The markup is the server's either way; axe on the builder is slow, so it runs once, with JavaScript.
      if (javaScript) await expectNoAxeViolations(page);

      // Stored, not in force: the box is unticked unless the administrator ticks it and confirms.
      await expect(builder.getByLabel(/^Put in force now/)).not.toBeChecked();
      await builder.getByRole("button", { name: "Save the new version" }).click();
      await expect(page.getByRole("status").filter({ hasText: `version ${version} is stored` })).toBeVisible();

      const expectedJson = {
        ...inForce,
        version,
        rules: [...inForce.rules.slice(1, -1), NEW_RULE, ...inForce.rules.slice(-1)],
      };
      const fromJson = parseRoutingRuleset(JSON.parse(JSON.stringify(expectedJson)), inboxes);
      expect(fromJson.success).toBe(true);
      expect((await stored(version)).ruleset).toEqual(fromJson.data);
      expect((await stored()).ruleset.version).toBe(inForce.version);

      // What changed, in words, fits a phone.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/admin/routing?from=${inForce.version}&to=${version}`);
      await expect(page.getByTestId("version-diff")).toContainText(`Added “${NEW_RULE.name}” (${NEW_RULE.id})`);
      await expect(page.getByTestId("version-diff")).toContainText(`Removed “${inForce.rules[0]?.name}”`);
      await expectNoHorizontalScroll(page);
      if (javaScript) await expectNoAxeViolations(page);
    });
  });
}

test("typing a rule's id and name in the builder keeps the cursor in the field", async ({ page }) => {
  await signInAsAdmin(page, "/admin/routing?build=1");
  const builder = page.getByTestId("rule-builder");
  const id = builder.getByLabel(/^Id of rule 1 /);
  await id.fill("");
  // Key by key, as a person types: a rule whose fields were drawn anew on each key would lose the focus.
  await id.pressSequentially("first-rule");
  await expect(id).toHaveValue("first-rule");
  await expect(id).toBeFocused();
  const name = builder.getByLabel("Name of rule 1", { exact: true });
  await name.fill("");
  await name.pressSequentially("First rule");
  await expect(name).toHaveValue("First rule");
  await expect(name).toBeFocused();
});
