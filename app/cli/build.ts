/**
 * `npm run build`: the Remix build (server bundle in build/, browser assets in public/build/),
 * the mail worker thread's own bundle (build/mail-worker.js), then brotli and gzip copies of the
 * browser assets for the server to send as they are.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import remixConfig from "../../remix.config.js";
import { compressBuildAssets } from "./compress-assets";

/** What the portal's build is made from: a build older than any of them is out of date. */
export const BUILD_SOURCES = ["app", "db", "public", "remix.config.js", "tailwind.config.ts", "package.json"];
const OUTPUT_DIRECTORIES = new Set(["build", "build-dev", "node_modules", ".cache"]);

/** The newest modification time under a file or folder, compiled output left out wherever it sits (public/build too). */
export function newestModification(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const child of readdirSync(entry)) {
    if (OUTPUT_DIRECTORIES.has(child)) continue;
    newest = Math.max(newest, newestModification(path.join(entry, child)));
  }
  return newest;
}

/** True when the portal in `root` has no build, or one older than any of its sources. */
export function portalBuildIsStale(root = "."): boolean {
  const entry = path.join(root, "build", "index.js");
  if (
    !existsSync(entry) ||
    !existsSync(path.join(root, MAIL_WORKER_BUILD)) ||
    !existsSync(path.join(root, "public", "build"))
  )
    return true;
  const built = statSync(entry).mtimeMs;
  return BUILD_SOURCES.some((source) => newestModification(path.join(root, source)) > built);
}

/** Where the mail worker thread's bundle is written; the server starts the thread from it (decision 040). */
export const MAIL_WORKER_BUILD = path.join("build", "mail-worker.js");

/** True for a package the server build inlines rather than loads from `node_modules` (remix.config.js). */
function inlinedInServerBuild(name: string): boolean {
  const inlined = remixConfig.serverDependenciesToBundle ?? [];
  return (
    inlined === "all" ||
    inlined.some((pattern) => (typeof pattern === "string" ? pattern === name : pattern.test(name)))
  );
}

/**
 * Bundles the mail worker thread's entry with the app's own modules inlined and the packages
 * the Remix compiler leaves to `node_modules` for the server build left there too. esbuild runs
 * as its own process: its JavaScript API keeps a service process whose exit with ours could
 * print a spurious crash report.
 */
function buildMailWorker(): boolean {
  const manifest = JSON.parse(readFileSync("package.json", "utf8")) as Record<
    string,
    Record<string, string> | undefined
  >;
  const packages = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter(
    (name) => !inlinedInServerBuild(name),
  );
  const esbuild = spawnSync(
    path.join("node_modules", ".bin", "esbuild"),
    [
      path.join("app", "server", "mail", "worker-thread-main.server.ts"),
      `--outfile=${MAIL_WORKER_BUILD}`,
      "--bundle",
      "--platform=node",
      "--format=esm",
      "--target=node20",
      "--log-level=warning",
      ...packages.flatMap((name) => [`--external:${name}`, `--external:${name}/*`]),
    ],
    { stdio: "inherit" },
  );
  return esbuild.status === 0;
}

/** Builds the portal; returns false when a step failed (its messages are printed). */
export function buildPortal(): boolean {
  const remix = spawnSync(path.join("node_modules", ".bin", "remix"), ["build"], { stdio: "inherit" });
  if (remix.status !== 0 || !buildMailWorker()) return false;
  const report = compressBuildAssets();
  const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
  console.log(
    `Compressed ${report.files} browser assets: ${kb(report.bytes)} → ${kb(report.brotliBytes)} brotli, ${kb(report.gzipBytes)} gzip`,
  );
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  // An exit code rather than process.exit(): ending at once could cut off tsx's own esbuild
  // service mid-answer, which then prints a crash report although the build succeeded.
  process.exitCode = buildPortal() ? 0 : 1;
}
