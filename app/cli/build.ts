/**
 * `npm run build`: the Remix build (server bundle in build/, browser assets in public/build/),
 * then brotli and gzip copies of the browser assets for the server to send as they are.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { compressBuildAssets } from "./compress-assets";

/** Builds the portal; returns false when the Remix build failed (its messages are printed). */
export function buildPortal(): boolean {
  const remix = spawnSync(path.join("node_modules", ".bin", "remix"), ["build"], { stdio: "inherit" });
  if (remix.status !== 0) return false;
  const report = compressBuildAssets();
  const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
  console.log(
    `Compressed ${report.files} browser assets: ${kb(report.bytes)} → ${kb(report.brotliBytes)} brotli, ${kb(report.gzipBytes)} gzip`,
  );
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exit(buildPortal() ? 0 : 1);
}
