/**
 * Serves reference (c) the way `remix-serve` does and the portal does: Express, compression()
 * with its defaults, the fingerprinted assets with immutable caching, and Remix's request handler.
 */
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { listenAndAnnounce } from "../shared/listen";

const here = path.dirname(fileURLToPath(import.meta.url));
// Imported by computed path: the build exists only after `remix build` (the bench runs it).
const build = (await import(pathToFileURL(path.join(here, "build", "index.js")).href)) as ServerBuild;

const app = express();
app.disable("x-powered-by");
app.use(compression());
app.use("/build", express.static(path.join(here, "public", "build"), { immutable: true, maxAge: "1y" }));
app.all("*", createRequestHandler({ build, mode: "production" }));

listenAndAnnounce(createServer(app), "Remix reference");
