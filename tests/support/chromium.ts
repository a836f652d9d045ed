import { existsSync } from "node:fs";

/**
 * Chromium's headless shell first: the browser tests need no window, and the shell runs them in
 * a little over half the time of the full browser on two cores (docs/decisions/039). The full
 * browser still works; CHROMIUM_PATH overrides both.
 */
const TEST_CANDIDATES = [
  "/usr/bin/chromium-headless-shell",
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
];
/** The full browser, for what measures a page as people see it (Lighthouse). */
const FULL_CANDIDATES = TEST_CANDIDATES.slice(1);

/**
 * Where the Chromium for the browser tests is (CHROMIUM_PATH overrides), or null when there is
 * none. With `full`, only a full browser will do.
 */
export function chromiumPath({ full = false } = {}): string | null {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return existsSync(configured) ? configured : null;
  return (full ? FULL_CANDIDATES : TEST_CANDIDATES).find((candidate) => existsSync(candidate)) ?? null;
}
