import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./tests/support/chromium";
import { freshDatabasePath } from "./tests/support/paths";

// The config is evaluated again in every worker; the port and database chosen by the first
// evaluation are passed on through the environment so all workers talk to the same server.
process.env.E2E_PORT ??= String(20_000 + Math.floor(Math.random() * 20_000));
process.env.E2E_DATABASE_PATH ??= freshDatabasePath("e2e");
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;

const launchOptions = {
  executablePath: chromiumPath() ?? undefined,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "tests/.tmp/test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  expect: { timeout: 10_000 },
  timeout: 30_000,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"], ["json", { outputFile: "tests/.tmp/playwright.json" }]],
  use: { baseURL, trace: "off", launchOptions },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions }, testIgnore: /\.mobile\.spec\.ts$/ },
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions }, testMatch: /\.mobile\.spec\.ts$/ },
  ],
  webServer: {
    command: "node build/index.js",
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 30_000,
    env: {
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: process.env.E2E_PORT,
      DATABASE_PATH: process.env.E2E_DATABASE_PATH,
      SESSION_SECRET: "e2e-secret-e2e-secret-e2e-secret-012345",
      PUBLIC_URL: baseURL,
    },
  },
});
