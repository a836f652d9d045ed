import path from "node:path";
import { buildSync } from "esbuild";
import { REFERENCES_ROOT } from "./paths";

/** Where bundled references go: inside the project (so their packages resolve), ignored by git. */
const BUNDLE_DIRECTORY = path.join(REFERENCES_ROOT, ".build");

/**
 * Bundles a reference server written in TypeScript into one JavaScript file that plain node runs.
 * Running it under a TypeScript loader instead would add the loader's memory and start-up work to
 * the reference, and the portal runs as plain JavaScript too. Packages stay outside the bundle.
 */
export function bundleReferenceServer(entry: string): string {
  const outfile = path.join(BUNDLE_DIRECTORY, `${path.basename(entry, path.extname(entry))}.mjs`);
  buildSync({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "error",
  });
  return outfile;
}
