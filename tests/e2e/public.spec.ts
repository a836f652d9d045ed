import { expect, expectNoAxeViolations, test } from "./fixtures";

test.describe("a visitor reading the firm's insights", () => {
  test("sees who the firm is, the latest articles and a call to action on the home page", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("technology rules");
    await expect(page.getByRole("heading", { name: "Latest insights" })).toBeVisible();
    await expect(page.locator("section[aria-labelledby='latest-heading'] article")).toHaveCount(3);
    await expect(page.getByTestId("cta").getByRole("link", { name: /Assess your exposure/ })).toHaveAttribute(
      "href",
      "/assess",
    );
    await expectNoAxeViolations(page);
  });

  test("opens an article from the list and finds the call to action at its end", async ({ page }) => {
    await page.goto("/insights");
    await expectNoAxeViolations(page);
    const firstCard = page.locator("main article").first();
    const title = (await firstCard.getByRole("heading").textContent())?.trim() ?? "";
    await firstCard.getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.locator("article header").getByText(/\d+ min read/)).toBeVisible();
    const cta = page.getByTestId("cta").getByRole("link", { name: /Assess your exposure/ });
    const slug = new URL(page.url()).pathname.split("/").pop();
    await expect(cta).toHaveAttribute("href", new RegExp(`^/assess\\?from=${slug}&topic=[a-z0-9-]+$`));
    await expectNoAxeViolations(page);
  });

  test("filters the list by topic with the form", async ({ page }) => {
    await page.goto("/insights");
    await page.getByLabel("Topic", { exact: true }).selectOption("sanctions");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/topic=sanctions/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sanctions: our analysis");
    for (const card of await page.locator("main article").all()) {
      await expect(card.getByText("Sanctions", { exact: true })).toBeVisible();
    }
  });

  test("is shown a friendly page for an article that does not exist", async ({ page }) => {
    const response = await page.goto("/insights/not-a-real-article");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
    await expectNoAxeViolations(page);
  });

  test("reads the privacy notice with its version", async ({ page }) => {
    await page.goto("/privacy");
    await expect(page.getByTestId("privacy-version")).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
    await expectNoAxeViolations(page);
  });
});

test.describe("a shared page locked by script hashes", () => {
  test("runs its scripts and navigates to an article without a reload", async ({ page }) => {
    const document = await page.goto("/");
    expect(document?.headers()["content-security-policy"]).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    await page.waitForFunction(
      () =>
        (window as { __remixRouter?: { state: { initialized: boolean } } }).__remixRouter?.state.initialized === true,
    );
    await page.waitForLoadState("networkidle");
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    const data = page.waitForResponse((response) =>
      /\/insights\/[a-z0-9-]+\.data$/.test(new URL(response.url()).pathname),
    );
    await page.locator("section[aria-labelledby='latest-heading'] article").first().getByRole("link").click();
    await expect(page).toHaveURL(/\/insights\/[a-z0-9-]+$/);
    expect((await data).headers()["cache-control"]).toMatch(/^public, /);
    await expect(page.locator("article header").getByText(/\d+ min read/)).toBeVisible();
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
  });
});

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("an article is fully readable and ends with its call to action", async ({ page }) => {
    await page.goto("/insights");
    await page.locator("main article").first().getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator(".prose h2").first()).toBeVisible();
    await expect(page.getByTestId("cta").getByRole("link", { name: /Assess your exposure/ })).toHaveAttribute(
      "href",
      /^\/assess\?from=/,
    );
  });

  test("the topic filter still works as a plain form", async ({ page }) => {
    await page.goto("/insights");
    await page.getByLabel("Topic", { exact: true }).selectOption("eu-ai-act");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/topic=eu-ai-act/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("EU AI Act: our analysis");
  });
});
