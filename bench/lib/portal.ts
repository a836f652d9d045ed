import { randomBytes } from "node:crypto";
import path from "node:path";
import { stopOnExit } from "./cleanup";
import { PROJECT_ROOT, freshTempDirectory } from "./paths";
import { type RunningServer, startProcessServer } from "./process-server";

/** The article the benches read: one of the seeded articles, always published. */
export const PORTAL_ARTICLE_PATH = "/insights/credit-scoring-gdpr-ai-act-dora";

export type RunningPortal = RunningServer & { databasePath: string };

/**
 * The abuse controls that would otherwise refuse a bench's traffic from one address. They are
 * settings the portal already has; the bench states that it relaxes them.
 */
export const RELAXED_SETTINGS = {
  // Submissions per client address and per email address per hour.
  SUBMIT_LIMIT_PER_IP: "1000000000",
  SUBMIT_LIMIT_PER_EMAIL: "1000000000",
  // Assessments started per client address per hour.
  DRAFT_LIMIT_PER_IP: "1000000000",
  // The contact step's time trap: a bench posts it straight after reading it.
  FORM_MIN_FILL_SECONDS: "0",
} as const;

/**
 * Node's arguments for the portal's production build. With a directory, Node writes a CPU profile
 * of each of the portal's threads there when it stops, to be opened in Chrome's DevTools. Node
 * refuses `--cpu-prof` in NODE_OPTIONS, so it goes on the command line.
 */
export function portalArguments(profileDirectory?: string): string[] {
  const script = path.join(PROJECT_ROOT, "build", "index.js");
  return profileDirectory ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(profileDirectory)}`, script] : [script];
}

/**
 * Starts the portal's production build on 127.0.0.1 with a fresh SQLite file of its own (the
 * server migrates and seeds it at start) and the abuse controls relaxed.
 */
export async function startPortal(extraEnv: Record<string, string> = {}): Promise<RunningPortal> {
  const databasePath = extraEnv.DATABASE_PATH ?? path.join(freshTempDirectory("portal"), "impact-desk.db");
  const profileDirectory = process.env.BENCH_PORTAL_CPU_PROFILE_DIR;
  const server = await startProcessServer({
    name: "the portal",
    args: portalArguments(profileDirectory),
    cwd: PROJECT_ROOT,
    env: {
      NODE_ENV: "production",
      SESSION_SECRET: randomBytes(32).toString("hex"),
      DATABASE_PATH: databasePath,
      ...RELAXED_SETTINGS,
      ...extraEnv,
    },
  });
  console.log(
    `The portal (pid ${server.pid}) at ${server.baseUrl}, database ${databasePath}${extraEnv.DATABASE_PATH ? "" : " (removed at the end)"}\n` +
      `  relaxed for this run: ${Object.entries(RELAXED_SETTINGS)
        .map(([name, value]) => `${name}=${value}`)
        .join(", ")} (per-address and per-email submit limits, contact-step time trap)`,
  );
  if (profileDirectory) {
    console.log(
      `  CPU profile of each of its threads written to ${path.resolve(profileDirectory)} when it stops (BENCH_PORTAL_CPU_PROFILE_DIR)`,
    );
  }
  return stopOnExit({ ...server, databasePath });
}
