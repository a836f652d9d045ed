import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { PROJECT_ROOT } from "./paths";
import { requireFreshBuild } from "./server";

const PUBLIC_DIR = path.join(PROJECT_ROOT, "public");
const BUILD_DIR = path.join(PUBLIC_DIR, "build");

type ManifestRoute = { id: string; parentId?: string; module: string; imports?: string[] };
type BrowserManifest = {
  url: string;
  entry: { module: string; imports: string[] };
  routes: Record<string, ManifestRoute>;
};

/** The browser manifest the build wrote (`public/build/manifest-*.js`). */
export function readBrowserManifest(): BrowserManifest {
  // The budget is measured on the build: one older than the sources would measure yesterday's code.
  requireFreshBuild();
  const file = readdirSync(BUILD_DIR).find((name) => /^manifest-[A-Z0-9]+\.js$/.test(name));
  if (!file) throw new Error("No browser manifest in public/build: run `npm run build` first.");
  const source = readFileSync(path.join(BUILD_DIR, file), "utf8");
  const manifest = JSON.parse(source.slice(source.indexOf("{"), source.lastIndexOf("}") + 1)) as Omit<
    BrowserManifest,
    "url"
  >;
  return { ...manifest, url: `/build/${file}` };
}

/**
 * Every script a document for this route loads before it is interactive: the manifest, the
 * entry and its imports, then each route from the root down to this one with its imports.
 */
export function scriptsForRoute(manifest: BrowserManifest, routeId: string): string[] {
  const chain: ManifestRoute[] = [];
  for (let id: string | undefined = routeId; id; id = manifest.routes[id]?.parentId) {
    const route = manifest.routes[id];
    if (!route) throw new Error(`The build has no route ${id}`);
    chain.unshift(route);
  }
  const scripts = [manifest.url, manifest.entry.module, ...manifest.entry.imports];
  for (const route of chain) scripts.push(route.module, ...(route.imports ?? []));
  return [...new Set(scripts)];
}

export function readScript(url: string): string {
  return readFileSync(path.join(PUBLIC_DIR, url), "utf8");
}

/** Gzipped size at the level the build precompresses with, in bytes. */
export function gzippedBytes(url: string): number {
  return gzipSync(readFileSync(path.join(PUBLIC_DIR, url)), { level: 9 }).length;
}

export function totalGzippedBytes(urls: readonly string[]): number {
  return urls.reduce((sum, url) => sum + gzippedBytes(url), 0);
}
