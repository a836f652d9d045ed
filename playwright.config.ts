import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./tests/support/chromium";
import { freshDatabasePath } from "./tests/support/paths";

// The config is evaluated again in every worker; the port and database chosen by the first
// evaluation are passed on through the environment so all workers talk to the same server.
process.env.E2E_PORT ??= String(20_000 + Math.floor(Math.random() * 20_000));
process.env.E2E_DATABASE_PATH ??= freshDatabasePath("e2e");
// The tests start admin sessions themselves (tests/e2e/admin-helpers.ts), signed with this secret.
process.env.E2E_SESSION_SECRET ??= "e2e-secret-e2e-secret-e2e-secret-012345";
// A second server with the time trap on, for the one test of what the trap does in a browser.
process.env.E2E_TRAP_PORT ??= String(Number(process.env.E2E_PORT) + 1);
process.env.E2E_TRAP_DATABASE_PATH ??= freshDatabasePath("e2e-trap");
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;
const trapURL = `http://127.0.0.1:${process.env.E2E_TRAP_PORT}`;

const serverEnv = (port: string, databasePath: string, publicUrl: string) => ({
  NODE_ENV: "production",
  HOST: "127.0.0.1",
  PORT: port,
  DATABASE_PATH: databasePath,
  SESSION_SECRET: process.env.E2E_SESSION_SECRET ?? "",
  PUBLIC_URL: publicUrl,
});

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
    // Every page under test comes from one origin, so a renderer process per site buys nothing;
    // without it, and compositing in software from the start, a run of the browser tests took
    // some 8 % less time and CPU on two cores.
    "--disable-features=IsolateOrigins,site-per-process",
    "--disable-gpu-compositing",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "tests/.tmp/test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  expect: { timeout: 10_000 },
  // A test's own steps rarely take 10 s; on two cores shared with other work a whole test can
  // take more than 30, and failing it then says nothing about the portal.
  timeout: 60_000,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"], ["json", { outputFile: "tests/.tmp/playwright.json" }]],
  use: { baseURL, trace: "off", launchOptions },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions }, testIgnore: /\.mobile\.spec\.ts$/ },
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions }, testMatch: /\.mobile\.spec\.ts$/ },
  ],
  webServer: [
    {
      command: "node build/index.js",
      url: `${baseURL}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      // No wait for a person's typing time before a contact step counts as genuine: the tests
      // fill forms as fast as a machine does. The trap is tested on the server below.
      env: { ...serverEnv(process.env.E2E_PORT, process.env.E2E_DATABASE_PATH, baseURL), FORM_MIN_FILL_SECONDS: "0" },
    },
    {
      command: "node build/index.js",
      url: `${trapURL}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      // The longest wait the setting allows, so a contact step filled by a test on a busy machine
      // still counts as too fast; at the 3 s default a slow run could pass the trap by accident.
      env: {
        ...serverEnv(process.env.E2E_TRAP_PORT, process.env.E2E_TRAP_DATABASE_PATH, trapURL),
        FORM_MIN_FILL_SECONDS: "60",
      },
    },
  ],
});
