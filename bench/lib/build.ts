import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { newestModification, portalBuildIsStale } from "../../app/cli/build";
import { PROJECT_ROOT } from "./paths";

/**
 * Builds a Remix project (classic compiler) when its server build is missing or older than any
 * of its sources, so a bench always measures the code as it is.
 */
export function ensureRemixBuild({
  name,
  projectDir,
  sources,
}: {
  name: string;
  projectDir: string;
  sources: string[];
}): void {
  const entry = path.join(projectDir, "build", "index.js");
  const built = existsSync(entry) ? statSync(entry).mtimeMs : 0;
  const stale = built === 0 || sources.some((source) => newestModification(path.join(projectDir, source)) > built);
  if (!stale) {
    console.log(`Build of ${name}: up to date`);
    return;
  }
  console.log(`Build of ${name}: building (remix build)…`);
  const remix = path.join(PROJECT_ROOT, "node_modules", ".bin", "remix");
  const result = spawnSync(remix, ["build", projectDir], {
    cwd: PROJECT_ROOT,
    // A production build whatever the caller's NODE_ENV (vitest sets "test"): the servers run in production mode.
    env: { ...process.env, NODE_ENV: "production" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (result.status !== 0)
    throw new Error(`remix build of ${name} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
}

/**
 * The portal's own build, made as `npm run build` makes it (the Remix build, then the compressed
 * copies of the browser assets the server sends as they are), when app/, db/, public/ or the build
 * settings changed since.
 */
export function ensurePortalBuild(): void {
  if (!portalBuildIsStale(PROJECT_ROOT)) {
    console.log("Build of the portal: up to date");
    return;
  }
  console.log("Build of the portal: building (npm run build)…");
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "app", "cli", "build.ts")], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NODE_ENV: "production" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (result.status !== 0)
    throw new Error(`npm run build failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
}
