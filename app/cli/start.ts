/**
 * `npm start`: builds the portal when the build is missing or older than its sources, then
 * starts the server, which migrates the database and seeds demo content when it is empty.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildPortal, portalBuildIsStale } from "./build";

const BUILD_ENTRY = "build/index.js";

if (portalBuildIsStale()) {
  console.log("Building Impact Desk…");
  if (!buildPortal()) {
    console.error("The build failed; see the messages above.");
    process.exit(1);
  }
}

await import(pathToFileURL(path.resolve(BUILD_ENTRY)).href);
