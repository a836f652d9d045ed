/**
 * `npm test`: builds the portal, runs the vitest suite (unit and integration), then the
 * Playwright suite in headless Chromium (after the type, lint and formatting checks), and ends with one line counting every test:
 * "N passed, N failed, N skipped".
 *
 * Without a Chromium the browser tests are skipped with a loud message, except under CI,
 * where a missing browser fails the run.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { chromiumPath } from "./support/chromium";
import { PROJECT_ROOT, TMP_ROOT } from "./support/paths";

type Counts = { passed: number; failed: number; skipped: number };

/** Caches that outlive a run (type check, lint), where npm keeps tools' caches. */
const CACHE_ROOT = path.join(PROJECT_ROOT, "node_modules", ".cache", "impact-desk-tests");
const bin = (name: string) => path.join(PROJECT_ROOT, "node_modules", ".bin", name);
const run = (command: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(command, args, { cwd: PROJECT_ROOT, stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;

/** Runs a command with its output kept rather than printed, so that several can run at once. */
function runKeepingOutput(
  name: string,
  command: string,
  args: string[],
): Promise<{ name: string; status: number; output: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", (error) =>
      resolve({ name, status: 1, output: `${output}${error.message}\n`, ms: Date.now() - started }),
    );
    child.once("close", (code) => resolve({ name, status: code ?? 1, output, ms: Date.now() - started }));
  });
}

rmSync(TMP_ROOT, { recursive: true, force: true });
mkdirSync(TMP_ROOT, { recursive: true });
mkdirSync(CACHE_ROOT, { recursive: true });

const totals: Counts = { passed: 0, failed: 0, skipped: 0 };
const startedAt = Date.now();
const durations: string[] = [];
let stepName = "";
let stepStartedAt = startedAt;
/** Starts timing a step, printing its heading; the durations are listed at the end. */
function step(name: string): void {
  if (stepName) durations.push(`${stepName} ${seconds(Date.now() - stepStartedAt)}`);
  stepName = name;
  stepStartedAt = Date.now();
  if (name) console.log(`\n== ${name} ==`);
}
const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;
let stepFailed = false;

step("Building the portal");
if (run(bin("tsx"), ["app/cli/build.ts"]) !== 0) {
  console.error("The build failed; no tests were run.");
  console.log("0 passed, 1 failed");
  process.exit(1);
}

// The three static checks share nothing and each keeps about one core busy, so they run side by
// side; each one's output is printed whole when it ends, under its own heading.
step("Type check, lint (ESLint) and formatting (Prettier), side by side");
const checks = await Promise.all([
  // Incremental, with its record kept outside tests/.tmp (emptied at every run): a second run
  // checks only what changed.
  runKeepingOutput("Type check", bin("tsc"), [
    "--noEmit",
    "--incremental",
    "--tsBuildInfoFile",
    path.join(CACHE_ROOT, "tsc.tsbuildinfo"),
  ]),
  runKeepingOutput("Lint (ESLint)", bin("eslint"), [
    ".",
    "--cache",
    "--cache-location",
    path.join(CACHE_ROOT, "eslint"),
  ]),
  runKeepingOutput("Formatting (Prettier)", bin("prettier"), ["--check", "--log-level=warn", "."]),
]);
const advice: Record<string, string> = {
  "Type check": "The type check failed.",
  "Lint (ESLint)": "Lint found problems: see above, or run `npm run lint`.",
  "Formatting (Prettier)": "Some files are not formatted: run `npm run format`.",
};
for (const check of checks) {
  console.log(`\n-- ${check.name} (${seconds(check.ms)}) --`);
  if (check.output.trim()) process.stdout.write(check.output);
  if (check.status !== 0) {
    console.error(advice[check.name]);
    stepFailed = true;
  }
}

step("Unit and integration tests (vitest)");
const vitestReport = path.join(TMP_ROOT, "vitest.json");
const vitestStatus = run(bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${vitestReport}`,
]);
const vitestCounts = readVitest(vitestReport);
add(vitestCounts);
if (vitestStatus !== 0 && vitestCounts.failed === 0) stepFailed = true;

step("Browser tests (Playwright, headless Chromium)");
if (chromiumPath()) {
  const playwrightStatus = run(bin("playwright"), ["test"], { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" });
  const playwrightCounts = readPlaywright(path.join(TMP_ROOT, "playwright.json"));
  add(playwrightCounts);
  if (playwrightStatus !== 0 && playwrightCounts.failed === 0) stepFailed = true;
} else if (process.env.CI) {
  console.error(
    "\n!!! No Chromium found and CI is set: browser tests cannot run. Install it with `apt-get install -y chromium-headless-shell`.\n",
  );
  stepFailed = true;
} else {
  console.warn(
    [
      "",
      "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
      "!!! BROWSER TESTS SKIPPED: no Chromium found.",
      "!!! Install it (Debian/Ubuntu: `sudo apt-get install -y chromium-headless-shell`) or set",
      "!!! CHROMIUM_PATH to a Chromium binary, then run `npm test` again.",
      "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
      "",
    ].join("\n"),
  );
}

step(""); // closes the last step
console.log(`\nTook ${seconds(Date.now() - startedAt)}: ${durations.join(", ")}.`);
if (stepFailed) totals.failed += 1;
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(totals.failed > 0 ? 1 : 0);

function add(counts: Counts) {
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
}

function readVitest(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function readPlaywright(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const { stats } = JSON.parse(readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}
