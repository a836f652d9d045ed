import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./paths";

const OUTPUT_DIRECTORIES = new Set(["build", "node_modules", ".cache"]);

function newestModification(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const child of readdirSync(entry)) {
    // Compiled output is not a source, wherever it sits (public/build too).
    if (OUTPUT_DIRECTORIES.has(child)) continue;
    newest = Math.max(newest, newestModification(path.join(entry, child)));
  }
  return newest;
}

/**
 * Builds a Remix project (classic compiler) when its server build is missing or older than any
 * of its sources, so a bench always measures the code as it is.
 */
export function ensureRemixBuild({ name, projectDir, sources }: { name: string; projectDir: string; sources: string[] }): void {
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
  if (result.status !== 0) throw new Error(`remix build of ${name} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
}

const PORTAL_SOURCES = ["app", "db", "public", "remix.config.js", "tailwind.config.ts", "package.json"];

/**
 * The portal's own build, made as `npm run build` makes it (the Remix build, then the compressed
 * copies of the browser assets the server sends as they are), when app/, db/, public/ or the build
 * settings changed since.
 */
export function ensurePortalBuild(): void {
  const entry = path.join(PROJECT_ROOT, "build", "index.js");
  const built = existsSync(entry) ? statSync(entry).mtimeMs : 0;
  if (built > 0 && !PORTAL_SOURCES.some((source) => newestModification(path.join(PROJECT_ROOT, source)) > built)) {
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
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
}
