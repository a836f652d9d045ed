import path from "node:path";
import { ensureRemixBuild } from "./build";
import { bundleReferenceServer } from "./bundle";
import { stopOnExit } from "./cleanup";
import { PROJECT_ROOT, REFERENCES_ROOT, freshTempDirectory } from "./paths";
import { type RunningServer, startProcessServer } from "./process-server";

export const REMIX_REFERENCE_DIR = path.join(REFERENCES_ROOT, "remix-app");

/** The references, keyed as the docs and tables name them. */
export const REFERENCE_NAMES = {
  a: "(a) static node:http page",
  b: "(b) node:http + zod + better-sqlite3 insert",
  c: "(c) minimal Remix app (Express, Kysely)",
} as const;

/** Runs a reference under node itself, so the measured pid is the server and nothing else. */
function startReferenceServer(
  name: string,
  script: string,
  cwd: string,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  return startProcessServer({ name, args: [script], cwd, env: { NODE_ENV: "production", ...env } });
}

function freshReferenceDatabase(label: string): string {
  return path.join(freshTempDirectory(label), "reference.db");
}

export async function startStaticReference(): Promise<RunningServer> {
  const script = bundleReferenceServer(path.join(REFERENCES_ROOT, "static-server.ts"));
  return stopOnExit(await startReferenceServer(REFERENCE_NAMES.a, script, PROJECT_ROOT));
}

export type RunningReference = RunningServer & { databasePath: string };

export async function startInsertReference(
  databasePath = freshReferenceDatabase("insert-reference"),
): Promise<RunningReference> {
  const script = bundleReferenceServer(path.join(REFERENCES_ROOT, "insert-server.ts"));
  const server = await startReferenceServer(REFERENCE_NAMES.b, script, PROJECT_ROOT, { DATABASE_PATH: databasePath });
  return stopOnExit({ ...server, databasePath });
}

/** Builds reference (c) when its sources changed, then serves it: `/` is its page, `POST /submit` its insert. */
export async function startRemixReference(
  databasePath = freshReferenceDatabase("remix-reference"),
): Promise<RunningReference> {
  ensureRemixBuild({
    name: "reference (c)",
    projectDir: REMIX_REFERENCE_DIR,
    sources: ["app", "server.ts", "../shared", "remix.config.js"],
  });
  const server = await startReferenceServer(
    REFERENCE_NAMES.c,
    path.join(REMIX_REFERENCE_DIR, "build", "index.js"),
    REMIX_REFERENCE_DIR,
    {
      DATABASE_PATH: databasePath,
    },
  );
  return stopOnExit({ ...server, databasePath });
}
