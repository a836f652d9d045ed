import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { portalBuildIsStale } from "../../app/cli/build";
import { PROJECT_ROOT, freshDatabasePath } from "./paths";
import { copyTemplate } from "./template-db";

/** The secret test servers sign their session cookies with, unless a test sets its own. */
export const TEST_SESSION_SECRET = "test-secret-test-secret-test-secret-0123";

export type TestServer = {
  baseUrl: string;
  databasePath: string;
  sessionSecret: string;
  process: ChildProcess;
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
};

export const BUILD_ENTRY = path.join(PROJECT_ROOT, "build", "index.js");

let buildChecked = false;

/**
 * Integration tests run the built server: a build older than the sources would test yesterday's
 * code and pass or fail for the wrong reason. Checked once per test process.
 */
export function requireFreshBuild(): void {
  if (buildChecked) return;
  if (!existsSync(BUILD_ENTRY)) throw new Error("No build found: run `npm run build` (npm test does it for you).");
  if (portalBuildIsStale(PROJECT_ROOT))
    throw new Error("The build is older than the sources: run `npm run build` (npm test does it for you).");
  buildChecked = true;
}

/** Runs the built server with the given settings, collecting what it prints. */
function spawnBuiltServer(env: Record<string, string>) {
  const child = spawn(process.execPath, [BUILD_ENTRY], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? "", HOST: "127.0.0.1", PORT: "0", ...env } as unknown as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

/**
 * Starts the built server on a free 127.0.0.1 port with a database file of its own and waits
 * until it says it is listening. The file is a copy of what the server makes of an empty
 * database in production, so it starts without migrating or seeding; `database: "empty"` gives
 * it an empty file instead, for tests of what it does with one (and for other modes, which seed
 * differently).
 */
export async function startServer(
  env: Record<string, string> = {},
  { database = "template" }: { database?: "template" | "empty" } = {},
): Promise<TestServer> {
  requireFreshBuild();
  const production = (env.NODE_ENV ?? "production") === "production";
  const databasePath =
    env.DATABASE_PATH ??
    (database === "template" && production ? await copyTemplate("server", "server") : freshDatabasePath("server"));
  const sessionSecret = env.SESSION_SECRET ?? TEST_SESSION_SECRET;
  const { child, exited, output } = spawnBuiltServer({
    NODE_ENV: "production",
    SESSION_SECRET: sessionSecret,
    DATABASE_PATH: databasePath,
    ...env,
  });

  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Server did not start in time:\n${output()}`)), 20_000);
    const onData = () => {
      const match = output().match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`Server exited with ${code} before listening:\n${output()}`));
    });
  });

  return {
    baseUrl,
    databasePath,
    sessionSecret,
    process: child,
    output,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Runs the server expecting it to refuse to start; resolves with its exit code and output. */
export async function runServerExpectingExit(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const { child, exited, output } = spawnBuiltServer({ DATABASE_PATH: freshDatabasePath("exit"), ...env });
  const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  const code = await exited;
  clearTimeout(timer);
  return { code, output: output() };
}
