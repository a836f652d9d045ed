/**
 * `npm start`: builds the portal when the build is missing or older than its sources, then
 * starts the server, which migrates the database and seeds demo content when it is empty.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildPortal } from "./build";

const BUILD_ENTRY = "build/index.js";
const SOURCES = ["app", "db", "public", "remix.config.js", "tailwind.config.ts", "package.json"];

function newestModification(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const child of readdirSync(entry)) {
    // The compiled browser bundle lives under public/build and is an output, not a source.
    if (entry === "public" && child === "build") continue;
    newest = Math.max(newest, newestModification(path.join(entry, child)));
  }
  return newest;
}

function buildIsStale(): boolean {
  if (!existsSync(BUILD_ENTRY) || !existsSync("public/build")) return true;
  const built = statSync(BUILD_ENTRY).mtimeMs;
  return SOURCES.some((source) => newestModification(source) > built);
}

if (buildIsStale()) {
  console.log("Building Impact Desk…");
  if (!buildPortal()) {
    console.error("The build failed; see the messages above.");
    process.exit(1);
  }
}

await import(pathToFileURL(path.resolve(BUILD_ENTRY)).href);
